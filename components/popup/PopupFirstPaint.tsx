import { createRef } from 'preact';
import { PopupArticle } from './PopupArticle';
import type { PopupArticleActions, ShownArticle } from '../../lib/popup/use-popup-article';

const NO_IMAGES: ReadonlyMap<string, Blob> = new Map();
const nothing = () => {};
const NO_ACTIONS: PopupArticleActions = {
  save: nothing,
  undo: nothing,
  keepImages: nothing,
  dismissImagesNotice: nothing,
  retry: nothing,
  saveLink: nothing,
};

/**
 * The article's first screen as entrypoints/popup-paint.ts paints it, before the popup's app
 * has loaded: the popup's article view as that script will render it a moment later, so the swap
 * does not show. Inert: its bar does nothing until the popup takes over (entrypoints/popup/App.tsx).
 */
export function PopupFirstPaint({ first }: { first: ShownArticle }) {
  return (
    <div inert>
      <PopupArticle
        state={{
          kind: 'ready',
          extraction: first,
          saveState: { kind: 'unsaved' },
          articleId: null,
          images: NO_IMAGES,
          imagesNotice: null,
        }}
        actions={NO_ACTIONS}
        errorActions={[]}
        onErrorAction={nothing}
        onShowLibrary={nothing}
        readerHref={() => '#'}
        mainRef={createRef()}
      />
    </div>
  );
}
