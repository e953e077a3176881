// A candidate's alias that is a common given name ("Lukman", Jatim 2024's running mate Lukmanul Hakim;
// "Sandi") is anyone's alone or after a title alone ("Pak Lukman guru olahraga kami"). It needs a role or
// vote word or the same race beside it; a title before it in a list of the race ("Luluk dan Pak Lukman"),
// or its own tag there ("#Luluk #Lukman"), does not part it from the list. "Emil" is not listed: in the
// Jatim posts a bare "Emil" is Emil Dardak far more often than anyone else (docs/elections.md).
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { normalize } from '../../src/text/normalize.js';

const index = (id: string) => new MentionIndex(loadElectionDir().filter((c) => c.id === id));
const jatim = index('pilgub-jatim-2024');
const pilpres2019 = index('pilpres-2019');
const named = (idx: MentionIndex, text: string) => idx.detect(normalize(text, idx.names)).mentions.map((m) => m.text);

describe('a common given name of a candidate', () => {
  it("is anyone's alone or after a title alone", () => {
    expect(named(jatim, 'Lukman tetangga saya baru pulang')).toEqual([]);
    expect(named(jatim, 'Pak Lukman guru olahraga kami')).toEqual([]);
    expect(named(pilpres2019, 'Sandi tetangga saya')).toEqual([]);
  });

  it("is the candidate after a role word, beside the same candidate, or in the pair's own form", () => {
    expect(named(jatim, 'cawagub Lukman datang ke pasar')).toEqual(['lukman']);
    expect(named(jatim, 'Luluk Lukman menang')).toEqual(['luluk lukman']);
    expect(named(jatim, 'Luluk dan Lukman kompak')).toEqual(['luluk', 'lukman']);
  });

  it('joins a list of the race with a title before it, or its own tag', () => {
    expect(named(jatim, 'Selamat untuk Bu Luluk dan Pak Lukman!')).toEqual(['bu luluk', 'lukman']);
    expect(named(jatim, 'Luluk dan Pak Lukman sudah buktikan')).toEqual(['luluk', 'lukman']);
    expect(named(jatim, 'Luluk, Pak Lukman, lanjutkan')).toEqual(['luluk', 'lukman']);
    expect(named(jatim, 'Pak Lukman dan Luluk')).toEqual(['lukman', 'luluk']);
    expect(named(jatim, '#Luluk #Lukman')).toEqual(['luluk', 'lukman']);
    expect(named(pilpres2019, 'Pak Prabowo dan Pak Sandi')).toEqual(['pak prabowo', 'sandi']);
    // a title alone beside another race's name, or no list at all, is none
    expect(named(jatim, 'Pak Lukman tetangga Bu Khofifah')).toEqual(['bu khofifah']);
    expect(named(jatim, 'Luluk hadir. Pak Lukman tetangga saya juga')).toEqual(['luluk']);
  });

  it('"Emil" still counts alone, with a title in a list as without', () => {
    expect(named(jatim, 'Emil mantap')).toEqual(['emil']);
    expect(named(jatim, 'Khofifah dan Pak Emil sudah buktikan')).toEqual(['khofifah', 'emil']);
    expect(named(jatim, '#Khofifah #Emil')).toEqual(['khofifah', 'emil']);
  });
});
