// Reads the unlabeled corpus (kept outside the project) with csv-parse. Row ids follow the corpus README:
// pilpres2019-tweets.csv uses its first column, pilgub-jatim2024-tweets.csv its 0-based data row.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../text/resources.js';

export const DEFAULT_CORPUS_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

export interface CorpusFileSpec {
  file: string;
  election: string;
  platform: string;
  /** Picks [rowId, text, author?] out of a parsed record (header excluded). */
  pick(record: string[], dataIndex: number): { row: number; text: string; author?: string };
}

export const CORPUS_FILES: readonly CorpusFileSpec[] = [
  {
    file: 'pilpres2019-tweets.csv',
    election: 'pilpres-2019',
    platform: 'twitter',
    pick: (r) => ({ row: Number(r[0]), text: r[2] ?? '' }),
  },
  {
    file: 'pilgub-jatim2024-tweets.csv',
    election: 'pilgub-jatim-2024',
    platform: 'twitter',
    pick: (r, i) => ({ row: i, text: r[0] ?? '', author: r[1] }),
  },
];

export interface CorpusPost {
  file: string;
  row: number;
  text: string;
  author?: string;
  election: string;
  platform: string;
}

/** A short fingerprint of a post's text, stored beside labels so a changed corpus is detected. */
export function textCheck(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 12);
}

export function corpusSpec(file: string): CorpusFileSpec {
  const spec = CORPUS_FILES.find((s) => s.file === file);
  if (!spec) throw new Error(`unknown corpus file ${file} (known: ${CORPUS_FILES.map((s) => s.file).join(', ')})`);
  return spec;
}

export function readCorpusFile(corpusDir: string, file: string): Map<number, CorpusPost> {
  const spec = corpusSpec(file);
  const full = path.join(corpusDir, file);
  let raw: string;
  try {
    raw = readFileSync(full, 'utf8');
  } catch (err) {
    throw new Error(`cannot read corpus file ${full} (${(err as NodeJS.ErrnoException).code}); set --corpus to the corpus directory`);
  }
  let records: string[][];
  try {
    records = parse(raw, { relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    throw new Error(`corpus file ${full} is not readable CSV: ${(err as Error).message.split('\n')[0]}`);
  }
  const posts = new Map<number, CorpusPost>();
  records.slice(1).forEach((record, i) => {
    const { row, text, author } = spec.pick(record, i);
    posts.set(row, { file, row, text, author, election: spec.election, platform: spec.platform });
  });
  return posts;
}
