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

/** The full-tab reader: one saved article (`?id=`), with its settings, progress, outline, highlights and notes. */
export function App({ id }: { id: string }) {
  const state = useReaderArticle(id);
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
      aside={<ReaderAnnotations annotations={annotations} />}
    />
  );
}
