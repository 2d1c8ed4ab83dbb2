import { IMPORT_USAGE } from './import-usage';

/** The text `liseuse --help` prints. */
export const USAGE =
  `Usage: liseuse extract FILE_OR_URL... [--url URL] [--format json|markdown|html|text] [--with-title]
       liseuse import FILE... --dry-run [--format json|text]
       liseuse backup inspect FILE

Extracts the article from saved web pages or web addresses, the way the Liseuse extension does:
Readability, then clutter removal (promos, share bars, comment forms, newsletter boxes…), then
sanitizing. Nothing is sent anywhere except the requests for the URLs you give.

Options:
  --format F   markdown (default), json, html or text. With json and several inputs, prints one
               JSON object per line (NDJSON), each with its "source".
  --url URL    address a local file was saved from, to resolve its relative links and images.
  --with-title with --format text, print the title on the first line, then a blank line. Text
               is otherwise the article body alone; Markdown and HTML always start with the title.
  --help       show this help.
  --version    show the version.

Files are decoded as browsers do: byte order mark, then <meta charset> anywhere in the head,
then UTF-8 when the bytes are valid UTF-8, else windows-1252. Binary files are refused.

Exit status: 0 when every input gave an article, 1 when any failed, 2 for a usage error.

Examples:
  liseuse extract page.html --url https://example.org/article --format json
  liseuse extract https://example.org/article > article.md
` + IMPORT_USAGE;
