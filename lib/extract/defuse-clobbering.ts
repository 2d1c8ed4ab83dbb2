import { builtIn, builtInMethod, builtInNames } from './built-in';

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
  const elementsByTag = builtIn<(tag: string) => HTMLCollectionOf<Element>>(doc, 'getElementsByTagName');
  const documentElement = builtIn<Element | null>(doc, 'documentElement');
  if (!documentElement) return;
  const getAttribute = builtInMethod<[string], string | null>(documentElement, 'getAttribute');
  const removeAttribute = builtInMethod<[string], void>(documentElement, 'removeAttribute');
  const formProperties = builtInNames(builtIn<(tag: string) => Element>(doc, 'createElement')('form'));
  const documentProperties = builtInNames(doc);
  for (const tag of new Set([...FORM_NAMED, ...DOCUMENT_NAMED])) {
    for (const element of Array.from(elementsByTag(tag))) {
      for (const attribute of ['name', 'id']) {
        const value = getAttribute.call(element, attribute);
        if (value === null) continue;
        const shadows =
          (FORM_NAMED.has(tag) && formProperties.has(value)) ||
          (DOCUMENT_NAMED.has(tag) && documentProperties.has(value));
        if (shadows) removeAttribute.call(element, attribute);
      }
    }
  }
}
