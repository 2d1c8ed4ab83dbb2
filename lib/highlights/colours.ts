/**
 * The named highlight colours. Hues are tints of the Okabe–Ito palette, chosen because readers
 * with the common colour-vision deficiencies still tell them apart; each colour ALSO has its own
 * underline style, so no reader has to rely on hue at all (WCAG 1.4.1, "use of colour"). The
 * reader's CSS (components/reader/highlights.css) paints them for the light, sepia and dark
 * themes; exports name them with these words (Readwise's CSV accepts the same five names).
 *
 * | name   | hue (Okabe–Ito) | underline | light / sepia background | dark background |
 * |--------|-----------------|-----------|--------------------------|-----------------|
 * | yellow | #F0E442         | none      | #f7ef8a                  | #6b6320         |
 * | green  | #009E73         | solid     | #b4e6d4                  | #1e5e4a         |
 * | blue   | #56B4E9         | double    | #bfe1f6                  | #1f4f6e         |
 * | pink   | #CC79A7         | wavy      | #efc6dd                  | #6a3152         |
 * | orange | #E69F00         | dashed    | #f8d596                  | #6e4a0a         |
 */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;

/** One of the named highlight colours. */
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** The colour a new highlight gets when the reader picks none. */
export const DEFAULT_COLOUR: HighlightColour = 'yellow';

/** How each colour looks, beyond its name: the values exports and the reader's CSS share. */
export interface ColourStyle {
  /** The palette hue, for formats that carry a colour value (the JSON export's stylesheet). */
  hue: string;
  /** Background tint on light and sepia pages. */
  light: string;
  /** Background tint on dark pages (text stays light on it). */
  dark: string;
  /** The CSS `text-decoration` line and style that tell this colour apart without hue (in the text colour). */
  decoration: string;
}

/** The look of every colour (see the table above). */
export const COLOUR_STYLES: Readonly<Record<HighlightColour, ColourStyle>> = {
  yellow: { hue: '#F0E442', light: '#f7ef8a', dark: '#6b6320', decoration: 'none' },
  green: { hue: '#009E73', light: '#b4e6d4', dark: '#1e5e4a', decoration: 'underline solid' },
  blue: { hue: '#56B4E9', light: '#bfe1f6', dark: '#1f4f6e', decoration: 'underline double' },
  pink: { hue: '#CC79A7', light: '#efc6dd', dark: '#6a3152', decoration: 'underline wavy' },
  orange: { hue: '#E69F00', light: '#f8d596', dark: '#6e4a0a', decoration: 'underline dashed' },
};

/** Whether `value` (from storage or an import) names a highlight colour. */
export function isHighlightColour(value: unknown): value is HighlightColour {
  return typeof value === 'string' && (HIGHLIGHT_COLOURS as readonly string[]).includes(value);
}
