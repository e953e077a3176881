// A cheer right after an ambiguous party acronym ("PKB jaya") is its context when the post names the
// race elsewhere ("Cak Imin mantap, PKB jaya"): PKB was missed, as the candidate was two words away. A
// cheer alone is none: a school's marching team (PBB, baris-berbaris) "juara", an office's TU team wins,
// a region's revenue (PAD) "bangkit".
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { normalize } from '../../src/text/normalize.js';

const index = (id: string) => new MentionIndex(loadElectionDir().filter((c) => c.id === id));
const pilpres = index('pilpres-2024');
const jatim = index('pilgub-jatim-2024');
const parties = (idx: MentionIndex, text: string) => idx.detect(normalize(text, idx.names)).mentions.filter((m) => m.kind === 'party').map((m) => m.text);

describe('a cheer after an ambiguous party acronym', () => {
  it('gives it context beside a mention of the same race anywhere in the post', () => {
    expect(parties(pilpres, 'Cak Imin mantap, PKB jaya')).toEqual(['pkb']);
    expect(parties(pilpres, 'Anies presiden, PKB menang!')).toEqual(['pkb']);
    expect(parties(pilpres, 'PKB bangkit bersama Cak Imin')).toEqual(['pkb']);
    expect(parties(jatim, 'Luluk hebat, PKB nomor satu')).toEqual(['pkb']);
    expect(parties(jatim, 'Luluk maju, PKB solid')).toEqual(['pkb']);
  });

  it('keeps the vehicle tax no party, "solid" or not', () => {
    expect(parties(jatim, 'PKB solid')).toEqual([]);
    expect(parties(jatim, 'bayar pkb motor naik, Luluk solid')).toEqual([]);
    expect(parties(jatim, 'pkb motor naik lagi, Bu Khofifah')).toEqual([]);
  });

  it('gives none alone, nor after a contest ("juara") or without the race', () => {
    expect(parties(pilpres, 'PKB jaya')).toEqual([]);
    expect(parties(jatim, 'alhamdulillah regu PBB SMP kami juara')).toEqual([]);
    // a marching team wins at an event the governor attends: "juara" is a contest's, not a party's
    expect(parties(jatim, 'Bu Khofifah hadir, regu PBB SMP kami juara')).toEqual([]);
    expect(parties(pilpres, 'bayar PKB motor, Prabowo nonton bola, Garuda menang')).toEqual([]);
    // a cheer before the acronym or words away from it is none either
    expect(parties(pilpres, 'Cak Imin mantap, jaya PKB')).toEqual([]);
    expect(parties(pilpres, 'Cak Imin datang, PKB motor saya jaya lunas')).toEqual([]);
  });
});
