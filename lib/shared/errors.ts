/**
 * Every reason an action can fail, as returned in `{ ok: false, reason }` values across the
 * extension (extraction, saving, storage, Save link). Each maps to one i18n message below.
 */
export type Reason =
  /** chrome://, about:, the Web Store, view-source:, file:// without access… */
  | 'restricted-page'
  /** The page was scripted but holds no readable article. */
  | 'no-article'
  /** Readability ran past its budget on a pathological page. */
  | 'timeout'
  /** A PDF document (by content type, URL or Chrome's PDF viewer). */
  | 'pdf'
  /** The tab was still loading and what is there so far holds no article. */
  | 'still-loading'
  /** The extension may not script this tab: the popup was not opened by the user on it. */
  | 'no-access'
  /** The tab closed or navigated away before the extraction finished. */
  | 'tab-gone'
  /** The page itself failed to load (the browser shows its own error page: no connection, DNS). */
  | 'load-failed'
  /** The browser refused to store more data. */
  | 'quota'
  /** Storing failed for another reason (database blocked, disk error…). */
  | 'save-failed'
  /** The library was written by a newer Liseuse than this one (after a downgrade). */
  | 'newer-database'
  /** The article to delete, restore or read is not in the library. */
  | 'not-found'
  /** Save link: the link could not be downloaded (network error, HTTP error, not HTML). */
  | 'fetch-failed'
  /** Save link: reading another site needs a permission the user has not granted. */
  | 'permission-needed';

/** i18n message key (public/_locales/{en,fr}/messages.json) for each reason. */
export const REASON_MESSAGE_KEYS = {
  'restricted-page': 'errorRestrictedPage',
  'no-article': 'errorNoArticle',
  timeout: 'errorTimeout',
  pdf: 'errorPdf',
  'still-loading': 'errorStillLoading',
  'no-access': 'errorNoAccess',
  'tab-gone': 'errorTabGone',
  'load-failed': 'errorLoadFailed',
  quota: 'errorQuota',
  'save-failed': 'errorSaveFailed',
  'newer-database': 'errorNewerDatabase',
  'not-found': 'errorNotFound',
  'fetch-failed': 'errorFetchFailed',
  'permission-needed': 'errorPermissionNeeded',
} as const satisfies Record<Reason, string>;

/**
 * i18n key of the heading for each reason: each state says what it is ("This page didn't load",
 * "No article on this page"), not one alarming "error" for all.
 */
export const REASON_HEADING_KEYS = {
  'restricted-page': 'headingRestrictedPage',
  'no-article': 'headingNoArticle',
  timeout: 'headingTimeout',
  pdf: 'headingPdf',
  'still-loading': 'headingStillLoading',
  'no-access': 'headingNoAccess',
  'tab-gone': 'headingTabGone',
  'load-failed': 'headingLoadFailed',
  quota: 'headingQuota',
  'save-failed': 'headingSaveFailed',
  'newer-database': 'headingNewerDatabase',
  'not-found': 'headingNotFound',
  'fetch-failed': 'headingFetchFailed',
  'permission-needed': 'headingPermissionNeeded',
} as const satisfies Record<Reason, string>;

/** Returns the i18n key of the heading that names `reason`'s state. */
export function headingKeyFor(reason: Reason): (typeof REASON_HEADING_KEYS)[Reason] {
  return REASON_HEADING_KEYS[reason];
}

/** A failed result carrying one of the reasons above. */
export interface Failure<R extends Reason = Reason> {
  ok: false;
  reason: R;
  /** Technical detail for logs and bug reports; never shown as the message itself. */
  detail?: string;
}

/** Returns the i18n message key that explains `reason` to the reader. */
export function messageKeyFor(reason: Reason): (typeof REASON_MESSAGE_KEYS)[Reason] {
  return REASON_MESSAGE_KEYS[reason];
}
