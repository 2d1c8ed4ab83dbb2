import type { HighlightColour } from '../highlights/colours';
import { t } from '../shared/i18n';

const KEYS: Record<HighlightColour, string> = {
  yellow: 'colourYellow',
  green: 'colourGreen',
  blue: 'colourBlue',
  pink: 'colourPink',
  orange: 'colourOrange',
};

/** The name of a highlight colour in the reader's language ("yellow", "jaune"…). */
export function colourLabel(colour: HighlightColour): string {
  return t(KEYS[colour]);
}
