import { useLayoutEffect, useRef } from 'preact/hooks';
import { LIBRARY_PAINTED_MARK } from '../shared/marks';

/** Sets the benchmark's "first rows painted" mark once, in the frame that paints the first rows. */
export function useFirstPaintMark(hasRows: boolean): void {
  const painted = useRef(false);
  // A layout effect, so the mark is set in the frame that paints the rows (useEffect runs after it).
  useLayoutEffect(() => {
    if (painted.current || !hasRows) return;
    painted.current = true;
    requestAnimationFrame(() => performance.mark(LIBRARY_PAINTED_MARK));
  }, [hasRows]);
}
