// A party's board before an ambiguous party acronym names the party: "DPW PKB Jatim", "DPC PKB Tuban",
// "DPP PKB", "Fraksi PKB" were left unread (PKB is also the vehicle tax, which has no board), even in
// posts about the party's candidate. The tax stays no party.
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { normalize } from '../../src/text/normalize.js';

const index = (id: string) => new MentionIndex(loadElectionDir().filter((c) => c.id === id));
const jatim = index('pilgub-jatim-2024');
const shipped = new MentionIndex(loadElectionDir());
const parties = (idx: MentionIndex, text: string) => idx.detect(normalize(text, idx.names)).mentions.filter((m) => m.kind === 'party').map((m) => m.text);

describe('a party board before an ambiguous party acronym', () => {
  it('makes it the party, alone and beside the race', () => {
    expect(parties(jatim, 'Rapat konsolidasi DPW PKB Jatim hari ini')).toEqual(['pkb']);
    expect(parties(jatim, 'DPC PKB Sidoarjo siap menangkan Luluk')).toEqual(['pkb']);
    expect(parties(jatim, 'Fraksi PKB DPRD menolak')).toEqual(['pkb']);
    expect(parties(shipped, 'instruksi DPP PKB untuk kader')).toEqual(['pkb']);
    expect(parties(jatim, 'DPW PBB Jatim')).toEqual(['pbb']);
  });

  it('leaves the vehicle tax and a board word elsewhere alone', () => {
    expect(parties(jatim, 'bayar pkb motor di samsat')).toEqual([]);
    expect(parties(jatim, 'pkb motor naik')).toEqual([]);
    expect(parties(jatim, 'DPW rapat, habis itu bayar pkb')).toEqual([]);
  });
});
