// Merges labels made outside the project (lines `row,label`, no text) into data/labels/<corpus-file>.csv,
// adding each row's text fingerprint from the corpus. Later files override earlier ones for the same row
// (e.g. adjudicated disagreements).
// usage: tsx scripts/import-labels.ts --file pilpres2019-tweets.csv [--corpus DIR] LABELS.csv [MORE.csv …]
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { readCorpusFile, textCheck, DEFAULT_CORPUS_DIR } from '../src/data/corpus.js';
import { LABELS_DIR, readLabelFile } from '../src/data/label-files.js';
import { isLabel, type Label } from '../src/data/labels.js';

const args = process.argv.slice(2);
if (args.includes('--help') || args.length === 0) {
  console.log('usage: tsx scripts/import-labels.ts --file CORPUS_FILE [--corpus DIR] LABELS.csv [MORE.csv …]');
  process.exit(args.length === 0 ? 2 : 0);
}
const take = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const file = take('--file');
const corpusDir = take('--corpus') ?? DEFAULT_CORPUS_DIR;
if (!file) {
  console.error('import-labels: --file is required');
  process.exit(2);
}
const posts = readCorpusFile(corpusDir, file);
const target = path.join(LABELS_DIR, file);
const merged = new Map<number, Label>();
if (existsSync(target)) for (const r of readLabelFile(target)) merged.set(r.row, r.label);
for (const src of args) {
  for (const line of readFileSync(src, 'utf8').split(/\r?\n/)) {
    const parts = line.trim().split(',');
    if (parts.length < 2 || parts[0] === 'row') continue;
    const [row, label] = parts.length >= 3 && parts[0].endsWith('.csv') ? (parts[0] === file ? [parts[1], parts[2]] : [undefined, undefined]) : [parts[0], parts[1]];
    if (row === undefined) continue;
    if (!isLabel(label)) throw new Error(`${src}: unknown label in line ${line}`);
    if (!posts.has(Number(row))) throw new Error(`${src}: row ${row} is not in ${file}`);
    merged.set(Number(row), label);
  }
}
mkdirSync(LABELS_DIR, { recursive: true });
const rows = [...merged.entries()].sort((a, b) => a[0] - b[0]);
writeFileSync(target, ['row,label,check', ...rows.map(([r, l]) => `${r},${l},${textCheck(posts.get(r)!.text)}`)].join('\n') + '\n');
console.log(`${target}: ${rows.length} labels`);
