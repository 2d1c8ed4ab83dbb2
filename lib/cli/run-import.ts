import { describeImportFailure, describeSkippedRow } from '../import/describe-import';
import { dryRunItemJson, type DryRunItemJson } from '../import/item-json';
import { planImport } from '../import/plan-import';
import type { ImportFile } from '../import/types';
import { english } from './english-messages';
import type { ImportCommand } from './import-args';
import { openLocalFile } from './open-local-file';

/** Where the command writes; process.stdout and process.stderr, or a test's buffers. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * `liseuse import FILE… --dry-run`: reads the exports with the extension's own parsers and
 * prints one line per article (JSON or text), then the skipped rows, the refused files and a
 * summary on stderr. Status 1 when a file was refused.
 */
export async function runImport(command: ImportCommand, output: Output): Promise<number> {
  const files: ImportFile[] = [];
  let unreadable = 0;
  for (const path of command.inputs) {
    const opened = await openLocalFile(path);
    if (opened.ok) files.push(opened.file);
    else {
      unreadable += 1;
      output.err(`liseuse: ${path}: ${opened.message}\n`);
    }
  }
  const plan = await planImport(files);
  for (const item of plan.items) {
    const json = dryRunItemJson(item);
    output.out(`${command.format === 'json' ? JSON.stringify(json) : textLine(json)}\n`);
  }
  for (const row of plan.skipped) output.err(`liseuse: skipped: ${describeSkippedRow(row, english)}\n`);
  for (const failure of plan.failures) output.err(`liseuse: ${describeImportFailure(failure, english, 'en')}\n`);
  const { summary } = plan;
  output.err(
    `liseuse: ${english('importSummary', [String(summary.articles), String(summary.highlights), String(summary.inLibrary), String(summary.skipped)])}` +
      ` (${summary.withContent} with their page; the command line does not see the extension's Library)\n`,
  );
  return plan.failures.length + unreadable > 0 ? 1 : 0;
}

/** "2024-03-01  archived ★  Title  <url>  #tag  (2 highlights)": one article, for people. */
function textLine(item: DryRunItemJson): string {
  const parts = [
    item.savedAt?.slice(0, 10) ?? '----------',
    `${item.state === 'archived' ? 'archived' : 'unread  '} ${item.favorite ? '★' : ' '}`,
    item.title.replace(/\s+/g, ' ') || '(no title)',
    `<${item.url}>`,
  ];
  if (item.tags.length > 0) parts.push(item.tags.map((tag) => `#${tag.replace(/\s+/g, '_')}`).join(' '));
  if (item.highlights.length > 0)
    parts.push(`(${item.highlights.length} highlight${item.highlights.length === 1 ? '' : 's'})`);
  return parts.join('  ');
}
