import type { ZipProblem } from './safe-zip';

/** Returns the text of an i18n message key with its substitutions ($1, $2…), as `t` does. */
export type Translate = (key: string, substitutions?: string[]) => string;

/** A byte count for people, in the reader's language ("500 MB", "500 Mo"). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value < 10 && unit > 0 ? 1 : 0;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

/** The message for a zip that cannot be read, naming the file (and the entry at fault). */
export function describeZipProblem(problem: ZipProblem, file: string, t: Translate, locale: string): string {
  switch (problem.code) {
    case 'zip-truncated':
      return t('fileZipTruncated', [file]);
    case 'zip-damaged':
      return t('fileZipDamaged', [file, problem.entry]);
    case 'zip-encrypted':
      return t('fileZipEncrypted', [file]);
    case 'zip-bomb':
      return t('fileZipBomb', [file, problem.entry, formatBytes(problem.bytes, locale)]);
    case 'zip-too-large':
      return t('fileZipTooLarge', [file, formatBytes(problem.bytes, locale), String(problem.entries)]);
  }
}
