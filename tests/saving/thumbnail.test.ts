import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeThumbnail, THUMBNAIL_SIZE, thumbnailSource } from '../../lib/saving/thumbnail';

const image = (key: string) => ({ key, blob: new Blob([key]), type: 'image/jpeg', sourceUrl: key });

describe('lead-image thumbnails', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the lead image when it was kept, else the first image', () => {
    expect(thumbnailSource([image('a'), image('lead')], 'lead')?.key).toBe('lead');
    expect(thumbnailSource([image('a'), image('b')], 'gone')?.key).toBe('a');
    expect(thumbnailSource([], 'lead')).toBeNull();
  });

  it('scales the image down to THUMBNAIL_SIZE on its longest side, keeping its shape', async () => {
    const drawn: number[][] = [];
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(async () => ({ width: 1200, height: 600, close: vi.fn() })),
    );
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        constructor(
          public width: number,
          public height: number,
        ) {}
        getContext() {
          return { drawImage: (_: unknown, x: number, y: number, w: number, h: number) => drawn.push([x, y, w, h]) };
        }
        convertToBlob(options: { type: string }) {
          return Promise.resolve(new Blob(['webp'], { type: options.type }));
        }
      },
    );
    const thumbnail = await makeThumbnail(new Blob(['x']));
    expect(thumbnail).toMatchObject({ width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE / 2, type: 'image/webp' });
    expect(drawn).toEqual([[0, 0, THUMBNAIL_SIZE, THUMBNAIL_SIZE / 2]]);
  });

  it('gives no thumbnail, without failing, where the image cannot be drawn', async () => {
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(async () => Promise.reject(new Error('cannot decode'))),
    );
    vi.stubGlobal('OffscreenCanvas', class {});
    expect(await makeThumbnail(new Blob(['<svg/>']))).toBeNull();
  });
});
