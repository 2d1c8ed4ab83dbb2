import type { ReaderSettings } from '../shared/reader-settings';

const FONT_STACKS = {
  serif: 'var(--serif)',
  sans: 'var(--sans)',
  // Bundled from @fontsource/opendyslexic (components/reader/reader.css): no network needed.
  dyslexic: "'OpenDyslexic', var(--sans)",
} as const;

/**
 * Applies reader settings to a page: CSS custom properties read by reader.css, and the theme as
 * `data-reader-theme` ("system" leaves the attribute off so prefers-color-scheme decides).
 */
export function applyReaderStyle(root: HTMLElement, settings: ReaderSettings): void {
  root.style.setProperty('--reader-font', FONT_STACKS[settings.font]);
  root.style.setProperty('--reader-size', `${settings.fontSize}px`);
  root.style.setProperty('--measure', `${settings.lineWidth}ch`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
  if (settings.theme === 'system') root.removeAttribute('data-reader-theme');
  else root.setAttribute('data-reader-theme', settings.theme);
  root.dataset.readerFont = settings.font;
}
