/**
 * Returns `mark(step)`, which adds the milliseconds since the previous mark to `timings[step]`.
 * Without `timings` it does nothing, so the pipeline pays for timing only when asked (the
 * benchmark asks, to show which step costs what).
 */
export function stepTimer(timings: Record<string, number> | undefined): (step: string) => void {
  if (!timings) return () => undefined;
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    timings[step] = (timings[step] ?? 0) + now - last;
    last = now;
  };
}
