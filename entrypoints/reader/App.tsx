import { ReaderArticle } from '../../components/reader/ReaderArticle';
import { useReaderArticle } from '../../lib/reader/use-reader-article';
import { libraryHref } from '../../lib/shared/extension-pages';
import { ReaderSettingsPanel } from '../../components/reader/ReaderSettingsPanel';
import { Outline } from '../../components/reader/Outline';
import { useReaderSettings } from '../../lib/reader/use-reader-settings';
import { useReadingProgress } from '../../lib/reader/use-reading-progress';
import { useOutline } from '../../lib/reader/use-outline';
import { useReaderAnnotations } from '../../lib/reader/use-reader-annotations';
import { AnnotationTools, ReaderAnnotations } from '../../components/reader/ReaderAnnotations';
import { useState } from 'preact/hooks';
import { NotDownloaded } from '../../components/reader/NotDownloaded';
import { useArticleDownload } from '../../lib/reader/use-article-download';

/** The full-tab reader: one saved article (`?id=`), with its settings, progress, outline, highlights and notes. */
export function App({ id }: { id: string }) {
  const [version, setVersion] = useState(0);
  const state = useReaderArticle(id, version);
  const { download, start } = useArticleDownload(state.kind === 'not-downloaded' ? state.article : null, () => setVersion((v) => v + 1));
  const [settings, changeSettings] = useReaderSettings();
  const ready = state.kind === 'ready';
  useReadingProgress(id, ready ? state.article.progress : null, ready);
  const outline = useOutline(ready, ready ? state.article.wordCount : 0);
  const annotations = useReaderAnnotations(id, ready);
  return (
    <ReaderArticle
      state={state}
      libraryHref={libraryHref()}
      tools={
        <>
          <AnnotationTools annotations={annotations} />
          <ReaderSettingsPanel settings={settings} onChange={changeSettings} />
        </>
      }
      outline={outline.length > 0 ? <Outline entries={outline} /> : null}
      notDownloaded={state.kind === 'not-downloaded' && <NotDownloaded article={state.article} download={download} onDownload={start} />}
      aside={<ReaderAnnotations annotations={annotations} />}
    />
  );
}
