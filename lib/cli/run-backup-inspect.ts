import { describeBackupProblem } from '../backup/describe-backup';
import { openBackup } from '../backup/read-backup';
import { verifyBackup } from '../backup/verify-backup';
import { english } from './english-messages';
import type { BackupInspectCommand } from './import-args';
import { openLocalFile } from './open-local-file';
import type { Output } from './run-import';

/**
 * `liseuse backup inspect FILE`: prints the manifest as JSON, then reads every entry as a restore
 * would (CRC-32, SHA-256 against meta.json and the manifest, counts) and reports each problem.
 * Status 1 when the backup cannot be opened or any entry cannot be trusted.
 */
export async function runBackupInspect(command: BackupInspectCommand, output: Output): Promise<number> {
  const opened = await openLocalFile(command.input);
  if (!opened.ok) {
    output.err(`liseuse: ${command.input}: ${opened.message}\n`);
    return 1;
  }
  const { name, blob } = opened.file;
  const backup = await openBackup(blob);
  if (!backup.ok) {
    output.err(`liseuse: ${describeBackupProblem(backup.problem, name, english, 'en')}\n`);
    return 1;
  }
  output.out(`${JSON.stringify(backup.backup.manifest, null, 2)}\n`);
  const report = await verifyBackup(backup.backup);
  for (const problem of report.problems)
    output.err(`liseuse: ${describeBackupProblem(problem, name, english, 'en')}\n`);
  const { articles, images, highlights, notes } = report.found;
  const found = `${articles} articles, ${images} images, ${highlights} highlights, ${notes} notes`;
  if (report.ok) output.err(`liseuse: ${name}: all ${report.entries} entries check out (${found}).\n`);
  else
    output.err(
      `liseuse: ${name}: ${report.problems.length} problem(s) in ${report.entries} entries read (${found}).\n`,
    );
  return report.ok ? 0 : 1;
}
