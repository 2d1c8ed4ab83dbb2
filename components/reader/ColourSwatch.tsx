import type { HighlightColour } from '../../lib/highlights/colours';

export type ColourSwatchProps = { colour: HighlightColour };

/** A colour sample with the colour's own underline pattern (highlights.css); decoration only. */
export function ColourSwatch({ colour }: ColourSwatchProps) {
  return <span class="highlight-swatch" data-colour={colour} aria-hidden="true" />;
}
