import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/shared/i18n';

export type ArticleNoteFieldProps = { text: string; onChange(text: string): void };

/** The free-text note on the whole article, saved as it is typed (the hook debounces writes). */
export function ArticleNoteField({ text, onChange }: ArticleNoteFieldProps) {
  const [value, setValue] = useState(text);
  useEffect(() => setValue(text), [text]);
  return (
    <label class="article-note-field">
      <span>{t('articleNote')}</span>
      <textarea
        rows={4}
        value={value}
        placeholder={t('articleNotePlaceholder')}
        onInput={(event) => {
          setValue(event.currentTarget.value);
          onChange(event.currentTarget.value);
        }}
      />
    </label>
  );
}
