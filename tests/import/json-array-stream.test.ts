import { describe, expect, it } from 'vitest';
import { jsonArrayElements, JsonArrayError } from '../../lib/import/json-array-stream';

/** A source that hands the text out `size` bytes at a time, to cross every chunk boundary. */
function chunked(text: string, size: number): Pick<Blob, 'stream'> {
  const bytes = new TextEncoder().encode(text);
  return {
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let start = 0; start < bytes.length; start += size) controller.enqueue(bytes.slice(start, start + size));
          controller.close();
        },
      }) as ReturnType<Blob['stream']>,
  };
}

async function elements(text: string, size: number, max = 1000) {
  const found = [];
  for await (const element of jsonArrayElements(chunked(text, size), max)) {
    found.push({
      json: JSON.parse(new TextDecoder().decode(element.bytes)),
      start: element.start,
      end: element.end,
      line: element.line,
    });
  }
  return found;
}

const TEXT = '\ufeff[\n {"a": "x, ] } [ \\" é"},\n  [1, [2]] , "str\\\\", 12.5e3,true ,null,\n{"b":{}}\n]\n';
const EXPECTED = [{ a: 'x, ] } [ " é' }, [1, [2]], 'str\\', 12500, true, null, { b: {} }];

describe('streaming the elements of a JSON list', () => {
  it('finds every element, whatever the chunk size', async () => {
    for (const size of [1, 2, 3, 7, 64, 10_000]) {
      expect((await elements(TEXT, size)).map((element) => element.json)).toEqual(EXPECTED);
    }
  });

  it('gives byte offsets that read each element again, and its line', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    const found = await elements(TEXT, 5);
    for (const element of found)
      expect(JSON.parse(new TextDecoder().decode(bytes.slice(element.start, element.end)))).toEqual(element.json);
    expect(found.map((element) => element.line)).toEqual([2, 3, 3, 3, 3, 3, 4]);
  });

  it('reads an empty list', async () => {
    expect(await elements(' [ ] ', 1)).toEqual([]);
  });

  it('says where a list is cut short, not a list, or followed by garbage', async () => {
    await expect(elements('[{"a":1},\n{"b":', 4)).rejects.toThrow(
      new JsonArrayError('line 2: the file ends in the middle of the list (cut short?)'),
    );
    await expect(elements('{"a":1}', 4)).rejects.toThrow(/not a JSON list/);
    await expect(elements('[1] [2]', 4)).rejects.toThrow(/more data after the end/);
    await expect(elements('[{"a":1}, \u0000\u0000]', 4)).rejects.toThrow(/unexpected character/);
  });

  it('refuses an element larger than the limit instead of holding it', async () => {
    await expect(elements(`[${JSON.stringify('x'.repeat(5000))}]`, 100, 1000)).rejects.toThrow(
      /larger than 1000 bytes/,
    );
  });
});
