import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { stripClutter } from '../../lib/extract/strip-clutter';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/seed-article');
const url = 'https://journal-numerique.example/ia/trop-de-requetes-sur-chatgpt/';

function seedDocument(): Document {
  return new JSDOM(readFileSync(join(folder, 'page.html'), 'utf8'), { url }).window.document;
}

describe('stripClutter', () => {
  it.each(['page', 'article'] as const)('is idempotent on a whole page (%s steps)', (scope) => {
    const { body } = seedDocument();
    stripClutter(body, scope);
    const once = body.innerHTML;
    stripClutter(body, scope);
    expect(body.innerHTML).toBe(once);
  });

  it('cleans Readability output on its own (second pass, no class names) and is idempotent there', () => {
    const content = new Readability(seedDocument(), { serializer: (node) => node as Element }).parse()?.content;
    if (!content) throw new Error('Readability found no article in the seed page');
    expect(content.textContent).toContain('Publicité');

    stripClutter(content);
    const once = content.innerHTML;
    stripClutter(content);

    expect(content.innerHTML).toBe(once);
    expect(content.textContent).not.toMatch(/READ|Publicité|Meta révolutionne/);
    expect(content.textContent).toContain('Selon Ofir Press, postdoctorant à Princeton');
  });
});
