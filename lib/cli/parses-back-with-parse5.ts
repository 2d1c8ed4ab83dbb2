import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { leadingWhitespace, type ParsesBackTo } from '../shared/sanitize';

type ParsedNode = DefaultTreeAdapterTypes.ChildNode;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * The sanitizer's proof (lib/shared/sanitize.ts) made with parse5, the parser jsdom itself parses
 * with, into parse5's plain objects instead of a jsdom document: under jsdom, building the DOM
 * of the parsed HTML cost about as much as sanitizing it (BENCHMARKS.md). Same verdict as
 * parsing with the jsdom window: a document in quirks mode, scripting off as in DOMParser, the
 * leading whitespace kept in front of the body's children.
 */
export const parsesBackWithParse5: ParsesBackTo = (html, body) => {
  const parsedBody = bodyOf(parse(html, { scriptingEnabled: false }));
  if (!parsedBody) return false;
  const leading = leadingWhitespace(html);
  const ours = body.childNodes;
  if (!leading) return sameNodes(ours, 0, parsedBody.childNodes);
  const first = ours[0];
  return first?.nodeType === TEXT_NODE && (first as Text).data === leading && sameNodes(ours, 1, parsedBody.childNodes);
};

function bodyOf(document: DefaultTreeAdapterTypes.Document): DefaultTreeAdapterTypes.Element | undefined {
  const root = document.childNodes.find((node) => node.nodeName === 'html') as DefaultTreeAdapterTypes.Element;
  return root?.childNodes.find((node) => node.nodeName === 'body') as DefaultTreeAdapterTypes.Element | undefined;
}

/** Whether `ours` from `offset` on and `theirs` are equal trees, as `Node.isEqualNode` compares. */
function sameNodes(ours: NodeListOf<ChildNode>, offset: number, theirs: ParsedNode[]): boolean {
  if (ours.length - offset !== theirs.length) return false;
  for (let i = 0; i < theirs.length; i += 1) {
    if (!sameNode(ours[offset + i]!, theirs[i]!)) return false;
  }
  return true;
}

function sameNode(ours: ChildNode, theirs: ParsedNode): boolean {
  switch (ours.nodeType) {
    case TEXT_NODE:
      return theirs.nodeName === '#text' && (theirs as DefaultTreeAdapterTypes.TextNode).value === (ours as Text).data;
    case COMMENT_NODE:
      return (
        theirs.nodeName === '#comment' &&
        (theirs as DefaultTreeAdapterTypes.CommentNode).data === (ours as Comment).data
      );
    case ELEMENT_NODE:
      return 'tagName' in theirs && sameElement(ours as Element, theirs);
    default:
      return false;
  }
}

function sameElement(ours: Element, theirs: DefaultTreeAdapterTypes.Element): boolean {
  if (ours.localName !== theirs.tagName || ours.namespaceURI !== theirs.namespaceURI || ours.prefix !== null) {
    return false;
  }
  // A template's children live in its content, which this comparison does not walk: no verdict
  // is given on one (the sanitizer forbids them, so none should be there).
  if (theirs.tagName === 'template' && theirs.namespaceURI === HTML_NAMESPACE) return false;
  if (ours.attributes.length !== theirs.attrs.length) return false;
  for (const attribute of theirs.attrs) {
    // (namespace, local name) is unique on an element, so equal counts and every match make equal sets.
    if (ours.getAttributeNS(attribute.namespace ?? null, attribute.name) !== attribute.value) return false;
  }
  return sameNodes(ours.childNodes, 0, theirs.childNodes);
}
