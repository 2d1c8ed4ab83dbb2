/**
 * Which character encoding a saved or downloaded page is in, decided the way browsers do it, in
 * this order: a byte order mark; the server's Content-Type charset; a `<meta charset>` or
 * http-equiv Content-Type anywhere in the head (browsers look at the first 1024 bytes only, but a
 * saved page's head is often far larger, and a page whose meta sits past that point is UTF-8 in
 * practice); then "the bytes are valid UTF-8, so UTF-8" (as Chromium's detector concludes);
 * else windows-1252, the web's legacy default.
 */

/** Where the encoding came from, for messages and tests. */
export type EncodingSource = 'bom' | 'content-type' | 'meta' | 'valid-utf-8' | 'default';

/** An encoding name TextDecoder accepts, and how it was found. */
export interface DetectedEncoding {
  encoding: string;
  source: EncodingSource;
}

/** The head ends before this many bytes on every real page; past it, a `<meta>` is in the body. */
const MAX_HEAD_BYTES = 1024 * 1024;

const BOMS: ReadonlyArray<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** Decides the encoding of `bytes`; `contentType` is the server's header, if any. */
export function detectEncoding(bytes: Uint8Array, contentType: string | null = null): DetectedEncoding {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((byte, index) => bytes[index] === byte)) return { encoding, source: 'bom' };
  }
  const fromHeader = supported(charsetOf(contentType ?? ''));
  if (fromHeader) return { encoding: fromHeader, source: 'content-type' };
  const fromMeta = supported(metaCharset(bytes));
  // A page cannot declare UTF-16 in ASCII-compatible bytes: the HTML standard reads it as UTF-8.
  if (fromMeta) return { encoding: fromMeta.startsWith('utf-16') ? 'utf-8' : fromMeta, source: 'meta' };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', source: 'valid-utf-8' };
  return { encoding: 'windows-1252', source: 'default' };
}

/** `bytes` decoded as text in their detected encoding (the BOM removed). */
export function decodeHtml(
  bytes: Uint8Array,
  contentType: string | null = null,
): { text: string; encoding: DetectedEncoding } {
  const encoding = detectEncoding(bytes, contentType);
  return { text: new TextDecoder(encoding.encoding).decode(bytes), encoding };
}

/** The charset parameter of a Content-Type value ("text/html; charset=Shift_JIS" → "shift_jis"). */
export function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match ? match[2].toLowerCase() : null;
}

/** TextDecoder's name for `label`, or null when it knows no such encoding. */
function supported(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch (error) {
    void error; // an unknown label ("x-user-defined", a typo) is ignored, as browsers ignore it
    return null;
  }
}

/**
 * The charset a `<meta>` in the head declares: `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`. The bytes are read as Latin-1, which
 * maps every byte to one character, so ASCII markup is found whatever the encoding.
 */
function metaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, MAX_HEAD_BYTES));
  const end = head.search(/<\/head\s*>|<body[\s>]/i);
  const scope = (end === -1 ? head : head.slice(0, end)).replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of scope.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag.slice(0, direct.index))) return direct[1].toLowerCase();
    if (/\bhttp-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? '';
      const charset = charsetOf(`x;${content.split(';').slice(1).join(';')}`);
      if (charset) return charset;
    }
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    text += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return text;
}

/** Whether `bytes` decode as UTF-8 without a single invalid sequence. */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch (error) {
    void error; // an invalid sequence: the page is in a legacy encoding
    return false;
  }
}
