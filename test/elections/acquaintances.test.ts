// A config's alias of a title and a name ("Bu Risma", "Mas Emil") counts alone, as the config asks; but
// a neighbour or an in-law of the writer who bears the name is someone else: "Bu Risma tetangga
// sebelah" read as Tri Rismaharini.
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { normalize } from '../../src/text/normalize.js';

const jatim = new MentionIndex(loadElectionDir().filter((c) => c.id === 'pilgub-jatim-2024'));
const named = (text: string) => jatim.detect(normalize(text, jatim.names)).mentions.map((m) => m.text);

describe('a titled alias the writer calls a neighbour or relative', () => {
  it('is someone the writer knows', () => {
    expect(named('Bu Risma tetangga sebelah baik sekali, suka kasih kue')).toEqual([]);
    expect(named('Mas Emil sepupu saya mau nikah')).toEqual([]);
    expect(named('Bu Luluk tetanggaku jualan pecel')).toEqual([]);
  });

  it('is the candidate otherwise', () => {
    expect(named('Bu Risma mantap')).toEqual(['bu risma']);
    expect(named('Bu Risma tetap nomor 3')).toEqual(['bu risma', 'nomor 3']);
    expect(named('Mas Emil datang ke desa tetangga')).toEqual(['mas emil']);
  });
});
