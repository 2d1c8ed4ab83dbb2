import { RunProgressLine } from '../common/RunProgressLine';
import type { ImportState } from '../../lib/options/use-import';
import { t } from '../../lib/shared/i18n';
import { ImportDryRun } from './ImportDryRun';
import { ImportOutcomeView } from './ImportOutcomeView';

export type ImportPanelProps = {
  state: ImportState;
  libraryHref: string;
  onPick(files: File[]): void;
  onConfirm(): void;
  onCancel(): void;
  onReset(): void;
};

/** Import exports from other services: pick the files, read the dry run, then import in one click. */
export function ImportPanel({ state, libraryHref, onPick, onConfirm, onCancel, onReset }: ImportPanelProps) {
  const busy = state.kind === 'reading' || state.kind === 'importing';
  return (
    <section class="options-section" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p>{t('importIntro')}</p>
      <label class="options-file">
        {t('importPick')}{' '}
        <input
          type="file"
          multiple
          disabled={busy}
          data-testid="import-files"
          onChange={(event) => onPick([...(event.currentTarget.files ?? [])])}
        />
      </label>
      {state.kind === 'reading' && <p role="status">{t('importReading', state.names.join(', '))}</p>}
      {state.kind === 'planned' && <ImportDryRun plan={state.plan} onConfirm={onConfirm} onReset={onReset} />}
      {state.kind === 'importing' && (
        <RunProgressLine
          label={t('importRunning', [
            String(state.progress?.done ?? 0),
            String(state.progress?.total ?? state.plan.items.length),
          ])}
          progress={state.progress}
          onCancel={onCancel}
          cancelLabel={t('runCancel')}
        />
      )}
      {state.kind === 'done' && <ImportOutcomeView outcome={state.outcome} libraryHref={libraryHref} />}
      {state.kind === 'cancelled' && (
        <p class="options-result" role="status">
          {t('importCancelled')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="options-error" role="alert">
          {t('importFailed', state.detail)}
        </p>
      )}
    </section>
  );
}
