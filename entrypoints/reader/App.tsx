import { ReaderArticle } from '../../components/reader/ReaderArticle';
import { ReaderActionsBar } from '../../components/reader/ReaderActionsBar';
import { ReaderSettingsPanel } from '../../components/reader/ReaderSettingsPanel';
import { OutlineAside } from '../../components/reader/OutlineAside';
import { OutlineMenu } from '../../components/reader/OutlineMenu';
import { ReadingProgressBar } from '../../components/reader/ReadingProgressBar';
import { UndoBar } from '../../components/library/UndoBar';
import { useReaderArticle } from '../../lib/reader/use-reader-article';
import { useReaderSettings } from '../../lib/reader/use-reader-settings';
import { useReadingProgress } from '../../lib/reader/use-reading-progress';
import { useScrollProgress } from '../../lib/reader/use-scroll-progress';
import { useOutline } from '../../lib/reader/use-outline';
import { useOutlinePlacement } from '../../lib/reader/use-outline-placement';
import { useReaderActions } from '../../lib/reader/use-reader-actions';
import { useReaderKeys } from '../../lib/reader/use-reader-keys';
import { messageKeyFor } from '../../lib/shared/errors';
import { libraryHref } from '../../lib/shared/extension-pages';
import { t } from '../../lib/shared/i18n';

import { useReaderAnnotations } from '../../lib/reader/use-reader-annotations';
import { annotationMessageKey } from '../../lib/reader/annotation-failure';
import { AnnotationTools, ReaderAnnotations } from '../../components/reader/ReaderAnnotations';
import { useState } from 'preact/hooks';
import { NotDownloaded } from '../../components/reader/NotDownloaded';
import { useArticleDownload } from '../../lib/reader/use-article-download';

/** The full-tab reader: one saved article (`?id=`), with its actions, settings, progress, outline, highlights and notes. */
export function App({ id }: { id: string }) {
  const [version, setVersion] = useState(0);
  const state = useReaderArticle(id, version);
  const { download, start } = useArticleDownload(state.kind === 'not-downloaded' ? state.article : null, () =>
    setVersion((v) => v + 1),
  );
  const [settings, changeSettings, resetSettings] = useReaderSettings();
  const ready = state.kind === 'ready';
  useReadingProgress(id, ready ? state.article.progress : null, ready);
  const scroll = useScrollProgress(ready);
  const actions = useReaderActions(ready ? state.article : null, scroll);
  const shown = ready && !actions.deleted;
  const outline = useOutline(shown, ready ? state.article.wordCount : 0);
  const placement = useOutlinePlacement(outline.length > 0, settings);
  const annotations = useReaderAnnotations(id, shown);
  // A note typed a moment ago is written before the delete, so that Undo brings it back too.
  const remove = () =>
    void annotations
      .saveNow()
      .catch((error: unknown) => console.error('Liseuse: could not write the waiting notes before the delete', error))
      .then(actions.remove);
  useReaderKeys({ archive: actions.toggleArchive, favorite: actions.toggleFavorite, remove }, shown);
  return (
    <ReaderArticle
      state={state}
      article={actions.article}
      deleted={actions.deleted}
      libraryHref={libraryHref()}
      progress={shown ? <ReadingProgressBar progress={scroll.progress} /> : null}
      navigation={placement === 'collapsed' ? <OutlineMenu entries={outline} /> : null}
      outline={placement === 'side' ? <OutlineAside entries={outline} /> : null}
      tools={
        <>
          {shown && actions.article && (
            <ReaderActionsBar
              article={actions.article}
              copied={actions.copied}
              onArchive={actions.toggleArchive}
              onFavorite={actions.toggleFavorite}
              onTags={actions.editTags}
              onDelete={remove}
              onCopyLink={actions.copyLink}
            />
          )}
          <AnnotationTools annotations={annotations} />
          <ReaderSettingsPanel settings={settings} onChange={changeSettings} onReset={resetSettings} />
        </>
      }
      failure={
        actions.failure
          ? messageKeyFor(actions.failure)
          : annotations.failure
            ? annotationMessageKey(annotations.failure)
            : null
      }
      toasts={
        actions.undo && (
          <UndoBar
            message={t(actions.undo.messageKey)}
            actionId={actions.undo.id}
            onUndo={actions.runUndo}
            onDismiss={actions.dismissUndo}
          />
        )
      }
      notDownloaded={
        state.kind === 'not-downloaded' && (
          <NotDownloaded article={state.article} download={download} onDownload={start} />
        )
      }
      aside={<ReaderAnnotations annotations={annotations} />}
    />
  );
}
