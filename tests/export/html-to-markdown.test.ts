// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../lib/export/html-to-markdown';
import { body } from '../extract/dom';
import { checkMarkdown } from '../support/output-invariants';

describe('htmlToMarkdown', () => {
  it('writes ATX headings, emphasis and absolute links as given', () => {
    expect(
      htmlToMarkdown(body('<h2>Part</h2><p>Some <em>text</em> with a <a href="https://example.org/x">link</a>.</p>')),
    ).toBe('## Part\n\nSome _text_ with a [link](https://example.org/x).');
  });

  it('writes GFM tables', () => {
    const markdown = htmlToMarkdown(
      body(
        '<table><thead><tr><th>Name</th><th>Score</th></tr></thead><tbody><tr><td>Ada</td><td>10</td></tr></tbody></table>',
      ),
    );
    expect(markdown).toMatch(/^\| Name \| Score \|$/m);
    expect(markdown).toMatch(/^\| --- \| --- \|$/m);
    expect(markdown).toMatch(/^\| Ada +\| 10 +\|$/m);
  });

  it('fences code blocks with the language of class="language-x"', () => {
    expect(htmlToMarkdown(body('<pre><code class="language-ts">const a = 1;</code></pre>'))).toBe(
      '```ts\nconst a = 1;\n```',
    );
    expect(htmlToMarkdown(body('<pre class="lang-python">print(1)</pre>'))).toBe('```python\nprint(1)\n```');
  });

  it('lengthens the fence when the code holds backticks', () => {
    expect(htmlToMarkdown(body('<pre><code>```\nnested\n```</code></pre>'))).toBe('````\n```\nnested\n```\n````');
  });

  it('keeps a code block inside inline markup on its own lines, so its code stays code', () => {
    // Found by the random-HTML test: the fence followed the text, and `<script>` became HTML.
    const markdown = htmlToMarkdown(
      body('<p>x</p>Calme. <details><pre>&lt;script&gt;alert(1)&lt;/script&gt;Fin. </pre></details>'),
    );
    expect(markdown).toBe('x\n\nCalme.\n\n```\n<script>alert(1)</script>Fin. \n```');
    expect(htmlToMarkdown(body('<p>Voir <b> <pre>&lt;b&gt;</pre> </b> ici</p>'))).toMatch(
      /^Voir\s*\n\n```\n<b>\n```\n\n\s*ici$/,
    );
  });

  it('escapes the text of inline code that holds a code block, which cannot stay inline code', () => {
    // Found by the random-HTML test: the text came out unescaped, as code, outside any code span.
    const root = body('<p>Avant</p><code><pre></pre>[lien](javascript:alert(1)) <pre>[x](y)</pre></code>');
    const before = root.innerHTML;
    const markdown = htmlToMarkdown(root);
    expect(markdown).toContain('\\[lien\\](javascript:alert(1))');
    expect(checkMarkdown(markdown)).toEqual([]);
    expect(markdown).toContain('```\n[x](y)\n```');
    expect(root.innerHTML).toBe(before);
    expect(htmlToMarkdown(body('<p>Lancer <code>npm run [a](b)</code>.</p>'))).toBe('Lancer `npm run [a](b)`.');
  });

  it('keeps the address of a link that wraps a code block, after the block', () => {
    expect(
      htmlToMarkdown(
        body('<div>Lancer <a href="https://example.org/run_it (1)"><pre>npm run</pre></a> puis lire.</div>'),
      ),
    ).toMatch(
      /^Lancer\s*\n\n```\nnpm run\n```\n\n\[https:\/\/example\.org\/run\\_it \(1\)\]\(https:\/\/example\.org\/run_it%20%281%29\)\n\n\s*puis lire\.$/,
    );
  });

  it('writes strikethrough', () => {
    expect(htmlToMarkdown(body('<p><del>old</del> new</p>'))).toBe('~~old~~ new');
  });

  it('does not crash on table cells left without their table', () => {
    const root = body('<p>x</p>');
    const row = root.ownerDocument.createElement('tr');
    row.append(root.ownerDocument.createElement('td'));
    row.firstElementChild!.textContent = 'orphan';
    root.append(row);
    expect(htmlToMarkdown(root)).toContain('orphan');
  });

  it('writes images with their absolute URL', () => {
    expect(htmlToMarkdown(body('<img src="https://example.org/a.jpg" alt="A">'))).toBe(
      '![A](https://example.org/a.jpg)',
    );
    // One ")" would end the destination; a space would end it too.
    expect(htmlToMarkdown(body('<img src="https://example.org/a_(1) b.jpg" alt="A">'))).toBe(
      '![A](https://example.org/a_%281%29%20b.jpg)',
    );
  });
});
