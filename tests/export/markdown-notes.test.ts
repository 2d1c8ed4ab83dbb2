// @vitest-environment jsdom
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownText } from '../../lib/export/markdown-escape';
import { notesToMarkdown } from '../../lib/export/markdown-notes';
import { checkTemplate, DEFAULT_MARKDOWN_TEMPLATE, renderTemplate } from '../../lib/export/markdown-template';
import { yamlString } from '../../lib/export/yaml';
import { fixtureArticleNotes, TRICKY_ARTICLE } from './notes-fixtures';

const frontMatter = (markdown: string) => load(markdown.split('---\n')[1]) as Record<string, unknown>;

describe('Markdown export', () => {
  it('matches the golden files (quotes, commas, newlines, #, YAML specials, Markdown notes, RTL, no author or date)', async () => {
    const [tricky, rtl, bare] = fixtureArticleNotes();
    await expect(notesToMarkdown(tricky)).toMatchFileSnapshot('golden/tricky.md');
    await expect(notesToMarkdown(rtl)).toMatchFileSnapshot('golden/rtl.md');
    await expect(notesToMarkdown(bare)).toMatchFileSnapshot('golden/bare.md');
  });

  it('writes front matter that a YAML parser reads back to the same values', () => {
    const [tricky, , bare] = fixtureArticleNotes();
    expect(frontMatter(notesToMarkdown(tricky))).toEqual({
      title: TRICKY_ARTICLE.title,
      url: TRICKY_ARTICLE.url,
      author: TRICKY_ARTICLE.byline,
      site: TRICKY_ARTICLE.siteName,
      saved: new Date('2026-11-26'),
      published: new Date('2025-04-02'),
      tags: ['read-later', 'ia', 'yaml:-special'],
      'liseuse-id': TRICKY_ARTICLE.id,
    });
    const bareFields = frontMatter(notesToMarkdown(bare));
    expect(Object.keys(bareFields)).toEqual(['title', 'url', 'saved', 'tags', 'liseuse-id']);
  });

  it('gives every highlight a block id from its own id, the same at every export', () => {
    const [tricky] = fixtureArticleNotes();
    const first = notesToMarkdown(tricky);
    const ids = [...first.matchAll(/^\^(hl-[0-9a-f-]+)$/gm)].map((match) => match[1]);
    expect(ids).toHaveLength(tricky.highlights.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const highlight of tricky.highlights) expect(ids).toContain(`hl-${highlight.id}`);
    expect(notesToMarkdown(fixtureArticleNotes()[0])).toBe(first);
  });

  it('renders a template the reader wrote, and reports one that does not parse', () => {
    const [tricky] = fixtureArticleNotes();
    const template =
      '{{title}} by {{author}}{{#highlights}}\n* {{text}} ({{colour}}){{/highlights}}{{^highlights}}none{{/highlights}}';
    expect(notesToMarkdown(tricky, template).split('\n')[2]).toBe(
      '* le prix est de $5 et *pas* plus, voir [la note] ou <ceci> (yellow)',
    );
    expect(checkTemplate(DEFAULT_MARKDOWN_TEMPLATE)).toEqual({ ok: true });
    const broken = checkTemplate('{{#highlights}} never closed');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toMatch(/highlights/);
  });

  it('never runs code from a template and inserts values as they are', () => {
    expect(renderTemplate('{{title}} {{{title}}} {{&title}} {{=<% %>=}}<% title %>', { title: '<b>&' })).toBe(
      '<b>& <b>& <b>& <b>&',
    );
    for (const template of [
      '{{constructor}}',
      '{{highlights.constructor.constructor}}',
      '{{#__proto__}}x{{/__proto__}}',
      '{{> partial}}',
    ]) {
      expect(checkTemplate(template).ok).toBe(false);
      expect(() => renderTemplate(template, {})).toThrow(/Unknown variable/);
    }
  });

  it('escapes what Markdown would read as markup', () => {
    expect(escapeMarkdownText('# a *b* _c_ [d](e) <f> $g C# #tag ==h== %%i 1. j')).toBe(
      '\\# a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\$g C# \\#tag \\==h\\== \\%%i 1. j',
    );
    expect(escapeMarkdownText('- item\n2. item\n+ item')).toBe('\\- item\n2\\. item\n\\+ item');
    expect(yamlString('a\n"b"\\ \u0007')).toBe('"a\\n\\"b\\"\\\\ \\u0007"');
  });
});
