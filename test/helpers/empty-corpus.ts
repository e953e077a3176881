// A corpus directory whose files are there but empty: it passes --corpus's checks (a directory holding
// the corpus files) and fails only when the data loads, as no labeled row is in it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_FILES } from '../../src/data/corpus.js';
import { tempDir } from './temp-dir.js';

export function emptyCorpus(): string {
  const dir = tempDir('netra-empty-corpus-');
  for (const { file } of CORPUS_FILES) writeFileSync(path.join(dir, file), '');
  return dir;
}
