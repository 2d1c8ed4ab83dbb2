import { messageKeyFor, type Reason } from '../shared/errors';

/** What went wrong with the open article's highlights or notes: reading them, or writing a change. */
export interface AnnotationFailure {
  action: 'read' | 'write';
  reason: Reason;
}

/**
 * The message for a failure of highlights or notes. The article-wide messages ("The article could
 * not be saved") would name the wrong thing: these say the change to the notes was not kept, and
 * what to do next.
 */
export function annotationMessageKey(failure: AnnotationFailure): string {
  if (failure.action === 'read') return 'annotationsReadFailed';
  switch (failure.reason) {
    case 'quota':
      return 'annotationsQuota';
    case 'newer-database':
    case 'not-found':
      return messageKeyFor(failure.reason);
    default:
      return 'annotationsSaveFailed';
  }
}
