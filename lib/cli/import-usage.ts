/** The part of `liseuse --help` about importing exports and inspecting backups. */
export const IMPORT_USAGE = `
Importing and backups:
  liseuse import FILE... --dry-run [--format json|text]
               Shows what importing these exports into Liseuse would bring in, with the
               extension's own parsers: Pocket (zip or ril_export.html), Instapaper, Omnivore
               (zip), Readwise Reader and Readwise highlights (CSV), wallabag (JSON), Raindrop.io
               (CSV) and bookmark files (HTML). The format is read from each file's content.
               Prints one line per article (--format json: one JSON object per line with url,
               title, tags, state, favorite, savedAt, progress, highlights), then skipped rows,
               refused files and a summary on stderr. Nothing is written anywhere.
  liseuse backup inspect FILE
               Prints a Liseuse backup's manifest, then checks every entry (checksums, files
               listed in each article's meta.json, counts) and reports what does not match.

Examples:
  liseuse import pocket-export.zip --dry-run --format json > pocket.ndjson
  liseuse backup inspect liseuse-backup-2025-06-01.zip
`;
