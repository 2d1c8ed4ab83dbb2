import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, liseuseFormatOf } from '../backup/format';
import type { FileProblem } from './types';

/** The versions of Liseuse's own formats this Liseuse reads. */
const KNOWN_FORMATS: Record<string, number> = { [BACKUP_FORMAT]: BACKUP_FORMAT_VERSION };

/**
 * Why a JSON document made by Liseuse is not imported: it is Liseuse's own (restored, not
 * imported), or from a newer Liseuse (named with both versions). Null when it is not Liseuse's.
 */
export function liseuseFileProblem(json: unknown): FileProblem | null {
  const declared = liseuseFormatOf(json);
  if (!declared) return null;
  if (Number.isNaN(declared.version)) return { code: 'json-unknown-shape' };
  const supported = KNOWN_FORMATS[declared.format] ?? null;
  if (supported === null || declared.version > supported) {
    return { code: 'newer-liseuse', format: declared.format, found: declared.version, supported };
  }
  return { code: 'liseuse-file' };
}
