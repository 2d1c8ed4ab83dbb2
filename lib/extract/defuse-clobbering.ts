import { builtIn, builtInGetter, builtInMethod, builtInNames } from './built-in';

/** Elements a form exposes as its properties, by name or id: its listed controls and images. */
const FORM_NAMED = new Set(['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img']);
/** Elements the document exposes as its properties: by name, and object (and named img) by id. */
const DOCUMENT_NAMED = new Set(['embed', 'form', 'iframe', 'img', 'object']);

/**
 * Removes every `name` and `id` that would shadow a DOM property of a form or of the document
 * (DOM clobbering): `<input name="parentNode">` makes `form.parentNode` that input, which sends
 * Readability into an endless loop; `<img name="querySelectorAll">` makes the document's method an
 * image. Run on the pipeline's own copy of the page, before anything reads it; it reaches
 * elements only through built-in methods, so a clobbered page cannot stop it either. Names and
 * ids of form controls are no article content, and the sanitizer would drop these ones anyway.
 */
export function defuseClobbering(doc: Document): void {
  const documentElement = builtIn<Element | null>(doc, 'documentElement');
  if (!documentElement) return;
  const localNameOf = builtInGetter<string>(documentElement, 'localName');
  const getAttribute = builtInMethod<[string], string | null>(documentElement, 'getAttribute');
  const removeAttribute = builtInMethod<[string], void>(documentElement, 'removeAttribute');
  const formProperties = builtInNames(builtIn<(tag: string) => Element>(doc, 'createElement')('form'));
  const documentProperties = builtInNames(doc);
  // One walk over every element: a walk per tag was 13 walks of the whole page. A tree walker,
  // since jsdom reads a collection of every element one proxied index at a time.
  const walker = builtIn<(root: Node, whatToShow: number) => TreeWalker>(doc, 'createTreeWalker')(
    documentElement,
    1 /* SHOW_ELEMENT */,
  );
  for (let element: Node | null = documentElement; element; element = walker.nextNode()) {
    const tag = localNameOf.call(element);
    const formNamed = FORM_NAMED.has(tag);
    const documentNamed = DOCUMENT_NAMED.has(tag);
    if (!formNamed && !documentNamed) continue;
    for (const attribute of ['name', 'id']) {
      const value = getAttribute.call(element, attribute);
      if (value === null) continue;
      const shadows = (formNamed && formProperties.has(value)) || (documentNamed && documentProperties.has(value));
      if (shadows) removeAttribute.call(element, attribute);
    }
  }
}
