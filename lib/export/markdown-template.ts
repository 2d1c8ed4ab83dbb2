import Mustache from 'mustache';

/**
 * The Markdown export's template, in Mustache's logic-less syntax (mustache.js interprets it: no
 * eval or new Function, which the extension's CSP forbids). Values are inserted as they are;
 * the view (lib/export/markdown-notes.ts) has already escaped what Markdown or YAML needs.
 * Variables are listed in README ("Markdown template"). The default, for Obsidian and Logseq:
 * YAML front matter, the article note, then each highlight as a blockquote with its colour as a
 * tag, a block id that stays the same at every export (`^hl-<id>`), and its note under it.
 */
export const DEFAULT_MARKDOWN_TEMPLATE = `---
title: {{yaml.title}}
url: {{yaml.url}}
{{#author}}
author: {{yaml.author}}
{{/author}}
{{#site}}
site: {{yaml.site}}
{{/site}}
saved: {{yaml.saved}}
{{#published}}
published: {{yaml.published}}
{{/published}}
tags: {{yaml.tags}}
liseuse-id: {{yaml.id}}
---

# {{heading}}

{{#note}}
{{note}}

{{/note}}
{{#highlights}}
> {{quote}}
> #highlight/{{colour}}

^{{blockId}}

{{#note}}
{{note}}

{{/note}}
{{/highlights}}
`;

/** Whether a template can be used, and if not the parser's own words and where it stopped. */
export type TemplateCheck = { ok: true } | { ok: false; message: string };

/**
 * Every name a template may use (README, "Markdown template"). Mustache looks names up along
 * the prototype chain and calls what it finds, so `{{constructor}}` would call Object: only
 * these names are allowed, which also catches a typo in a variable's name.
 */
export const TEMPLATE_NAMES: ReadonlySet<string> = new Set([
  'title',
  'heading',
  'url',
  'author',
  'site',
  'saved',
  'published',
  'tags',
  'id',
  'yaml',
  'note',
  'highlights',
  'blockId',
  'quote',
  'text',
  'colour',
  'created',
]);

type Token = [type: string, value: string, start: number, end: number, children?: Token[]];

function unknownName(tokens: readonly Token[]): string | null {
  for (const [type, value, , , children] of tokens) {
    if (type === '>') return `>${value}`;
    if (
      ['name', '&', '#', '^'].includes(type) &&
      value !== '.' &&
      !value.split('.').every((part) => TEMPLATE_NAMES.has(part))
    )
      return value;
    const inner = children ? unknownName(children) : null;
    if (inner) return inner;
  }
  return null;
}

/** Parses a template the reader wrote (the options page checks it before saving). */
export function checkTemplate(template: string): TemplateCheck {
  try {
    const unknown = unknownName(Mustache.parse(template) as Token[]);
    return unknown === null ? { ok: true } : { ok: false, message: `Unknown variable: {{${unknown}}}` };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Renders a Markdown template with a view; `{{x}}` and `{{{x}}}` both insert values unescaped.
 * Throws with checkTemplate's message when the template cannot be used.
 */
export function renderTemplate(template: string, view: object): string {
  const check = checkTemplate(template);
  if (!check.ok) throw new Error(check.message);
  // No partials: a template cannot pull in anything but itself.
  return Mustache.render(template, view, {}, { escape: (value: unknown) => String(value) });
}
