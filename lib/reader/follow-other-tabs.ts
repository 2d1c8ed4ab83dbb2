import { onAnnouncement, type PageAnnouncement } from '../shared/messages';

/**
 * What a reader page does when another tab changes the same article's note or highlights: read
 * them again at once when this page has nothing of its own under way, else once it has (so a
 * read never shows a record older than what this page just wrote or typed).
 */
export interface OtherTabsFollower {
  /** This page's first read is shown: a change announced while it was under way is read now. */
  started(): void;
  /** This page's own work ended: a read held meanwhile runs now, unless other work still is under way. */
  settled(): void;
  stop(): void;
}

/**
 * Follows `kind` announcements for `articleId`. `busy` says whether this page has work under way;
 * `read` reads the records again and gives what shows them (nothing when the read failed).
 */
export function followOtherTabs(
  kind: PageAnnouncement['kind'],
  articleId: string,
  busy: () => boolean,
  read: () => Promise<(() => void) | undefined>,
): OtherTabsFollower {
  let started = false;
  // Announced before the first read was shown: that read may be older than the change.
  let announcedEarly = false;
  let held = false;
  let stopped = false;
  const readIfIdle = () => {
    if (stopped) return;
    if (busy()) {
      held = true;
      return;
    }
    held = false;
    void read().then((show) => {
      if (stopped || !show) return;
      // The page got busy while the read was under way: what it read may be older than what the
      // page is writing, so it is read again once the page settles.
      if (busy()) held = true;
      else show();
    });
  };
  const stopListening = onAnnouncement((event) => {
    if (event.kind !== kind || event.articleId !== articleId) return;
    if (started) readIfIdle();
    else announcedEarly = true;
  });
  return {
    started() {
      started = true;
      if (announcedEarly) readIfIdle();
    },
    settled() {
      if (held) readIfIdle();
    },
    stop() {
      stopped = true;
      held = false;
      stopListening();
    },
  };
}
