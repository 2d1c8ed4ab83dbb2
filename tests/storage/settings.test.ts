import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_READER_SETTINGS, normalizeReaderSettings } from '../../lib/shared/reader-settings';
import { readerSettings } from '../../lib/storage/settings';
import { applyReaderStyle } from '../../lib/reader/reader-style';
import { readOutline, wantsOutline } from '../../lib/reader/outline';
import { progressAt, scrollTopFor } from '../../lib/reader/reading-progress';

describe('reader settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the defaults, and stores version 1 with the value', async () => {
    expect(await readerSettings.getValue()).toEqual(DEFAULT_READER_SETTINGS);
    await readerSettings.setValue({ ...DEFAULT_READER_SETTINGS, theme: 'sepia', fontSize: 22 });
    expect(await readerSettings.getValue()).toMatchObject({ theme: 'sepia', fontSize: 22 });
    expect(await readerSettings.getMeta()).toEqual({ v: 1 });
    expect(await fakeBrowser.storage.local.get('readerSettings$')).toEqual({ readerSettings$: { v: 1 } });
  });

  it('repairs what storage holds: partial, unknown or out-of-range values', async () => {
    // Written before a version was recorded, or by hand: the missing fields get defaults.
    await fakeBrowser.storage.local.set({ readerSettings: { theme: 'neon', fontSize: 99, lineHeight: 1.3000000004 } });
    expect(normalizeReaderSettings(await readerSettings.getValue())).toEqual({
      ...DEFAULT_READER_SETTINGS,
      fontSize: 28,
      lineHeight: 1.3,
    });
    expect(normalizeReaderSettings(null)).toEqual(DEFAULT_READER_SETTINGS);
    expect(normalizeReaderSettings({ font: 'dyslexic', lineWidth: 10 })).toMatchObject({
      font: 'dyslexic',
      lineWidth: 40,
    });
  });

  it('applies settings as CSS variables and a theme attribute ("system" leaves it to the media query)', () => {
    const root = document.createElement('html');
    applyReaderStyle(root, { theme: 'dark', font: 'dyslexic', fontSize: 20, lineWidth: 70, lineHeight: 1.8 });
    expect(root.getAttribute('data-reader-theme')).toBe('dark');
    expect(root.style.getPropertyValue('--reader-size')).toBe('20px');
    expect(root.style.getPropertyValue('--measure')).toBe('70ch');
    expect(root.style.getPropertyValue('--reader-font')).toContain('OpenDyslexic');
    applyReaderStyle(root, DEFAULT_READER_SETTINGS);
    expect(root.hasAttribute('data-reader-theme')).toBe(false);
  });
});

describe('outline and progress', () => {
  it('lists h2–h4 headings and gives them ids to link to', () => {
    const root = document.createElement('div');
    root.append(
      ...['h2', 'h3', 'p', 'h4', 'h2'].map((tag, i) =>
        Object.assign(document.createElement(tag), { textContent: `T${i}` }),
      ),
    );
    root.querySelector('h3')!.id = 'kept';
    const outline = readOutline(root);
    expect(outline.map((e) => [e.text, e.level])).toEqual([
      ['T0', 2],
      ['T1', 3],
      ['T3', 4],
      ['T4', 2],
    ]);
    expect(outline[1]!.id).toBe('kept');
    expect(root.querySelector(`#${outline[0]!.id}`)?.textContent).toBe('T0');
  });

  it('shows an outline for pieces with many headings or many words', () => {
    expect(wantsOutline(4, 300)).toBe(true);
    expect(wantsOutline(2, 2000)).toBe(true);
    expect(wantsOutline(3, 800)).toBe(false);
    expect(wantsOutline(1, 5000)).toBe(false);
  });

  it('turns scroll positions into progress and back', () => {
    expect(progressAt(500, 2000, 1000)).toBe(0.5);
    expect(progressAt(0, 800, 1000)).toBe(1);
    expect(scrollTopFor(0.5, 2000, 1000)).toBe(500);
  });
});
