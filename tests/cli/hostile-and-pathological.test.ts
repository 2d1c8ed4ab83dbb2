// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathologicalPages } from '../../bench/pathological/pages';
import { collapsed, HOSTILE_CASES, hostilePage } from '../support/hostile-corpus';
import { checkArticleOutputs, checkMarkdown, markdownText } from '../support/output-invariants';
import { runCli } from './run-cli';

// The command line on the hostile corpus (every page, downloaded from a local server in one
// batch, as `liseuse extract URL…`) and on the pathological pages: output within the invariants,
// an article or a one-line message, never a stack trace.

describe('liseuse extract on hostile and pathological pages', () => {
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      const id = /^\/hostile\/([\w-]+)\.html$/.exec(request.url ?? '')?.[1];
      if (!id || !HOSTILE_CASES.some((test) => test.id === id)) {
        response.writeHead(404).end();
        return;
      }
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(hostilePage(id, 'https://attacker.example'));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('keeps every hostile page within the output invariants, in JSON and in Markdown', async () => {
    const urls = HOSTILE_CASES.map((test) => `${origin}/hostile/${test.id}.html`);
    const run = await runCli(['extract', ...urls, '--format', 'json'], 540_000);
    expect(run.stderr).toBe('');
    const records = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, string> & { html: string; markdown: string });
    expect(records).toHaveLength(HOSTILE_CASES.length);
    for (const record of records) {
      const test = HOSTILE_CASES.find((candidate) => record.source.endsWith(`/${candidate.id}.html`))!;
      expect(checkArticleOutputs(record, test.id)).toEqual([]);
      expect(
        test.mustShow.filter(
          (phrase) => !collapsed(record.text).includes(phrase) || !markdownText(record.markdown).includes(phrase),
        ),
      ).toEqual([]);
      if (test.filedUnderPage) expect(record.url).toBe(record.source);
    }
  }, 600_000);

  it('keeps the title text in the Markdown format, where it heads the article', async () => {
    const run = await runCli(['extract', `${origin}/hostile/meta-title-markup.html`, '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(checkMarkdown(run.stdout)).toEqual([]);
    expect(markdownText(run.stdout.split('\n')[0])).toContain('Au bord du lac <script>alert(1)</script>');
  }, 120_000);

  it('answers each pathological page with an article or a message, never a stack trace', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'liseuse-pathological-'));
    const files = pathologicalPages()
      .filter((page) => page.name !== '10-mb-page')
      .map((page) => {
        const file = join(folder, `${page.name}.html`);
        writeFileSync(file, page.html.replaceAll('{{ORIGIN}}', 'https://img.example'));
        return file;
      });
    const run = await runCli(['extract', ...files, '--format', 'text'], 540_000);
    expect(run.stderr).not.toMatch(/^\s+at |RangeError|Maximum call stack/m);
    const failures = run.stderr.trim().split('\n').filter(Boolean);
    for (const line of failures) expect(line).toMatch(/^liseuse: .+: .+\.$/);
    // Each page: its article on stdout, or one line saying why not. The nested page is an
    // article; the element budget turns the 100,000 elements and the 50,000 links away at once.
    const outcomes = Object.fromEntries(
      files.map((file) => {
        const failure = failures.find((line) => line.startsWith(`liseuse: ${file}: `));
        return [
          file.replace(/^.*\/|\.html$/g, ''),
          failure ? failure.slice(`liseuse: ${file}: `.length, `liseuse: ${file}: `.length + 30) : 'article',
        ];
      }),
    );
    expect(outcomes).toEqual({
      'baseline-article': 'article',
      '100k-elements': 'the page is too large to extra',
      'nesting-5000': 'article',
      '2000-images': 'article',
      '2-mb-text-node': 'article',
      '50k-links': 'the page is too large to extra',
    });
  }, 600_000);
});
