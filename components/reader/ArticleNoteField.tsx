import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/shared/i18n';

export type ArticleNoteFieldProps = {
  text: string;
  /** 'loading' until the stored note is read (typing before would replace it unseen); 'unreadable' when it could not be. */
  state: 'loading' | 'ready' | 'unreadable';
  onChange(text: string): void;
  /** A write found the note changed in another tab too, and kept both versions in `text`. */
  keptBoth?: boolean;
};

const PLACEHOLDER_KEYS = { loading: 'loading', ready: 'articleNotePlaceholder', unreadable: 'articleNoteUnreadable' };

/** The free-text note on the whole article, saved as it is typed (the hook debounces writes). */
export function ArticleNoteField({ text, state, onChange, keptBoth = false }: ArticleNoteFieldProps) {
  const [value, setValue] = useState(text);
  // The field leads while typing (`text` then echoes what it holds); any other text comes from
  // elsewhere (the stored note read, another tab's write, both versions kept) and is shown.
  const held = useRef<string | null>(null);
  useEffect(() => {
    if (text === held.current) return;
    held.current = text;
    setValue(text);
  }, [text]);
  return (
    <label class="article-note-field">
      <span>{t('articleNote')}</span>
      {keptBoth && (
        <span class="article-note-notice" role="status">
          {t('articleNoteKeptBoth')}
        </span>
      )}
      <textarea
        rows={4}
        value={value}
        readOnly={state !== 'ready'}
        aria-busy={state === 'loading' || undefined}
        placeholder={t(PLACEHOLDER_KEYS[state])}
        onInput={(event) => {
          held.current = event.currentTarget.value;
          setValue(event.currentTarget.value);
          onChange(event.currentTarget.value);
        }}
      />
    </label>
  );
}
