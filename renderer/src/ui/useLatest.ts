import { useLayoutEffect, useRef } from 'react';

/**
 * The value of the last render, for a callback made earlier that runs later:
 * "Save mine anyway" after a conflict saves what the form holds then, not
 * what it held when the refused save was made.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
