export type LoadingProps = { label: string };

/** A quiet, announced "working on it" line. */
export function Loading({ label }: LoadingProps) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}
