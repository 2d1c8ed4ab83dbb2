import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { followOtherTabs, type OtherTabsFollower } from '../../lib/reader/follow-other-tabs';

const otherTab = new BroadcastChannel('liseuse:announcements');
const announce = (kind: 'notes-changed' | 'highlights-changed', articleId = 'a1') =>
  otherTab.postMessage({ kind, articleId, from: 'other-tab' });
/** Long enough for a BroadcastChannel message to arrive (it has no event to await when it must not be heard). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 30));
afterAll(() => otherTab.close());
/** A read that gives what shows it at once. */
const reader = () => vi.fn(() => Promise.resolve(() => undefined));

describe('following another tab', () => {
  let follower: OtherTabsFollower | null = null;
  afterEach(() => follower?.stop());

  it('reads at once when the page is idle, and only its kind for its article', async () => {
    const read = reader();
    follower = followOtherTabs('notes-changed', 'a1', () => false, read);
    follower.started();
    announce('highlights-changed');
    announce('notes-changed', 'a2');
    announce('notes-changed');
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    await delivered();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('holds a change announced during the first read until that read is shown', async () => {
    const read = reader();
    follower = followOtherTabs('highlights-changed', 'a1', () => false, read);
    announce('highlights-changed');
    await delivered();
    expect(read).not.toHaveBeenCalled();
    follower.started();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('holds a change while the page is busy and reads it once the page settles', async () => {
    const read = reader();
    let busy = true;
    follower = followOtherTabs('notes-changed', 'a1', () => busy, read);
    follower.started();
    announce('notes-changed');
    await delivered();
    expect(read).not.toHaveBeenCalled();
    follower.settled();
    expect(read).not.toHaveBeenCalled();
    busy = false;
    follower.settled();
    expect(read).toHaveBeenCalledTimes(1);
    // Nothing held any more: settling again reads nothing.
    follower.settled();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again after a read that came back to a busy page and was held', async () => {
    let busy = false;
    const show = vi.fn();
    const read = vi.fn(() => {
      // The page starts writing while the read is under way.
      busy = true;
      return Promise.resolve(show);
    });
    follower = followOtherTabs('notes-changed', 'a1', () => busy, read);
    follower.started();
    announce('notes-changed');
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    await delivered();
    expect(show).not.toHaveBeenCalled();
    busy = false;
    read.mockImplementation(() => Promise.resolve(show));
    follower.settled();
    expect(read).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(show).toHaveBeenCalledTimes(1));
  });

  it('reads nothing once stopped', async () => {
    const read = reader();
    follower = followOtherTabs('notes-changed', 'a1', () => true, read);
    follower.started();
    announce('notes-changed');
    await delivered();
    follower.stop();
    follower.settled();
    announce('notes-changed');
    await delivered();
    expect(read).not.toHaveBeenCalled();
  });
});
