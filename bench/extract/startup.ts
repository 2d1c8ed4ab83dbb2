/**
 * bench/extract/startup.ts: what one `liseuse extract` costs as a command, against its two
 * baselines in the same run: Node starting and doing nothing (`node -e ""`), and a plain
 * Readability + jsdom script on the same page. Wall-clock and CPU (user + system) time of each
 * child process, median of RUNS runs, alternating the three. Writes its section of BENCHMARKS.md.
 * Run: `npm run bench:startup` (after `npm ci`, which builds the command).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { median } from '../common/stats';
import { writeSection } from '../common/write-section';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PAGE = 'tests/fixtures/seed-article/page.html';
const PLAIN = `const { JSDOM } = require('jsdom'); const { Readability } = require('@mozilla/readability');
const html = require('fs').readFileSync('${PAGE}', 'utf8');
const article = new Readability(new JSDOM(html, { url: 'https://example.org/a' }).window.document).parse();
process.stdout.write(article.textContent);`;

const COMMANDS: Array<[string, string[]]> = [
  ['node -e ""', ['-e', '']],
  ['plain Readability + jsdom script', ['-e', PLAIN]],
  ['liseuse extract page.html --format text', ['bin/liseuse.mjs', 'extract', PAGE, '--format', 'text']],
];

/** Wall and CPU milliseconds of one run, the CPU read from bash's `times` after the child exits. */
function runOnce(args: string[]): { wall: number; cpu: number } {
  const quoted = [process.execPath, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ');
  const start = performance.now();
  const result = spawnSync('bash', ['-c', `${quoted} > /dev/null; times`], { encoding: 'utf8' });
  const wall = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  // `times` prints the shell's own times, then its children's: "0m0.512s 0m0.061s".
  const children = result.stdout.trim().split('\n').at(-1) ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, [, m, s]) => sum + Number(m) * 60_000 + Number(s) * 1000,
    0,
  );
  return { wall, cpu };
}

const loadBefore = loadavg()[0];
const times = COMMANDS.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
for (let round = 0; round < RUNS; round++) {
  COMMANDS.forEach(([, args], index) => {
    const { wall, cpu } = runOnce(args);
    times[index].wall.push(wall);
    times[index].cpu.push(cpu);
  });
}
const plainCpu = median(times[1].cpu);
const rows = COMMANDS.map(
  ([label], index) =>
    `| \`${label}\` | ${median(times[index].wall).toFixed(0)} ms | ${median(times[index].cpu).toFixed(0)} ms | ${(median(times[index].cpu) / plainCpu).toFixed(2)}× |`,
);
const body = [
  '## Command line: start-up and one page',
  '',
  `One page (the seed article) through the built \`liseuse\` command against its baselines, each a fresh Node process, median of ${RUNS}`,
  'runs alternating the three. CPU is user + system time of the process. The command runs the esbuild bundle built at',
  '`npm ci` (no TypeScript compiled at run time); the plain script parses with jsdom and runs Readability, nothing else.',
  '',
  '| command | wall | CPU | CPU vs plain script |',
  '|---|---|---|---|',
  ...rows,
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${loadBefore.toFixed(1)} at start.`,
  'Command: `npm run bench:startup` (`BENCH_RUNS=n` for more runs).',
].join('\n');
writeSection('BENCHMARKS.md', 'extract-startup', body);
console.log(body);
