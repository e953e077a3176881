// Training, evaluation and tuning read posts with the election configs the labeled data names only:
// a config added to data/elections (a new race, for scoring) used to change how training posts of no
// known election were read — its parties and numbers competed for their mentions, its names for how
// their hashtags were split — and so the weights, temperature and thresholds of a retrained model.
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadElectionDir, SHIPPED_ELECTIONS_DIR } from '../../src/elections/load.js';
import { ElectionIndexes, prepareExamples } from '../../src/model/train.js';
import { trainingElections, trainingIndexes } from '../../src/model/training-elections.js';
import { dataHashes } from '../../src/cli/commands/shared.js';
import { DATA_DIR } from '../../src/text/resources.js';
import { REVIEW_SOURCE, type Example } from '../../src/data/dataset.js';
import { tempDir } from '../helpers/temp-dir.js';

const ex = (id: string, text: string, election?: string, source = 'examples/x.csv'): Example => ({ id, text, label: 'netral', election, source, platform: 'written' });

/** A few posts: one of each shipped election, and three of no known election. */
const EXAMPLES: Example[] = [
  ex('p19', 'ayo coblos 02 #2019gantipresiden', 'pilpres-2019'),
  ex('p24', 'Pak Prabowo nomor 2 ya', 'pilpres-2024'),
  ex('jt', 'Bu Risma nomor 3', 'pilgub-jatim-2024'),
  ex('bt', 'Airin nomor 1', 'pilgub-banten-2024'),
  ex('w1', 'nonton bareng #wirasaputrakeren'),
  ex('w2', 'kemarin ketemu Sutarjo di pasar'),
  ex('w3', 'Materi sejarah hari ini: Pemilu 1971, diikuti 10 kontestan, Golkar keluar sebagai pemenang. Besok kuis, baca bab 4 ya'),
];

/** data/elections copied, and the same plus a new race (Banten's config with another id, dates and candidates, the same parties). */
function electionDirs() {
  const shipped = tempDir('netra-train-elections-');
  cpSync(SHIPPED_ELECTIONS_DIR, shipped, { recursive: true });
  const extra = tempDir('netra-train-elections-extra-');
  cpSync(SHIPPED_ELECTIONS_DIR, extra, { recursive: true });
  const c = JSON.parse(readFileSync(path.join(SHIPPED_ELECTIONS_DIR, 'pilgub-banten-2024.json'), 'utf8'));
  c.id = 'pilgub-contoh-2029';
  c.schedule = { candidateDetermination: '2029-09-22', campaign: ['2029-09-25', '2029-11-23'], quietPeriod: ['2029-11-24', '2029-11-26'], voting: '2029-11-27' };
  c.candidates[0] = { ...c.candidates[0], names: ['Wirasaputra Kusumanegara', 'Lestiani Handayaningrum'], aliases: ['Wirasaputra'], slogans: ['Contoh Jaya'], hashtags: ['WiraLesti'] };
  c.candidates[1] = { ...c.candidates[1], names: ['Sutarjo Pramudyawardhana', 'Kurniasih Mandalawangi'], aliases: ['Sutarjo'], slogans: ['Contoh Hebat'], hashtags: ['TarjoKurnia'] };
  writeFileSync(path.join(extra, 'pilgub-contoh-2029.json'), JSON.stringify(c));
  return { shipped, extra };
}

/** Each example as train/eval/tune prepare it now. */
function prepared(examples: Example[], dir: string): string[] {
  return prepareExamples(examples, trainingIndexes(examples, dir).indexes).map((p) => JSON.stringify(p));
}

/** Each example as they prepared it before: with every config of the directory. */
function preparedWithEveryConfig(examples: Example[], dir: string): string[] {
  return prepareExamples(examples, new ElectionIndexes(loadElectionDir(dir))).map((p) => JSON.stringify(p));
}

describe('the election configs training reads', () => {
  it('are the ones the labeled data names, in file order, with their files', () => {
    const { extra } = electionDirs();
    const picked = trainingElections([EXAMPLES[2], EXAMPLES[0], EXAMPLES[4]], extra);
    expect(picked.configs.map((c) => c.id)).toEqual(['pilgub-jatim-2024', 'pilpres-2019']);
    expect(picked.files).toEqual({ 'pilgub-jatim-2024': 'pilgub-jatim-2024.json', 'pilpres-2019': 'pilpres-2019.json' });
    expect(trainingElections(EXAMPLES, extra).configs.map((c) => c.id)).toEqual(['pilgub-banten-2024', 'pilgub-jatim-2024', 'pilpres-2019', 'pilpres-2024']);
  });

  it('an election a labeled post names without a config is an error; a reviewed decision\'s is read as of no known election', () => {
    const { shipped } = electionDirs();
    expect(() => trainingElections([EXAMPLES[0], ex('q1', 'halo', 'pilbup-x-2029')], shipped)).toThrow(
      `the labeled data names election "pilbup-x-2029" (first: q1, examples/x.csv), but ${shipped} has no config for it`,
    );
    const review = ex('review:1', 'halo', 'pilbup-x-2029', REVIEW_SOURCE);
    expect(trainingElections([EXAMPLES[0], review], shipped).configs.map((c) => c.id)).toEqual(['pilpres-2019']);
  });

  it('a config no example names changes no prepared post; with every shipped election named, posts read as before', () => {
    const { shipped, extra } = electionDirs();
    const before = preparedWithEveryConfig(EXAMPLES, shipped);
    // the shipped configs are all named: nothing changes for the shipped model
    expect(prepared(EXAMPLES, shipped)).toEqual(before);
    // the new race's config used to change the posts of no known election (w1: hashtag split at its
    // names, w2: its candidate, w3: Golkar claimed by one more race)
    const withExtraBefore = preparedWithEveryConfig(EXAMPLES, extra);
    expect(EXAMPLES.filter((_, i) => withExtraBefore[i] !== before[i]).map((e) => e.id)).toEqual(['w1', 'w2', 'w3']);
    // now it changes none
    expect(prepared(EXAMPLES, extra)).toEqual(before);
    // nor does a config the named ones leave out (here: only Pilpres 2019 named)
    const few = [EXAMPLES[0], ...EXAMPLES.slice(4)];
    expect(prepared(few, extra)).toEqual(prepared(few, shipped));
  });

  it('the model card hashes the configs training read, and no other', () => {
    const hashes = dataHashes({ files: { 'pilpres-2019': 'pilpres-2019.json' } });
    const file = path.join(DATA_DIR, 'elections', 'pilpres-2019.json');
    expect(Object.keys(hashes).filter((k) => k.startsWith('data/elections/'))).toEqual(['data/elections/pilpres-2019.json']);
    expect(hashes['data/elections/pilpres-2019.json']).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });
});
