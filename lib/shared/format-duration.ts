/** A duration for people, rounded to what matters ("3 minutes", "45 secondes"). */
export function formatDuration(ms: number, locale?: string): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  const [value, unit] =
    seconds < 90
      ? [seconds, 'second']
      : seconds < 90 * 60
        ? [Math.round(seconds / 60), 'minute']
        : [Math.round(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
