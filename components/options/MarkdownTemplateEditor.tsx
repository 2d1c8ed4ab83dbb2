import type { TemplateEditing } from '../../lib/options/use-markdown-template';
import { t } from '../../lib/shared/i18n';

export type MarkdownTemplateEditorProps = { editing: TemplateEditing };

/**
 * The Markdown export template (Mustache: `{{title}}`, `{{#highlights}}…{{/highlights}}`…), with
 * the parser's message when it cannot be used; README lists every variable.
 */
export function MarkdownTemplateEditor({ editing }: MarkdownTemplateEditorProps) {
  return (
    <section class="options-section template-editor" aria-labelledby="template-editor-heading">
      <h2 id="template-editor-heading">{t('templateHeading')}</h2>
      <p class="storage-note" id="template-editor-help">
        {t('templateHelp')}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void editing.save();
        }}
      >
        <label class="template-field">
          <span class="visually-hidden">{t('templateHeading')}</span>
          <textarea
            rows={22}
            spellcheck={false}
            value={editing.text}
            aria-describedby="template-editor-help template-editor-status"
            aria-invalid={editing.problem !== ''}
            onInput={(event) => editing.setText(event.currentTarget.value)}
          />
        </label>
        <p id="template-editor-status" class={editing.problem ? 'storage-warning' : 'storage-note'} role="status">
          {editing.problem
            ? t('templateProblem', editing.problem)
            : editing.saved
              ? t(editing.isDefault ? 'templateIsDefault' : 'templateSaved')
              : ''}
        </p>
        <div class="template-actions">
          <button type="submit" class="button primary" disabled={editing.problem !== '' || editing.saved}>
            {t('templateSave')}
          </button>
          <button
            type="button"
            class="button"
            disabled={editing.isDefault && editing.saved}
            onClick={() => void editing.reset()}
          >
            {t('templateReset')}
          </button>
        </div>
      </form>
    </section>
  );
}
