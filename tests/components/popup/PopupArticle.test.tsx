import { cleanup, render, screen } from '@testing-library/preact';
import type { PopupArticleActions } from '../../../lib/popup/use-popup-article';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupArticle } from '../../../components/popup/PopupArticle';
import type { PopupArticleState } from '../../../lib/popup/use-popup-article';
import { makeExtraction } from '../../support/make-extraction';
import { stubI18n } from '../../support/stub-i18n';

function renderReady(extraction: ReturnType<typeof makeExtraction>) {
  const state: PopupArticleState = {
    kind: 'ready',
    extraction,
    saveState: { kind: 'saved', missingImages: 0 },
    articleId: 'a1',
    images: new Map(),
    imagesNotice: null,
  };
  const noop = () => undefined;
  const actions: PopupArticleActions = {
    save: noop,
    undo: noop,
    keepImages: noop,
    dismissImagesNotice: noop,
    retry: noop,
    saveLink: noop,
  };
  render(
    <PopupArticle
      state={state}
      actions={actions}
      errorActions={[]}
      onErrorAction={noop}
      onShowLibrary={noop}
      readerHref={(id) => `reader.html#${id}`}
      mainRef={{ current: null }}
    />,
  );
}

describe('PopupArticle', () => {
  afterEach(cleanup);

  describe('in English', () => {
    beforeEach(() => stubI18n('en'));

    it('shows a doubtful extraction with a one-line notice above it', () => {
      renderReady(makeExtraction('https://example.org/p', 'Short note', 'Only a few words here.', { doubt: 'short' }));
      expect(screen.getByRole('note').textContent).toBe(
        'This page may not be an article: here is what Liseuse found on it.',
      );
      expect(screen.getByRole('heading', { name: 'Short note' })).toBeTruthy();
    });

    it('shows no notice for an article beyond doubt', () => {
      renderReady(makeExtraction('https://example.org/p', 'A real post', 'Plenty of words.'));
      expect(screen.queryByRole('note')).toBeNull();
    });
  });

  it('says it in French too', () => {
    stubI18n('fr');
    renderReady(makeExtraction('https://example.org/p', 'Brève', 'Quelques mots.', { doubt: 'mostly-links' }));
    expect(screen.getByRole('note').textContent).toBe(
      'Cette page n’est peut-être pas un article : voici ce que Liseuse y a trouvé.',
    );
  });
});
