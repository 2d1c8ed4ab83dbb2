/**
 * Escapes plain text (a quote from an article, a title) so Markdown shows it as it is: no
 * emphasis from `*` or `_`, no link from `[`, no HTML from `<`, no Obsidian tag from `#word`,
 * math from `$`, highlight from `==`, comment from `%%` or footnote from `^`, and no heading,
 * list or quote from what a line starts with.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>$^]/g, '\\$&')
        .replace(/#(?=\S)/g, '\\#')
        .replace(/([=~%])(?=\1)/g, '\\$1')
        .replace(/^(\s*)([#+-])(?=\s|$)/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('\n');
}

/** A blockquote's lines: every line of `text` after the first starts with "> ". */
export function continueQuote(text: string): string {
  return text.split('\n').join('\n> ');
}
