// Merges labels made outside the project (lines `row,label`, no text) into data/labels/<corpus-file>.csv,
// adding each new row's text fingerprint from the corpus. Later files override earlier ones for the same
// row (e.g. adjudicated disagreements). The rules are in src/data/label-import.ts.
// usage: tsx scripts/import-labels.ts --file pilpres2019-tweets.csv [--corpus DIR] LABELS.csv [MORE.csv …]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCorpusFile, DEFAULT_CORPUS_DIR } from '../src/data/corpus.js';
import { LABELS_DIR, readLabelFile } from '../src/data/label-files.js';
import { mergeLabels, readLabelInput } from '../src/data/label-import.js';
import { scriptArgv, usageError } from './lib/args.js';

const USAGE = 'usage: tsx scripts/import-labels.ts --file CORPUS_FILE [--corpus DIR] LABELS.csv [MORE.csv …]';
const { values, positionals } = scriptArgv('import-labels', { file: { type: 'string' }, corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
if (values.help) {
  console.log(`${USAGE}\n  LABELS.csv: a header naming row and label (and optionally file), then one line per post; comma, semicolon or tab`);
  process.exit(0);
}
if (!values.file) usageError('import-labels', `--file is required\n${USAGE}`);
if (positionals.length === 0) usageError('import-labels', `give at least one labels file\n${USAGE}`);
for (const f of positionals) if (!existsSync(f)) usageError('import-labels', `no such file: ${f}`);

try {
  const file = values.file;
  const posts = readCorpusFile(values.corpus ?? DEFAULT_CORPUS_DIR, file);
  const target = path.join(LABELS_DIR, file);
  const existing = existsSync(target) ? readLabelFile(target) : [];
  const rows = mergeLabels(existing, positionals.flatMap((f) => readLabelInput(f, file)), posts, file);
  mkdirSync(LABELS_DIR, { recursive: true });
  writeFileSync(target, ['row,label,check', ...rows.map((r) => `${r.row},${r.label},${r.check}`)].join('\n') + '\n');
  console.log(`${target}: ${rows.length} labels (${rows.length - existing.length} new)`);
} catch (err) {
  // Bad input files, a changed corpus, an unreadable corpus directory: the reason, not a stack trace.
  console.error(`import-labels: ${(err as Error).message}`);
  process.exit(1);
}
