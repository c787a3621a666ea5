/**
 * Shows a long list a page at a time: the first page at once, the next when
 * the user scrolls near the end. A library of 10,000 letters would otherwise
 * put 10,000 items in the DOM at start-up before the editor could take a key.
 */
import { useEffect, useRef, useState } from 'react';

const PAGE = 100;

export function useIncrementalList<T>(items: readonly T[]) {
  const [count, setCount] = useState(PAGE);
  const sentinel = useRef<HTMLLIElement>(null);
  const more = items.length > count;

  useEffect(() => {
    const target = sentinel.current;
    if (!more || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setCount((shown) => shown + PAGE);
      },
      // Load ahead of the user, so scrolling never meets an empty end.
      { rootMargin: '600px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [more, count]);

  return { visible: items.slice(0, count), more, sentinel };
}
