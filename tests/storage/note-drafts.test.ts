import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Highlight } from '../../lib/highlights/highlight';

const { getArticleNote, putArticleNote, listHighlights, putHighlights } = vi.hoisted(() => ({
  getArticleNote: vi.fn(),
  putArticleNote: vi.fn(),
  listHighlights: vi.fn(),
  putHighlights: vi.fn(),
}));
vi.mock('../../lib/storage/highlights', () => ({ getArticleNote, putArticleNote, listHighlights, putHighlights }));
const { getArticle } = vi.hoisted(() => ({ getArticle: vi.fn() }));
vi.mock('../../lib/storage/articles', () => ({ getArticle }));

const highlight = (updatedAt: number, note: string) =>
  ({ id: 'h1', articleId: 'a1', colour: 'yellow', note, target: {}, createdAt: 1, updatedAt }) as unknown as Highlight;

/** A fresh module each time: the drafts are written once per page. */
async function drafts() {
  vi.resetModules();
  return import('../../lib/storage/note-drafts');
}

describe('note drafts left by a closed page', () => {
  beforeEach(() => {
    localStorage.clear();
    getArticleNote.mockReset().mockResolvedValue(undefined);
    putArticleNote.mockReset().mockResolvedValue({ ok: true, note: null });
    listHighlights.mockReset().mockResolvedValue([]);
    putHighlights.mockReset().mockResolvedValue({ ok: true });
    getArticle.mockReset().mockResolvedValue({ id: 'a1' });
  });

  it('writes an article note newer than the stored one, with the time it was typed, then forgets it', async () => {
    const { keepNoteDraft, writeNoteDrafts } = await drafts();
    getArticleNote.mockResolvedValue({ text: 'Old', updatedAt: 10 });
    keepNoteDraft({ kind: 'article-note', articleId: 'a1', text: 'Typed', at: 20, base: 10 });
    await writeNoteDrafts();
    expect(putArticleNote).toHaveBeenCalledWith('a1', 'Typed', { now: 20, base: 10 });
    expect(localStorage.length).toBe(0);
  });

  it('hands a note stored after the typing to the write too, which keeps it as it is when it holds the draft (storage tests)', async () => {
    const { keepNoteDraft, writeNoteDrafts } = await drafts();
    getArticleNote.mockResolvedValue({ text: 'Typed\nthen more', updatedAt: 30 });
    keepNoteDraft({ kind: 'article-note', articleId: 'a1', text: 'Typed', at: 20, base: 10 });
    await writeNoteDrafts();
    expect(putArticleNote).toHaveBeenCalledWith('a1', 'Typed', { now: 20, base: 10 });
    expect(localStorage.length).toBe(0);
  });

  it('hands a note another tab wrote before the typing to the write, with the note it was based on (both kept)', async () => {
    const { keepNoteDraft, writeNoteDrafts } = await drafts();
    getArticleNote.mockResolvedValue({ text: 'From the other tab', updatedAt: 15 });
    keepNoteDraft({ kind: 'article-note', articleId: 'a1', text: 'Typed', at: 20, base: 10 });
    await writeNoteDrafts();
    expect(putArticleNote).toHaveBeenCalledWith('a1', 'Typed', { now: 20, base: 10 });
    expect(localStorage.length).toBe(0);
  });

  it("hands the page's last keep-both write to the write, so that the draft replaces the reader's older lines in it", async () => {
    const { keepNoteDraft, writeNoteDrafts } = await drafts();
    getArticleNote.mockResolvedValue({ text: 'Other\nMine', updatedAt: 30 });
    const lastKeptBoth = { updatedAt: 30, otherVersion: 'Other' };
    keepNoteDraft({ kind: 'article-note', articleId: 'a1', text: 'Mine, edited', at: 40, base: 10, lastKeptBoth });
    await writeNoteDrafts();
    expect(putArticleNote).toHaveBeenCalledWith('a1', 'Mine, edited', { now: 40, base: 10, lastKeptBoth });
    expect(localStorage.length).toBe(0);
  });

  it('does not bring back a note cleared or deleted since, nor write one for a deleted article', async () => {
    const { keepNoteDraft, writeNoteDrafts } = await drafts();
    keepNoteDraft({ kind: 'article-note', articleId: 'a1', text: 'Typed', at: 20, base: 10 });
    await writeNoteDrafts();
    expect(putArticleNote).not.toHaveBeenCalled();

    const again = await drafts();
    getArticle.mockResolvedValue(undefined);
    again.keepNoteDraft({ kind: 'article-note', articleId: 'a1', text: 'First note', at: 20, base: null });
    await again.writeNoteDrafts();
    expect(putArticleNote).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });

  it('writes the first note of an article that is still there', async () => {
    const { keepNoteDraft, writeNoteDrafts } = await drafts();
    keepNoteDraft({ kind: 'article-note', articleId: 'a1', text: 'First note', at: 20, base: null });
    await writeNoteDrafts();
    expect(putArticleNote).toHaveBeenCalledWith('a1', 'First note', { now: 20, base: null });
  });

  it('writes a highlight note newer than the stored highlight, and never brings back a deleted one', async () => {
    const { keepNoteDraft, writeNoteDrafts } = await drafts();
    listHighlights.mockResolvedValue([highlight(10, '')]);
    keepNoteDraft({ kind: 'highlight', highlight: highlight(20, 'Ma note') });
    await writeNoteDrafts();
    expect(putHighlights).toHaveBeenCalledWith('a1', [highlight(20, 'Ma note')]);

    const again = await drafts();
    listHighlights.mockResolvedValue([]);
    putHighlights.mockClear();
    again.keepNoteDraft({ kind: 'highlight', highlight: highlight(30, 'Plus tard') });
    await again.writeNoteDrafts();
    expect(putHighlights).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });

  it('keeps a draft whose write failed, for the next page', async () => {
    const { keepNoteDraft, writeNoteDrafts } = await drafts();
    getArticleNote.mockResolvedValue({ text: 'Old', updatedAt: 10 });
    putArticleNote.mockResolvedValue({ ok: false, reason: 'quota' });
    keepNoteDraft({ kind: 'article-note', articleId: 'a1', text: 'Typed', at: 20, base: 10 });
    await writeNoteDrafts();
    expect(localStorage.length).toBe(1);
  });
});
