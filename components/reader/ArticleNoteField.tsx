import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/shared/i18n';

export type ArticleNoteFieldProps = {
  text: string;
  /** False until the stored note is read: typing before would replace a note not yet shown. */
  loaded: boolean;
  onChange(text: string): void;
};

/** The free-text note on the whole article, saved as it is typed (the hook debounces writes). */
export function ArticleNoteField({ text, loaded, onChange }: ArticleNoteFieldProps) {
  const [value, setValue] = useState(text);
  // The stored note arrives once after opening; after that the field leads (see HighlightEditor).
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) setValue(text);
  }, [text]);
  return (
    <label class="article-note-field">
      <span>{t('articleNote')}</span>
      <textarea
        rows={4}
        value={value}
        readOnly={!loaded}
        aria-busy={!loaded || undefined}
        placeholder={t(loaded ? 'articleNotePlaceholder' : 'loading')}
        onInput={(event) => {
          typed.current = true;
          setValue(event.currentTarget.value);
          onChange(event.currentTarget.value);
        }}
      />
    </label>
  );
}
