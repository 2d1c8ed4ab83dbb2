/**
 * Class names that carry a code block's language: "language-js" (HTML spec recommendation,
 * Prism, highlight.js), "lang-js" (Google Prettify), "highlight-source-js" (GitHub).
 */
export const LANGUAGE_CLASS = /(?:^|\s)((?:language|lang|highlight-source)-([\w+#.-]+))/;

/**
 * The language classes used on code blocks under `root`. Readability strips every class it is
 * not told to keep, and the Markdown export needs these to label fenced code blocks.
 */
export function codeLanguageClasses(root: ParentNode): string[] {
  const found = new Set<string>();
  for (const element of Array.from(root.querySelectorAll('pre, pre > code, div[class*="highlight-source-"]'))) {
    for (const name of (element.getAttribute('class') ?? '').split(/\s+/)) {
      if (LANGUAGE_CLASS.test(name)) found.add(name);
    }
  }
  return [...found];
}
