// Batch benchmark (not a test): generates a JSONL feed of N posts (default 1,000,000) from our own
// written examples (data/examples/*.csv) with random perturbations (ids, emoji, casing, a number),
// scores it with the real CLI (`netra score`, default --workers), and reports posts/s and the CLI
// process's peak RSS (VmHWM from /proc: all worker threads live in that one process). When the
// `fasttext` binary is present it also trains fastText on the same examples and times
// `fasttext predict-prob` on the same texts, and prints the ratio. Prints a table; `--json FILE`
// also writes the numbers. `--format csv` writes the same feed as CSV (id,text,source; texts quoted
// where they need it), to time the CSV reader; `--format whatsapp` writes it as an Android chat export
// (`12/10/24 07.02 - Sender: text`, a text's own line breaks as continued lines), scored with --posted-at-zone WIB.
//
//   npm run bench:batch [-- --records N] [--workers N] [--format jsonl|csv|whatsapp] [--json FILE] [--keep]
import { spawn } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { readExamples } from '../src/data/examples.js';
import { LABELS } from '../src/data/labels.js';
import { mulberry32 } from '../src/util/random.js';
import { cleanupFastText, fasttextBinary, trainFastText } from '../src/eval/baselines/fasttext.js';
import { jsonOutArg, scriptArgs, usageError, wholeArg } from './lib/args.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const values = scriptArgs('bench:batch', {
  records: { type: 'string' },
  workers: { type: 'string' },
  format: { type: 'string' },
  json: { type: 'string' },
  keep: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
});
if (values.help) {
  console.log('usage: npm run bench:batch [-- --records N] [--workers N] [--format jsonl|csv|whatsapp] [--json FILE] [--keep]\nScores a generated N-record JSONL (or CSV, or WhatsApp chat export) feed (default 1,000,000) with `netra score` and, when installed, times fastText on the same texts.');
  process.exit(0);
}
jsonOutArg('bench:batch', values.json);
const N = wholeArg('bench:batch', values.records, 'records', 1_000_000);
const FORMAT = values.format ?? 'jsonl';
if (FORMAT !== 'jsonl' && FORMAT !== 'csv' && FORMAT !== 'whatsapp') usageError('bench:batch', `--format must be jsonl, csv or whatsapp, got ${JSON.stringify(FORMAT)}`);
const csvCell = (t: string): string => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
const two = (n: number): string => String(n).padStart(2, '0');
/** Message i of a generated Android chat export: a day of 2024 (each with 28 days a month) and a minute per message. */
const chatLine = (i: number, text: string): string =>
  `${two(1 + (Math.floor(i / 1440) % 28))}/${two(1 + (Math.floor(i / 40320) % 12))}/24 ${two(Math.floor(i / 60) % 24)}.${two(i % 60)} - Anggota ${i % 97}: ${text}\n`;

const oneLine = (t: string): string => t.replace(/\s+/g, ' ').trim();
const EMOJI = ['🙏', '🔥', '✌️', '😂', '👍', '🇮🇩', '☝️', '💪', '🤣', '❤️'];

function perturb(text: string, rand: () => number): string {
  let t = text;
  const r = rand();
  if (r < 0.15) t = t.toUpperCase();
  else if (r < 0.3) t = t.toLowerCase();
  else if (r < 0.4) t = t.replace(/\p{L}+/gu, (w) => (rand() < 0.5 ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w));
  const pick = () => EMOJI[Math.floor(rand() * EMOJI.length)];
  if (rand() < 0.5) t = `${t} ${pick()}${rand() < 0.5 ? pick() : ''}`;
  if (rand() < 0.2) t = `${pick()} ${t}`;
  return `${t} ${Math.floor(rand() * 1000)}`;
}

/** Writes the feed (JSONL or CSV) and the same texts one per line (for fastText). */
async function generate(dir: string): Promise<{ feed: string; texts: string; bytes: number }> {
  const examples = readExamples();
  const rand = mulberry32(2024);
  const feed = path.join(dir, `feed.${FORMAT === 'whatsapp' ? 'txt' : FORMAT}`);
  const texts = path.join(dir, 'texts.txt');
  const a = createWriteStream(feed);
  const b = createWriteStream(texts);
  let bytes = 0;
  let bufA = FORMAT === 'csv' ? 'id,text,source\n' : '';
  let bufB = '';
  for (let i = 0; i < N; i++) {
    const ex = examples[Math.floor(rand() * examples.length)];
    const text = perturb(ex.text, rand);
    const id = `${(rand() * 2 ** 32).toString(16).padStart(8, '0')}-${i}`;
    bufA += FORMAT === 'csv' ? `${id},${csvCell(text)},bench\n` : FORMAT === 'whatsapp' ? chatLine(i, text) : `${JSON.stringify({ id, text, source: 'bench' })}\n`;
    bufB += `${oneLine(text)}\n`;
    if (bufA.length > 1 << 20) {
      bytes += Buffer.byteLength(bufA);
      if (!a.write(bufA)) await once(a, 'drain');
      if (!b.write(bufB)) await once(b, 'drain');
      bufA = bufB = '';
    }
  }
  bytes += Buffer.byteLength(bufA);
  a.end(bufA);
  b.end(bufB);
  await Promise.all([once(a, 'finish'), once(b, 'finish')]);
  return { feed, texts, bytes };
}

interface Measured {
  seconds: number;
  peakRssMB: number;
  /** User + system CPU seconds of the process (all its threads), as last read from /proc before it exited. */
  cpuSeconds: number;
  code: number | null;
  stderr: string;
}

/** /proc reports CPU times in USER_HZ ticks, 100 per second on Linux. */
const USER_HZ = 100;

/** User + system CPU seconds so far of a process, from /proc/PID/stat (fields 14 and 15). */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on (the name may hold spaces)
  return (Number(fields[11]) + Number(fields[12])) / USER_HZ;
}

/**
 * Runs a command, polling /proc/PID/status for the peak resident set (VmHWM) and /proc/PID/stat for
 * its CPU time (what the last poll before exit read: at most one 50 ms poll of CPU per thread is missed).
 */
function measure(cmd: string, args: string[], stdoutFile?: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
    if (typeof out === 'number') closeSync(out);
    let peakKB = 0;
    let cpuSeconds = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKB = Math.max(peakKB, Number(m[1]));
        cpuSeconds = Math.max(cpuSeconds, cpuSecondsOf(child.pid as number));
      } catch {
        // exited between polls
      }
    }, 50);
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - t0) / 1000, peakRssMB: Math.round(peakKB / 1024), cpuSeconds, code, stderr });
    });
  });
}

/** CPU per post, and how many cores the run kept busy on average: the figure that says how far more cores would go. */
const cpuColumns = (m: Measured): Record<string, number> => ({ 'CPU µs/post': +((m.cpuSeconds * 1e6) / N).toFixed(1), 'cores busy': +(m.cpuSeconds / m.seconds).toFixed(2) });

const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-bench-batch-'));
const load0 = os.loadavg()[0];
try {
  console.log(`generating ${N.toLocaleString('en-US')} posts from data/examples in ${dir} …`);
  const gen = await generate(dir);
  console.log(`feed: ${(gen.bytes / 2 ** 20).toFixed(1)} MB`);

  const out = path.join(dir, 'scored.jsonl');
  const workerArgs = values.workers !== undefined ? ['--workers', values.workers] : [];
  if (FORMAT === 'whatsapp') workerArgs.push('--posted-at-zone', 'WIB'); // a chat's times have no zone
  console.log(`scoring with netra score${workerArgs.length ? ` --workers ${values.workers}` : ' (default workers)'} …`);
  // node --import tsx (not the tsx CLI, which would put a wrapper process between us and the PID).
  const netra = await measure(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'score', '--input', gen.feed, '--output', out, ...workerArgs]);
  if (netra.code !== 0) throw new Error(`netra score failed (exit ${netra.code}): ${netra.stderr.slice(-2000)}`);
  const startup = Number(/startup ([\d.]+) s/.exec(netra.stderr)?.[1] ?? 0);
  const threads = /with (\d+) worker threads?/.exec(netra.stderr)?.[1] ?? '0';
  const netraRate = N / netra.seconds;
  const netraSteady = N / Math.max(1e-9, netra.seconds - startup);

  const rows: Record<string, string | number>[] = [
    { what: `netra score (${threads} worker thread${threads === '1' ? '' : 's'})`, 'posts/s': Math.round(netraRate), 'posts/s after startup': Math.round(netraSteady), 'wall s': +netra.seconds.toFixed(1), 'peak RSS MB': netra.peakRssMB, ...cpuColumns(netra) },
  ];
  let fast: { rate: number; seconds: number; peakRssMB: number; cpuSeconds: number; trainSeconds: number } | undefined;
  const bin = fasttextBinary();
  if (bin) {
    console.log('training fastText on the same examples and timing predict-prob on the same texts …');
    const examples = readExamples();
    const model = await trainFastText(bin, examples.map((e) => e.text), examples.map((e) => LABELS.indexOf(e.label)));
    try {
      const ft = await measure(bin, ['predict-prob', model.modelPath, gen.texts, String(LABELS.length)], path.join(dir, 'fasttext.out'));
      if (ft.code !== 0) throw new Error(`fasttext predict-prob failed: ${ft.stderr}`);
      fast = { rate: N / ft.seconds, seconds: ft.seconds, peakRssMB: ft.peakRssMB, cpuSeconds: ft.cpuSeconds, trainSeconds: model.seconds };
      rows.push({ what: 'fastText predict-prob (1 thread)', 'posts/s': Math.round(fast.rate), 'posts/s after startup': '', 'wall s': +ft.seconds.toFixed(1), 'peak RSS MB': ft.peakRssMB, ...cpuColumns(ft) });
    } finally {
      cleanupFastText(model);
    }
  } else {
    console.log('fasttext binary not found: fastText comparison skipped');
  }

  console.table(rows);
  const lines = netra.stderr.trim().split('\n').filter((l) => !l.includes('\r'));
  console.log(lines.join('\n'));
  const ratio = fast ? netraRate / fast.rate : undefined;
  console.log(
    `netra: ${Math.round(netraRate).toLocaleString('en-US')} posts/s over ${N.toLocaleString('en-US')} posts (${Math.round(netraSteady).toLocaleString('en-US')}/s after ${startup.toFixed(1)} s startup), peak RSS ${netra.peakRssMB} MB; target ≥ 50,000 posts/s` +
      (ratio !== undefined ? `; ${ratio.toFixed(3)}× fastText (target ≥ 0.5×)` : ''),
  );
  // The rate all cores would give if each spent the run's CPU per post on nothing else: what more
  // parallelism can reach at best, so a miss shows as CPU per post rather than as idle cores.
  const cores = os.availableParallelism();
  const cpuPerPost = netra.cpuSeconds / N;
  console.log(
    `netra CPU: ${(cpuPerPost * 1e6).toFixed(1)} µs per post (all threads), ${(netra.cpuSeconds / netra.seconds).toFixed(2)} of ${cores} cores busy on average; ` +
      `at that cost ${cores} cores top out near ${Math.round(cores / cpuPerPost).toLocaleString('en-US')} posts/s`,
  );
  console.log(`machine: ${os.availableParallelism()} cores, load average ${load0.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at end; node ${process.version}`);
  if (values.json) {
    writeFileSync(
      values.json,
      JSON.stringify(
        {
          records: N,
          format: FORMAT,
          feedBytes: gen.bytes,
          netra: { workers: Number(threads), seconds: netra.seconds, startupSeconds: startup, postsPerSecond: netraRate, postsPerSecondAfterStartup: netraSteady, peakRssMB: netra.peakRssMB, cpuSeconds: netra.cpuSeconds, summary: lines },
          fasttext: fast ? { postsPerSecond: fast.rate, seconds: fast.seconds, peakRssMB: fast.peakRssMB, cpuSeconds: fast.cpuSeconds, trainSeconds: fast.trainSeconds } : null,
          ratio: ratio ?? null,
          machine: { cores: os.availableParallelism(), loadAverageStart: load0, loadAverageEnd: os.loadavg()[0], node: process.version },
        },
        null,
        2,
      ) + '\n',
    );
  }
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
