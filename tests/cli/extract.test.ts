// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli';

// Each run starts Node, tsx and jsdom: seconds on a busy two-core machine.
const SLOW = 120_000;

describe('liseuse extract', () => {
  it(
    'prints the article as JSON with metadata, absolute images and Markdown',
    async () => {
      const run = await runCli([
        'extract',
        fixture('article.html'),
        '--url',
        'https://coast.example/2024/keepers',
        '--format',
        'json',
      ]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const article = JSON.parse(run.stdout);
      expect(article).toMatchObject({
        source: fixture('article.html'),
        title: 'Lighthouse keepers of the north coast',
        byline: 'Mara Lind',
        siteName: 'Coastal Notes',
        lang: 'en',
        publishedTime: '2024-09-14T07:30:00Z',
        leadImage: 'https://coast.example/2024/images/lamp.jpg',
      });
      expect(Object.keys(article)).toEqual(
        expect.arrayContaining(['dir', 'excerpt', 'wordCount', 'readingMinutes', 'html', 'text', 'markdown']),
      );
      expect(article.html).toContain('src="https://coast.example/2024/images/lamp.jpg"');
      expect(article.markdown).toContain('[recorded stories](https://coast.example/stories/keepers)');
      expect(article.markdown).toContain('```text\n1902-01-03');
      expect(article.text).toContain('The lamp room, restored in 1998.\nThe keepers');
      expect(article.wordCount).toBeGreaterThan(90);
    },
    SLOW,
  );

  it(
    'prints Markdown by default, and text (the body, or the title first when asked) or an HTML document on request',
    async () => {
      const [markdown, text, titled, html] = await Promise.all([
        runCli(['extract', fixture('article.html')]),
        runCli(['extract', fixture('article.html'), '--format=text']),
        runCli(['extract', fixture('article.html'), '--format=text', '--with-title']),
        runCli(['extract', fixture('article.html'), '--format', 'html']),
      ]);
      expect(markdown.stdout).toMatch(/^# Lighthouse keepers of the north coast\n\nFor more than a century/);
      expect(text.stdout).toMatch(/^For more than a century/);
      expect(titled.stdout).toMatch(/^Lighthouse keepers of the north coast\n\nFor more than a century/);
      expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
      expect(html.stdout).not.toContain('<script');
    },
    SLOW,
  );

  it(
    'decodes a page in its declared charset',
    async () => {
      const run = await runCli(['extract', fixture('latin1.html'), '--format', 'text']);
      expect(run.stdout).toContain('Été comme hiver, à côté du phare.');
    },
    SLOW,
  );

  it(
    'goes on after a bad input, prints one line per failure and NDJSON for the rest, and exits 1',
    async () => {
      const run = await runCli([
        'extract',
        fixture('article.html'),
        fixture('missing.html'),
        fixture('no-article.html'),
        fixture('latin1.html'),
        '--format',
        'json',
      ]);
      expect(run.status).toBe(1);
      const lines = run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.map((line) => line.source)).toEqual([fixture('article.html'), fixture('latin1.html')]);
      const errors = run.stderr.trim().split('\n');
      expect(errors).toEqual([
        `liseuse: ${fixture('missing.html')}: no such file. Check the path (or give a full http(s):// address).`,
        expect.stringMatching(
          /^liseuse: .*no-article\.html: no article found in this page\. Check that it is an article page/,
        ),
      ]);
    },
    SLOW,
  );

  it(
    'explains a usage error in one line and exits 2',
    async () => {
      const [format, nothing, badUrl, badInput] = await Promise.all([
        runCli(['extract', fixture('article.html'), '--format', 'pdf']),
        runCli(['extract']),
        runCli(['extract', fixture('article.html'), '--url', 'http://exa mple.org/a']),
        runCli(['extract', 'https://']),
      ]);
      expect(format).toMatchObject({
        status: 2,
        stdout: '',
        stderr: 'liseuse: unknown format "pdf". Use one of: json, markdown, html, text.\n',
      });
      expect(nothing.status).toBe(2);
      expect(nothing.stderr.trim().split('\n')).toHaveLength(1);
      expect(badUrl).toMatchObject({ status: 2, stdout: '' });
      expect(badUrl.stderr).toMatch(
        /^liseuse: --url needs a valid http\(s\) address such as https:\/\/example\.org\/article, not "http:\/\/exa mple\.org\/a"\.\n$/,
      );
      expect(badInput).toMatchObject({
        status: 2,
        stdout: '',
        stderr: 'liseuse: "https://" is not a valid http(s) address.\n',
      });
    },
    SLOW,
  );

  it(
    'refuses binary input with one clear line, at once',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'liseuse-binary-'));
      const random = join(dir, 'random.html');
      writeFileSync(random, randomBytes(2 * 1024 * 1024));
      const pdf = join(dir, 'paper.html');
      writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj');
      const run = await runCli(['extract', random, pdf]);
      expect(run).toMatchObject({ status: 1, stdout: '' });
      expect(run.stderr.trim().split('\n')).toEqual([
        `liseuse: ${random}: this is binary data, not a web page. Give a saved HTML page or the address of an article.`,
        `liseuse: ${pdf}: this is a PDF document, not a web page. Give a saved HTML page or the address of an article.`,
      ]);
    },
    SLOW,
  );

  it(
    'decodes a UTF-8 page whose <meta charset> comes after a large head',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'liseuse-utf8-'));
      const file = join(dir, 'late-meta.html');
      const filler = `<meta name="filler" content="${'x'.repeat(200)}">\n`.repeat(30);
      writeFileSync(
        file,
        `<!DOCTYPE html><html><head>${filler}<meta charset="utf-8"><title>Café</title></head><body><article>` +
          `<p>${'We’d walk to the café at dawn, when the streets were still empty and the bakers already busy. '.repeat(5)}</p>` +
          '</article></body></html>',
      );
      const run = await runCli(['extract', file, '--format', 'text']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('We’d walk to the café at dawn');
      expect(run.stdout).not.toContain('â€™');
    },
    SLOW,
  );

  it(
    'prints help and the version',
    async () => {
      const [help, version] = await Promise.all([runCli(['--help']), runCli(['--version'])]);
      expect(help.stdout).toContain('Usage: liseuse extract FILE_OR_URL...');
      expect(version.stdout).toBe(`liseuse ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
    },
    SLOW,
  );
});

describe('liseuse extract URL', () => {
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    const article = readFileSync(fixture('article.html'));
    server = createServer((request, response) => {
      if (request.url === '/moved') {
        response.writeHead(301, { location: '/2024/keepers' }).end();
      } else if (request.url === '/2024/keepers') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
      } else if (request.url === '/file.pdf') {
        response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      } else {
        response.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

  it(
    'downloads a page, follows redirects and resolves images against the final address',
    async () => {
      const run = await runCli(['extract', `${origin}/moved`, '--format', 'json']);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).leadImage).toBe(`${origin}/2024/images/lamp.jpg`);
    },
    SLOW,
  );

  it(
    'reports HTTP errors, non-HTML answers and unreachable hosts in one line each',
    async () => {
      const closed = createServer();
      await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
      const deadPort = (closed.address() as AddressInfo).port;
      await new Promise<void>((done) => closed.close(() => done()));

      const run = await runCli(['extract', `${origin}/missing`, `${origin}/file.pdf`, `http://127.0.0.1:${deadPort}/`]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      const errors = run.stderr.trim().split('\n');
      expect(errors).toHaveLength(3);
      expect(errors[0]).toContain('the server answered HTTP 404. Check the address');
      expect(errors[1]).toContain('this address is not a web page (application/pdf)');
      expect(errors[2]).toMatch(/cannot reach the site \(.+\)\. Check the address and your connection/);
    },
    SLOW,
  );
});
