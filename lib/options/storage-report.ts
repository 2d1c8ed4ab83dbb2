/** How full the extension's storage is. */
export type StorageLevel = 'ok' | 'nearly-full' | 'full';

/**
 * Past this share of the quota, saves with images start failing: warn before the browser refuses.
 * "full" is what the browser reports once it refused data (QuotaExceededError, reason 'quota').
 */
export const NEARLY_FULL_RATIO = 0.9;
/** See NEARLY_FULL_RATIO. */
export const FULL_RATIO = 0.98;

/** The level for `usage` bytes out of `quota` (0 when the browser does not say: never "full"). */
export function storageLevel(usage: number, quota: number): StorageLevel {
  if (quota <= 0) return 'ok';
  const ratio = usage / quota;
  return ratio >= FULL_RATIO ? 'full' : ratio >= NEARLY_FULL_RATIO ? 'nearly-full' : 'ok';
}

/** Bytes as a short human figure in `locale` ("12.3 MB", "2,1 Mo"); whole bytes are spelled out ("512 bytes"). */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
