import { describeZipProblem, formatBytes, type Translate } from '../shared/describe-file-problem';
import type { ImportFailure, ImportFormat, SkippedRow, SkipReason } from './types';

/** Services' own names (not translated). */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  'pocket-csv': 'Pocket',
  'pocket-annotations': 'Pocket',
  'pocket-html': 'Pocket',
  'instapaper-csv': 'Instapaper',
  omnivore: 'Omnivore',
  'readwise-reader-csv': 'Readwise Reader',
  'readwise-highlights-csv': 'Readwise',
  'wallabag-json': 'wallabag',
  'raindrop-csv': 'Raindrop.io',
  'netscape-bookmarks': 'Netscape bookmarks',
};

/** The message that tells the reader why a file was refused and what to do next. */
export function describeImportFailure(failure: ImportFailure, t: Translate, locale: string): string {
  const file = failure.entry ? `${failure.file} › ${failure.entry}` : failure.file;
  const { problem } = failure;
  switch (problem.code) {
    case 'file-empty':
      return t('importFileEmpty', [file]);
    case 'file-too-large':
      return t('importFileTooLarge', [file, formatBytes(problem.bytes, locale), formatBytes(problem.limit, locale)]);
    case 'unknown-format':
      return t('importUnknownFormat', [file, problem.start]);
    case 'csv-unknown-columns':
      return t('importCsvUnknownColumns', [file, problem.columns.join(', ')]);
    case 'csv-missing-columns':
      return t('importCsvMissingColumns', [file, FORMAT_NAMES[problem.format], problem.columns.join(', ')]);
    case 'csv-unclosed-quote':
      return t('importCsvUnclosedQuote', [file, String(problem.line)]);
    case 'json-invalid':
      return t('importJsonInvalid', [file, problem.detail]);
    case 'json-unknown-shape':
      return t('importJsonUnknownShape', [file]);
    case 'newer-liseuse':
      return problem.supported === null
        ? t('importUnknownLiseuseFormat', [file, problem.format, String(problem.found)])
        : t('importNewerLiseuse', [file, String(problem.found), String(problem.supported)]);
    case 'liseuse-file':
      return t('importLiseuseFile', [file]);
    case 'zip-no-export':
      return t('importZipNoExport', [file, String(problem.files)]);
    case 'read-failed':
      return t('importReadFailed', [file, problem.detail]);
    default:
      return describeZipProblem(problem, file, t, locale);
  }
}

const SKIP_MESSAGE_KEYS: Record<SkipReason, string> = {
  'empty-row': 'importSkipEmptyRow',
  'no-url': 'importSkipNoUrl',
  'bad-url': 'importSkipBadUrl',
  'field-count': 'importSkipFieldCount',
  'unsupported-file': 'importSkipUnsupportedFile',
  'unplaced-highlights': 'importSkipUnplacedHighlights',
  deleted: 'importSkipDeleted',
  'not-an-item': 'importSkipNotAnItem',
};

/** "part_000001.csv, line 4: not a web address: javascript:void(0)": one skipped row, explained. */
export function describeSkippedRow(row: SkippedRow, t: Translate): string {
  const message = t(SKIP_MESSAGE_KEYS[row.reason], [row.detail ?? '', String(row.count ?? 0)]);
  // These messages quote the detail themselves; for the others it is an optional title.
  const quotesDetail = ['bad-url', 'unsupported-file', 'unplaced-highlights', 'field-count'].includes(row.reason);
  const reason = row.detail && !quotesDetail ? `${message} — “${row.detail}”` : message;
  return row.line === undefined
    ? t('importSkippedInFile', [row.file, reason])
    : t('importSkippedAtLine', [row.file, String(row.line), reason]);
}

/** The message keys of every skip reason (for the translation test). */
export const SKIP_REASON_MESSAGE_KEYS: readonly string[] = Object.values(SKIP_MESSAGE_KEYS);
