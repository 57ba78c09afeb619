import { useEffect, useRef } from 'react';

/** A ref whose element gets focus when the component mounts: each step's heading, so screen readers start there. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
