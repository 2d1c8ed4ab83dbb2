// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeHtml, detectEncoding } from '../../lib/cli/detect-encoding';
import { binaryKind } from '../../lib/cli/sniff-binary';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Latin-1 bytes of `text` (every character below U+0100). */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => Array.from(part)));
/** "日本語" in Shift_JIS. */
const NIHONGO_SJIS = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]);

describe('detectEncoding', () => {
  it('reads valid UTF-8 without any declaration as UTF-8', () => {
    const bytes = utf8('<html><head><title>Café</title></head><body><p>We’d go.</p></body></html>');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', source: 'valid-utf-8' });
    expect(decodeHtml(bytes).text).toContain('We’d go.');
  });

  it('reads Latin-1 declared by <meta charset> (windows-1252, as the web defines latin1)', () => {
    const bytes = latin1('<html><head><meta charset="iso-8859-1"><title>Été</title></head><body>à côté</body></html>');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252', source: 'meta' });
    expect(decodeHtml(bytes).text).toContain('<title>Été</title>');
  });

  it('reads Shift_JIS declared by an http-equiv meta', () => {
    const bytes = concat(
      latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>'),
      NIHONGO_SJIS,
      latin1('</title></head><body></body></html>'),
    );
    expect(detectEncoding(bytes)).toEqual({ encoding: 'shift_jis', source: 'meta' });
    expect(decodeHtml(bytes).text).toContain('<title>日本語</title>');
  });

  it('finds a <meta charset> far past the first kilobyte of the head', () => {
    const filler = `<meta name="x" content="${'y'.repeat(3000)}">`;
    const bytes = concat(
      latin1(`<html><head>${filler}<meta charset="windows-1252"></head><body>`),
      Uint8Array.from([0xe9]),
      latin1('</body></html>'),
    );
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252', source: 'meta' });
  });

  it('ignores a charset written in the body or in a comment', () => {
    const bytes = utf8(
      '<html><head><!-- <meta charset="shift_jis"> --></head><body><meta charset="koi8-r"><p>é</p></body></html>',
    );
    expect(detectEncoding(bytes).source).toBe('valid-utf-8');
  });

  it.each([
    ['UTF-8', [0xef, 0xbb, 0xbf], 'utf-8', utf8('<p>é')],
    ['UTF-16LE', [0xff, 0xfe], 'utf-16le', Uint8Array.from([0x3c, 0, 0x70, 0, 0x3e, 0, 0xe9, 0])],
    ['UTF-16BE', [0xfe, 0xff], 'utf-16be', Uint8Array.from([0, 0x3c, 0, 0x70, 0, 0x3e, 0, 0xe9])],
  ])('trusts a %s byte order mark over everything else', (_name, bom, encoding, body) => {
    const bytes = concat(Uint8Array.from(bom), body);
    expect(detectEncoding(bytes, 'text/html; charset=windows-1252')).toEqual({ encoding, source: 'bom' });
    expect(decodeHtml(bytes).text).toBe('<p>é');
  });

  it('lets the Content-Type header win over a meta that disagrees, as browsers do', () => {
    const bytes = concat(
      latin1('<html><head><meta charset="utf-8"></head><body>'),
      NIHONGO_SJIS,
      latin1('</body></html>'),
    );
    expect(detectEncoding(bytes, 'text/html; charset="Shift_JIS"')).toEqual({
      encoding: 'shift_jis',
      source: 'content-type',
    });
    expect(decodeHtml(bytes, 'text/html; charset=Shift_JIS').text).toContain('日本語');
  });

  it('falls back to windows-1252 for bytes that are not UTF-8 and declare nothing', () => {
    const bytes = latin1('<p>caf\u00e9 cr\u00e8me</p>');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252', source: 'default' });
    expect(decodeHtml(bytes).text).toBe('<p>café crème</p>');
  });

  it('ignores unknown charset labels and reads UTF-16 declared in ASCII as UTF-8', () => {
    expect(detectEncoding(utf8('<meta charset="x-klingon"><p>é</p>')).source).toBe('valid-utf-8');
    expect(detectEncoding(utf8('<meta charset="utf-16"><p>é</p>'))).toEqual({ encoding: 'utf-8', source: 'meta' });
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/html; charset=UTF-8')).toBe('utf-8');
    expect(charsetOf('text/html;charset="euc-jp"')).toBe('euc-jp');
    expect(charsetOf('text/html')).toBeNull();
  });
});

describe('binaryKind', () => {
  it('names known file types and refuses bytes with NULs or many control characters', () => {
    expect(binaryKind(latin1('%PDF-1.7\n'), false)).toBe('a PDF document');
    expect(binaryKind(Uint8Array.from([0x1f, 0x8b, 8, 0]), false)).toBe('a gzip-compressed file');
    expect(binaryKind(Uint8Array.from([0x3c, 0x70, 0, 0x3e]), false)).toBe('binary data');
    expect(
      binaryKind(Uint8Array.from(Array.from({ length: 100 }, (_, index) => (index % 10 === 0 ? 1 : 0x41))), false),
    ).toBe('binary data');
  });

  it('accepts HTML, and UTF-16 pages (their NULs are half their characters)', () => {
    expect(binaryKind(utf8('<!DOCTYPE html>\n<p>\tTab and form feed\f are text.</p>'), false)).toBeNull();
    expect(binaryKind(Uint8Array.from([0xff, 0xfe, 0x3c, 0]), true)).toBeNull();
  });
});
