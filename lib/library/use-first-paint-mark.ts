import { useEffect, useRef } from 'preact/hooks';
import { LIBRARY_PAINTED_MARK } from '../shared/marks';

/** Sets the benchmark's "first rows painted" mark once, on the frame after rows first show. */
export function useFirstPaintMark(hasRows: boolean): void {
  const painted = useRef(false);
  useEffect(() => {
    if (painted.current || !hasRows) return;
    painted.current = true;
    requestAnimationFrame(() => performance.mark(LIBRARY_PAINTED_MARK));
  }, [hasRows]);
}
