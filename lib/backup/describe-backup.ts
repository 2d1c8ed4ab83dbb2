import { describeZipProblem, type Translate } from '../shared/describe-file-problem';
import type { BackupProblem } from './read-backup';

/** The message that tells the reader what is wrong with a backup file and what to do. */
export function describeBackupProblem(problem: BackupProblem, file: string, t: Translate, locale: string): string {
  switch (problem.code) {
    case 'not-a-backup':
      return t('backupNotABackup', [file]);
    case 'newer-backup':
      return t('backupNewerFormat', [file, String(problem.found), String(problem.supported)]);
    case 'bad-manifest':
      return t('backupBadManifest', [file, problem.detail]);
    case 'damaged-entry':
      return t('backupDamagedEntry', [file, problem.entry, problem.detail]);
    default:
      return describeZipProblem(problem, file, t, locale);
  }
}
