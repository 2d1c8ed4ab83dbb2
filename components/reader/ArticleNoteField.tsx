import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/shared/i18n';

export type ArticleNoteFieldProps = {
  text: string;
  /** 'loading' until the stored note is read (typing before would replace it unseen); 'unreadable' when it could not be. */
  state: 'loading' | 'ready' | 'unreadable';
  onChange(text: string): void;
};

const PLACEHOLDER_KEYS = { loading: 'loading', ready: 'articleNotePlaceholder', unreadable: 'articleNoteUnreadable' };

/** The free-text note on the whole article, saved as it is typed (the hook debounces writes). */
export function ArticleNoteField({ text, state, onChange }: ArticleNoteFieldProps) {
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
        readOnly={state !== 'ready'}
        aria-busy={state === 'loading' || undefined}
        placeholder={t(PLACEHOLDER_KEYS[state])}
        onInput={(event) => {
          typed.current = true;
          setValue(event.currentTarget.value);
          onChange(event.currentTarget.value);
        }}
      />
    </label>
  );
}
