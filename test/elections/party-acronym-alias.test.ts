// A party acronym a config lists for a ballot entry both as an alias and as a party (the Lumbah Pileg
// fixture's "PKM" of Partai Karya Mandiri, invented): a post naming it names the party, and the
// mentions, the typed tokens and `elections --check` say so alike (mentions said `alias`, <cand>,
// while --check listed it as a party).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadElectionDir } from '../../src/elections/load.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { normalize } from '../../src/text/normalize.js';
import { configNotes } from '../../src/elections/warnings.js';
import { createScorer } from '../../src/pipeline/create.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/elections-lumbah');
const pileg = loadElectionDir(dir).find((c) => c.id === 'pileg-lumbah-2029')!;
const index = new MentionIndex([pileg]);
const read = (text: string) => index.detect(normalize(text));

describe('a party acronym listed as an alias and a party of one entry', () => {
  it('is read as the party: kind party, typed <party>, of that entry', () => {
    const r = read('Ayo coblos PKM, partai kita');
    expect(r.mentions.map((m) => [m.kind, m.text, m.candidate?.number])).toEqual([['party', 'pkm', 2]]);
    expect(r.tokens).toEqual(['ayo', 'coblos', '<party>', 'partai', 'kita']);
    // in any case, as a party acronym is matched
    expect(read('pbe menang').mentions.map((m) => [m.kind, m.candidate?.number])).toEqual([['party', 5]]);
  });

  it('is listed by elections --check as a party only, not also among the words that count as a name', () => {
    const notes = configNotes(pileg);
    expect(notes.find((l) => l.startsWith('number 2: these words alone'))).toBe('number 2: these words alone count as this candidate in any post: Rusdiansyah, Wirawan');
    expect(notes.find((l) => l.startsWith('number 2: these phrases alone'))).toContain('"pkm" (party)');
  });

  it('shows as a party in a scored post\'s mentions', async () => {
    const scorer = await createScorer({ electionsDir: dir });
    const result = scorer.score({ text: 'Ayo coblos PKM, partai kita', election: 'pileg-lumbah-2029' });
    expect(result.mentions).toEqual([{ kind: 'party', text: 'pkm', candidate: 'Partai Karya Mandiri (02, pileg-lumbah-2029)' }]);
  });
});
