/**
 * Known file signatures, so that the message can name what was given instead of an HTML page.
 * Checked on the first bytes only.
 */
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a zip archive (an EPUB or office document too)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip-compressed file', [0x1f, 0x8b]],
  ['a WebP or other RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

/** How many bytes are looked at: an HTML page shows its nature in its first few kilobytes. */
const SAMPLE_BYTES = 8192;

/**
 * Share of control bytes (other than tab, newline, form feed and carriage return) above which
 * the input is not text. HTML has none; a page with a stray one is still far below 1 %.
 */
const MAX_CONTROL_SHARE = 0.01;

/**
 * What `bytes` are when they are not a text page ("a PDF document", "binary data"), or null for
 * text. A NUL byte is never in an HTML page in an ASCII-compatible encoding, and a UTF-16 page
 * starts with its byte order mark, so `hasBom` pages are left to the decoder.
 */
export function binaryKind(bytes: Uint8Array, hasBom: boolean): string | null {
  const known = SIGNATURES.find(([, magic]) => magic.every((byte, index) => bytes[index] === byte));
  if (known) return known[0];
  if (hasBom) return null;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control += 1;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE ? 'binary data' : null;
}
