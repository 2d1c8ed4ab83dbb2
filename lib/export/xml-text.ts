/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF): a page may carry them. */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Removes the characters XML 1.0 cannot hold, so an exported file is always well-formed. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escapes text for an XML element or a double-quoted attribute (and makes it XML-safe). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string,
  );
}

/** A language tag fit for `xml:lang` and `dc:language`, or `fallback` when `lang` is not one. */
export function languageTag(lang: string | null, fallback: string): string {
  const tag = lang?.trim().replace(/_/g, '-') ?? '';
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : fallback;
}
