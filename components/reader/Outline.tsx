import type { OutlineEntry } from '../../lib/reader/outline';
import { t } from '../../lib/shared/i18n';

export type OutlineProps = { entries: OutlineEntry[] };

/** The article's headings as links; following one scrolls to it and moves the focus there. */
export function Outline({ entries }: OutlineProps) {
  return (
    <nav class="reader-outline" aria-label={t('readerOutline')}>
      <details open>
        <summary>{t('readerOutline')}</summary>
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} data-level={entry.level}>
              <a
                href={`#${entry.id}`}
                onClick={(event) => {
                  const heading = document.getElementById(entry.id);
                  if (!heading) return;
                  event.preventDefault();
                  heading.setAttribute('tabindex', '-1');
                  heading.scrollIntoView({ block: 'start' });
                  heading.focus({ preventScroll: true });
                }}
              >
                {entry.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
