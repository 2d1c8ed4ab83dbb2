import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../lib/highlights/colours';
import { colourLabel } from '../../lib/reader/colour-labels';
import { t } from '../../lib/shared/i18n';
import { ColourSwatch } from './ColourSwatch';

export type ColourChoiceProps = { name: string; value: HighlightColour; onPick(colour: HighlightColour): void };

/** The colours as radio buttons (arrows move between them), each with its swatch and its name. */
export function ColourChoice({ name, value, onPick }: ColourChoiceProps) {
  return (
    <fieldset class="highlight-colours">
      <legend>{t('highlightColour')}</legend>
      {HIGHLIGHT_COLOURS.map((colour) => (
        <label key={colour}>
          <input type="radio" name={name} value={colour} checked={colour === value} onChange={() => onPick(colour)} />
          <ColourSwatch colour={colour} />
          <span>{colourLabel(colour)}</span>
        </label>
      ))}
    </fieldset>
  );
}
