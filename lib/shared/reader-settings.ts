// How the reader lays out articles: the settings' shape, ranges and repair, shared by the reader,
// the options page and lib/storage/settings.ts, which keeps them.

/** The reader's colours: the system's light or dark, or one chosen. */
export type ReaderTheme = 'system' | 'light' | 'sepia' | 'dark';
/** Typefaces of the reader; "dyslexic" is OpenDyslexic, bundled with the extension. */
export type ReaderFont = 'serif' | 'sans' | 'dyslexic';

/** How the reader lays out articles. */
export interface ReaderSettings {
  theme: ReaderTheme;
  font: ReaderFont;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line length in characters (ch): 60–70 is the classic comfortable measure. */
  lineWidth: number;
  lineHeight: number;
}

/** Allowed ranges, used by the settings panel's sliders and to repair stored values. */
export const READER_LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineWidth: { min: 40, max: 100, step: 5 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const;

/** The settings of a new install: the system's theme and the sizes reading.css was made for. */
export const DEFAULT_READER_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineWidth: 65,
  lineHeight: 1.65,
});

/** Every theme, in the order the settings panel offers them. */
export const READER_THEMES: readonly ReaderTheme[] = ['system', 'light', 'sepia', 'dark'];
/** Every typeface, in the order the settings panel offers them. */
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans', 'dyslexic'];

function inRange(value: unknown, limits: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  // Rounded to 2 decimals: 1.2 + 0.1 steps would otherwise store 1.3000000000000003.
  return Math.round(Math.min(limits.max, Math.max(limits.min, value)) * 100) / 100;
}

/**
 * Repairs settings read from storage: unknown values fall back to the defaults, numbers are kept
 * within READER_LIMITS. Storage can hold anything (an older version, a sync from elsewhere).
 */
export function normalizeReaderSettings(value: unknown): ReaderSettings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof ReaderSettings, unknown>
  >;
  const d = DEFAULT_READER_SETTINGS;
  return {
    theme: READER_THEMES.includes(raw.theme as ReaderTheme) ? (raw.theme as ReaderTheme) : d.theme,
    font: READER_FONTS.includes(raw.font as ReaderFont) ? (raw.font as ReaderFont) : d.font,
    fontSize: inRange(raw.fontSize, READER_LIMITS.fontSize, d.fontSize),
    lineWidth: inRange(raw.lineWidth, READER_LIMITS.lineWidth, d.lineWidth),
    lineHeight: inRange(raw.lineHeight, READER_LIMITS.lineHeight, d.lineHeight),
  };
}
