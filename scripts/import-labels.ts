// Merges labels made outside the project (lines `row,label`, no text) into data/labels/<corpus-file>.csv,
// adding each new row's text fingerprint from the corpus. An imported label replaces the existing one for
// its row, and of several input files the later one wins for a row (e.g. adjudicated disagreements);
// every label that changed is listed. The rules are in src/data/label-import.ts.
// usage: tsx scripts/import-labels.ts --file pilpres2019-tweets.csv [--corpus DIR] LABELS.csv [MORE.csv …]
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCorpusFile, CORPUS_FILES, DEFAULT_CORPUS_DIR } from '../src/data/corpus.js';
import { corpusFlag } from '../src/cli/corpus-flag.js';
import { LABELS_DIR, readLabelFile } from '../src/data/label-files.js';
import { importSummary, mergeLabels, readLabelInput } from '../src/data/label-import.js';
import { readTestSplit } from '../src/data/splits.js';
import { checkedArg, scriptArgv, usageError } from './lib/args.js';

const USAGE = 'usage: tsx scripts/import-labels.ts --file CORPUS_FILE [--corpus DIR] LABELS.csv [MORE.csv …]';
const { values, positionals } = scriptArgv('import-labels', { file: { type: 'string' }, corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
if (values.help) {
  console.log(
    [
      USAGE,
      `  --file CORPUS_FILE  the corpus file the labels are for: ${CORPUS_FILES.map((c) => c.file).join(' or ')} (writes data/labels/CORPUS_FILE)`,
      '  --corpus DIR        the unlabeled corpus, for the text fingerprints (default ../shared/corpus)',
      '  LABELS.csv: a header naming row and label (and optionally file), then one line per post; comma, semicolon or tab',
      'An imported label replaces the one already in data/labels for its row; with several LABELS files the',
      'later file wins for a row given in more than one (e.g. adjudications last). Every label that changed is',
      'listed (row, old → new, "(test split)" when the row is in the test split). Within one file, the same row',
      'with two different labels is an error, as is a line whose file column names another corpus file.',
    ].join('\n'),
  );
  process.exit(0);
}
if (!values.file) usageError('import-labels', `--file is required\n${USAGE}`);
if (positionals.length === 0) usageError('import-labels', `give at least one labels file\n${USAGE}`);
for (const f of positionals) {
  if (!existsSync(f)) usageError('import-labels', `no such file: ${f}`);
  if (statSync(f).isDirectory()) usageError('import-labels', `${f} is a directory; give labels files (CSV)`);
}
// A mistyped corpus file or directory is bad usage, named, before anything is read.
if (!CORPUS_FILES.some((c) => c.file === values.file)) usageError('import-labels', `--file ${values.file} is no corpus file (known: ${CORPUS_FILES.map((c) => c.file).join(', ')})`);
checkedArg('import-labels', () => corpusFlag(values.corpus));

try {
  const file = values.file;
  const posts = readCorpusFile(values.corpus ?? DEFAULT_CORPUS_DIR, file);
  const target = path.join(LABELS_DIR, file);
  const existing = existsSync(target) ? readLabelFile(target) : [];
  const rows = mergeLabels(existing, positionals.flatMap((f) => readLabelInput(f, file)), posts, file);
  mkdirSync(LABELS_DIR, { recursive: true });
  writeFileSync(target, ['row,label,check', ...rows.map((r) => `${r.row},${r.label},${r.check}`)].join('\n') + '\n');
  // Which changed rows are test data: a missing or unreadable split only loses the marks, said once.
  let testIds = new Set<string>();
  try {
    testIds = readTestSplit();
  } catch (err) {
    console.error(`import-labels: note: changed rows are not marked "(test split)": ${(err as Error).message}`);
  }
  for (const line of importSummary(target, existing, rows, testIds, file)) console.log(line);
} catch (err) {
  // Bad input files, a changed corpus, an unreadable corpus directory: the reason, not a stack trace.
  console.error(`import-labels: ${(err as Error).message}`);
  process.exit(1);
}
