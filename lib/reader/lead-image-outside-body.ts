/**
 * The lead image to show above an article body, or null when there is none or the body already
 * shows it (no image twice).
 */
export function leadImageOutsideBody(leadImage: string | null, bodyHtml: string): string | null {
  if (!leadImage) return null;
  // Serialized HTML escapes "&" in attributes; look for both spellings.
  const inBody = bodyHtml.includes(leadImage) || bodyHtml.includes(leadImage.replaceAll('&', '&amp;'));
  return inBody ? null : leadImage;
}
