// An invented regency's legislative election (Pileg, parties as ballot entries) beside its regent race
// (Pilbup, pairs backed by the same parties): test/fixtures/elections-lumbah. Defects found configuring them.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadElectionDir } from '../../src/elections/load.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { normalize } from '../../src/text/normalize.js';
import { createScorer } from '../../src/pipeline/create.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/elections-lumbah');
const configs = loadElectionDir(dir);
const index = new MentionIndex(configs);
const detect = (text: string, when?: string) => index.detect(normalize(text), when === undefined ? undefined : new Date(when));

describe('a Pileg and a Pilbup of one regency', () => {
  // Party 8 is the Pileg's ballot entry 8 and backs the Pilbup's pair 2. On 2029-01-15 only the Pileg
  // is open (voting 2029-02-14; the Pilbup's candidates are set on 2029-09-22): the earliest race still open.
  const post = 'Mun kuring mah tetep milih Partai Rakyat Berdaulat';

  it('a party named alone goes to the earliest race still open on the post\'s date (it went to the Pilbup)', () => {
    const r = detect(post, '2029-01-15T10:00:00+08:00');
    expect(r.election).toBe('pileg-lumbah-2029');
    expect(r.mentions.map((m) => [m.kind, m.candidate?.election, m.candidate?.number])).toEqual([['name', 'pileg-lumbah-2029', 8]]);
    // without a date, a tie goes to the newest race; after the Pileg is settled, to the Pilbup
    expect(detect(post).election).toBe('pilbup-lumbah-2029');
    const late = detect(post, '2029-10-01T10:00:00+08:00');
    expect(late.election).toBe('pilbup-lumbah-2029');
    expect(late.mentions.map((m) => [m.kind, m.candidate?.number])).toEqual([['party', 2]]);
  });

  it('the scorer (explain, score, the API) routes by the posting time without an election, as the index does', async () => {
    const scorer = await createScorer({ electionsDir: dir });
    expect(scorer.score({ text: post, postedAt: '2029-01-15T10:00:00+08:00' }).election).toBe('pileg-lumbah-2029');
    expect(scorer.score({ text: post, postedAt: '2029-10-01T02:00:00Z' }).election).toBe('pilbup-lumbah-2029');
  });
});
