import type { OutlineEntry } from '../../lib/reader/outline';
import { useDisclosure } from '../../lib/shared/use-disclosure';
import { t } from '../../lib/shared/i18n';
import { OutlineList } from './Outline';

export type OutlineMenuProps = { entries: OutlineEntry[] };

/** The outline behind a "Contents" button, where the margin is too narrow: closed until asked for. */
export function OutlineMenu({ entries }: OutlineMenuProps) {
  const menu = useDisclosure('a[href]');
  return (
    <div class="reader-popover-anchor">
      <button
        ref={menu.button}
        type="button"
        class="button"
        aria-expanded={menu.open}
        aria-controls="reader-outline-menu"
        onClick={menu.toggle}
      >
        <span aria-hidden="true">☰</span>
        <span class="reader-button-label">{t('readerOutline')}</span>
      </button>
      {menu.open && (
        <nav
          id="reader-outline-menu"
          class="reader-popover reader-outline reader-outline-menu"
          aria-label={t('readerOutline')}
          ref={(element) => {
            menu.panel.current = element;
          }}
          onKeyDown={menu.onPanelKey}
        >
          <OutlineList entries={entries} onFollow={menu.close} />
        </nav>
      )}
    </div>
  );
}
