import { foldText } from '../shared/text';
import { collapseDuplicates } from './collapse-duplicates';
import { readImportBlob } from './read-import-file';
import { readImportZip } from './read-import-zip';
import type {
  ImportFailure,
  ImportFile,
  ImportFormat,
  ImportItem,
  LooseHighlights,
  SkippedRow,
  SourceResult,
} from './types';

/**
 * Tells whether the Library already holds an article at any of `urls` (the item's address and
 * the forms the export wrote it in). Given by the caller, so that parsing never touches storage.
 */
export type LibraryLookup = (urls: readonly string[]) => boolean | Promise<boolean>;

/** An item of the dry run, with whether it will merge into an article already in the Library. */
export interface PlannedItem extends ImportItem {
  inLibrary: boolean;
}

/** What the dry run shows before anything is written. */
export interface ImportSummary {
  /** Distinct articles found (duplicates merged). */
  articles: number;
  highlights: number;
  /** Articles already in the Library, to be merged rather than added. */
  inLibrary: number;
  /** Articles whose page comes with the export (the others are fetched later). */
  withContent: number;
  skipped: number;
  /** Files refused whole. */
  failedFiles: number;
}

/** The result of reading every file picked: the dry run, and what one click then imports. */
export interface ImportPlan {
  formats: ImportFormat[];
  items: PlannedItem[];
  skipped: SkippedRow[];
  failures: ImportFailure[];
  summary: ImportSummary;
}

/**
 * Reads export files together (Readwise's highlights match the articles of Reader's CSV picked
 * with them; the same article in two files is one item) and says what an import would do.
 * Writes nothing: the Library is only consulted through `isInLibrary`.
 */
export async function planImport(
  files: readonly ImportFile[],
  isInLibrary: LibraryLookup = () => false,
): Promise<ImportPlan> {
  const failures: ImportFailure[] = [];
  const all: SourceResult = { formats: [], items: [], skipped: [], looseHighlights: [] };
  for (const file of files) {
    const outcome = await readImportBlob(file, { readZip: readImportZip });
    if (!outcome.ok) {
      failures.push(outcome.failure);
      continue;
    }
    for (const format of outcome.result.formats) if (!all.formats.includes(format)) all.formats.push(format);
    all.items.push(...outcome.result.items);
    all.skipped.push(...outcome.result.skipped);
    all.looseHighlights.push(...outcome.result.looseHighlights);
  }
  const collapsed = collapseDuplicates(all.items);
  const skipped = [...all.skipped, ...placeLooseHighlights(collapsed, all.looseHighlights)];
  const items: PlannedItem[] = [];
  for (const item of collapsed) items.push({ ...item, inLibrary: await isInLibrary(addressesOf(item)) });
  return { formats: all.formats, items, skipped, failures, summary: summarize(items, skipped, failures) };
}

/** The item's address and every form the files wrote it in (with utm_, without #fragment). */
function addressesOf(item: ImportItem): string[] {
  const written = item.origins.map((origin) => origin.url?.split('#')[0]).filter((url): url is string => Boolean(url));
  return [...new Set([item.url, ...written])];
}

/**
 * Gives highlights without an address to the item with the same title (compared without case or
 * accents) when exactly one has it; the others are listed as unplaced, never dropped.
 */
function placeLooseHighlights(items: ImportItem[], groups: readonly LooseHighlights[]): SkippedRow[] {
  const byTitle = new Map<string, ImportItem[]>();
  for (const item of items) {
    const key = foldText(item.title.trim());
    if (key) byTitle.set(key, [...(byTitle.get(key) ?? []), item]);
  }
  const unplaced: SkippedRow[] = [];
  for (const group of groups) {
    const matches = byTitle.get(foldText(group.title.trim())) ?? [];
    if (matches.length === 1) {
      const [item] = matches;
      const known = new Set(item.highlights.map((h) => `${h.quote}\u0000${h.note}`));
      item.highlights.push(...group.highlights.filter((h) => !known.has(`${h.quote}\u0000${h.note}`)));
      item.origins.push({ file: group.file, line: group.line });
    } else {
      unplaced.push({
        file: group.file,
        line: group.line,
        reason: 'unplaced-highlights',
        detail: group.title,
        count: group.highlights.length,
      });
    }
  }
  return unplaced;
}

function summarize(
  items: readonly PlannedItem[],
  skipped: readonly SkippedRow[],
  failures: readonly ImportFailure[],
): ImportSummary {
  return {
    articles: items.length,
    highlights: items.reduce((sum, item) => sum + item.highlights.length, 0),
    inLibrary: items.filter((item) => item.inLibrary).length,
    withContent: items.filter((item) => item.readContent).length,
    skipped: skipped.length,
    failedFiles: failures.length,
  };
}
