import { uiLocale } from './i18n';

/** A date as the UI language writes it ("3 March 2025", "3 mars 2025"), or null when not a date. */
export function formatDate(value: string | number | null | undefined, month: 'long' | 'short' = 'long'): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString(uiLocale(), { year: 'numeric', month, day: 'numeric' });
}

/** Whether two moments fall on the same calendar day (in the reader's time zone). */
export function sameDay(a: string | number, b: string | number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/** A number as the UI language writes it ("1,234", "1 234"). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLocale(), options).format(value);
}
