/**
 * Calls `onMore` when the end of a list scrolls near: put the returned ref on
 * an element after the last item. Loads ahead of the user, so scrolling never
 * meets an empty end.
 */
import { useEffect, useRef } from 'react';

export function useLoadMore<T extends Element>(onMore: () => void, active: boolean) {
  const sentinel = useRef<T>(null);
  useEffect(() => {
    const target = sentinel.current;
    if (!active || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onMore();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [onMore, active]);
  return sentinel;
}
