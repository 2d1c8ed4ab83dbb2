import type { OutlineEntry } from '../../lib/reader/outline';
import { t } from '../../lib/shared/i18n';
import { OutlineList } from './Outline';

export type OutlineAsideProps = { entries: OutlineEntry[] };

/** The outline beside the text, in the margin (shown only where the margin is wide enough). */
export function OutlineAside({ entries }: OutlineAsideProps) {
  return (
    <nav class="reader-outline reader-outline-side" aria-labelledby="reader-outline-heading">
      <h2 id="reader-outline-heading" class="reader-outline-heading">
        {t('readerOutline')}
      </h2>
      <OutlineList entries={entries} />
    </nav>
  );
}
