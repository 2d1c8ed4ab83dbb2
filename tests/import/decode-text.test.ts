import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lib/import/decode-text';

describe('decoding export files', () => {
  it('honours byte-order marks', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toEqual({ text: 'aé', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]))).toEqual({
      text: 'aé',
      encoding: 'utf-16le',
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9]))).toEqual({
      text: 'aé',
      encoding: 'utf-16be',
    });
  });

  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('d’été ✓'))).toEqual({ text: 'd’été ✓', encoding: 'utf-8' });
  });

  it('reads anything else as windows-1252, typographic quotes and euro sign included', () => {
    const bytes = new Uint8Array([
      0x64, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x80, 0x20, 0x93, 0x96, 0x94, 0x20, 0x9c, 0x8c, 0xff,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'd’été € “–” œŒÿ', encoding: 'windows-1252' });
  });

  it('maps every byte of windows-1252 as the WHATWG Encoding Standard does', () => {
    const all = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    const { text } = decodeText(all);
    // The 32 bytes that differ from Latin-1 (the five undefined ones map to their C1 control).
    const high = [
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d,
      0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d,
      0x17e, 0x178,
    ];
    expect([...text].map((char) => char.charCodeAt(0))).toEqual([
      ...Array.from({ length: 128 }, (_, b) => b),
      ...high,
      ...Array.from({ length: 96 }, (_, b) => 0xa0 + b),
    ]);
  });
});
