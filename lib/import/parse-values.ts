import { normalizeTags } from '../shared/tags';

/**
 * Reads a date as exports write it, as epoch milliseconds (null when absent or unreadable):
 * Unix time in seconds (Pocket, Instapaper, bookmark files), milliseconds or microseconds (some
 * bookmark tools), or ISO 8601 with "T" or a space (Omnivore, Readwise, wallabag, Raindrop.io).
 * A date without a time zone is taken as UTC, so an import gives the same result everywhere.
 */
export function parseDate(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return fromNumber(raw);
  const value = raw.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return fromNumber(Number(value));
  const iso = ISO_DATE.exec(value);
  if (iso) return fromIso(iso);
  const parsed = Date.parse(value);
  return Number.isFinite(parsed) ? parsed : null;
}

// Seconds until the year 5138, then milliseconds, then microseconds (Firefox's own timestamps).
const MILLISECONDS_FROM = 1e11;
const MICROSECONDS_FROM = 1e14;

function fromNumber(value: number): number | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  if (value >= MICROSECONDS_FROM) return Math.round(value / 1000);
  if (value >= MILLISECONDS_FROM) return Math.round(value);
  return Math.round(value * 1000);
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;

function fromIso(match: RegExpExecArray): number | null {
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone = 'Z'] = match;
  const milliseconds = Math.round(Number(`0.${fraction}`) * 1000);
  const utc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    milliseconds,
  );
  if (!Number.isFinite(utc)) return null;
  return utc - zoneOffsetMinutes(zone) * 60_000;
}

function zoneOffsetMinutes(zone: string): number {
  if (/^(Z|UTC)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

/**
 * Reading progress as 0..1. `scale` says how the export writes it; 'auto' (a format whose
 * documentation does not say) takes values above 1 as percentages.
 */
export function parseProgress(
  raw: string | number | null | undefined,
  scale: 'fraction' | 'percent' | 'auto' = 'auto',
): number {
  const value = typeof raw === 'number' ? raw : Number.parseFloat(String(raw ?? '').trim());
  if (!Number.isFinite(value) || value <= 0) return 0;
  const percent = scale === 'percent' || (scale === 'auto' && value > 1);
  return Math.min(1, percent ? value / 100 : value);
}

/** True for the ways exports write "yes": true, True, 1, yes. */
export function parseFlag(raw: unknown): boolean {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw !== 'string' && typeof raw !== 'number') return false;
  return /^(true|1|yes)$/i.test(String(raw).trim());
}

/** Splits a tag list on `separator`, trimmed, without empty or repeated tags. */
export function splitTags(raw: string | undefined, separator: string | RegExp): string[] {
  return normalizeTags((raw ?? '').split(separator));
}

/**
 * Reads a Python list literal of strings, as Readwise writes tags: `['a', "it's", 'b\'c']`.
 * Anything that is not a quoted string is skipped; a plain word without brackets is one tag.
 */
export function parsePythonList(raw: string | undefined): string[] {
  const value = (raw ?? '').trim();
  if (!value) return [];
  if (!value.startsWith('[')) return normalizeTags([value]);
  const tags: string[] = [];
  const pattern = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (const match of value.matchAll(pattern)) tags.push(unescapePython(match[1] ?? match[2]));
  return normalizeTags(tags);
}

function unescapePython(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, code: string) => {
    if (code.length > 1) return String.fromCharCode(Number.parseInt(code.slice(1), 16));
    return code === 'n' ? '\n' : code === 't' ? '\t' : code;
  });
}

/** A JSON array of strings as Instapaper writes tags (`["a","b"]`), or a comma list as a fallback. */
export function parseJsonTags(raw: string | undefined): string[] {
  const value = (raw ?? '').trim();
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return normalizeTags(parsed.map(tagName).filter((tag): tag is string => tag !== null));
  } catch {
    // Not JSON: an older or hand-edited file with plain "a, b".
  }
  return splitTags(value, ',');
}

/** A tag given as a string or as an object with a name or label (Omnivore, wallabag). */
export function tagName(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const name = record.name ?? record.label ?? record.title;
    if (typeof name === 'string') return name;
  }
  return null;
}
