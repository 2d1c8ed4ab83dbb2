import { LINE_ELEMENTS } from '../shared/block-elements';

// A table row is one line, its cells separated by a tab.
const BLOCKS = LINE_ELEMENTS;

/** Elements whose text is never read: code that runs, styles, and fallbacks for other browsers. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);

/** Plain text of an article body, one line per block. */
export function toPlainText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  // Indentation is meaningful in preformatted text (code), noise anywhere else.
  let lineIsPre = false;
  const breakLine = () => {
    const text = lineIsPre ? line.replace(/\s+$/, '') : line.replace(/[ \t]+$/g, '').replace(/^ +/, '');
    if (text.trim().length > 0) lines.push(text);
    line = '';
    lineIsPre = false;
  };

  const walk = (node: Node, inPre: boolean): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (inPre) {
          // Preformatted text keeps its own line structure.
          const parts = value.split('\n');
          parts.forEach((part, index) => {
            if (index > 0) breakLine();
            line += part;
            lineIsPre = true;
          });
        } else {
          const collapsed = value.replace(/\s+/g, ' ');
          line += line.endsWith(' ') || line.length === 0 ? collapsed.replace(/^ /, '') : collapsed;
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = (child as Element).localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        breakLine();
        continue;
      }
      if (name === 'td' || name === 'th') {
        if (line.trim().length > 0) line = `${line.trimEnd()}\t`;
        walk(child, inPre);
        continue;
      }
      const block = BLOCKS.has(name);
      if (block) breakLine();
      walk(child, inPre || name === 'pre');
      if (block) breakLine();
    }
  };

  walk(root, false);
  breakLine();
  return lines.join('\n');
}
