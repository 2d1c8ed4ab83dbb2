import type { ComponentChildren } from 'preact';
import { t } from '../../lib/shared/i18n';

export type LibraryPageProps = { optionsHref: string; children: ComponentChildren };

/** The full-page Library: Liseuse's name, the page heading, the way to the options, then the Library itself. */
export function LibraryPage({ optionsHref, children }: LibraryPageProps) {
  return (
    <div class="library-page-frame">
      <header class="library-header">
        <p class="library-brand">Liseuse</p>
        <h1 id="library-title" class="library-title">
          {t('libraryHeading')}
        </h1>
        <span class="spacer" />
        <a class="button" href={optionsHref}>
          {t('optionsLink')}
        </a>
      </header>
      <main class="library-main" aria-labelledby="library-title">
        {children}
      </main>
    </div>
  );
}
