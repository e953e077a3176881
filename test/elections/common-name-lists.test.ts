// "Emil" (Emil Dardak, Jatim 2024's running mate) is a given name many bear, and "Kang Emil" is
// Ridwan Kamil: alone it read as the candidate ("Emil tetangga saya"). Listed as a common given name, it
// needs a role or vote word or the same race beside it; a title before it in a list of the race ("Khofifah
// dan Pak Emil"), or its own tag there ("#Khofifah #Emil"), does not part it from the list.
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { normalize } from '../../src/text/normalize.js';

const index = (id: string) => new MentionIndex(loadElectionDir().filter((c) => c.id === id));
const jatim = index('pilgub-jatim-2024');
const pilpres2019 = index('pilpres-2019');
const named = (idx: MentionIndex, text: string) => idx.detect(normalize(text, idx.names)).mentions.map((m) => m.text);

describe('a common given name of a candidate', () => {
  it('is anyone\'s alone or after a title alone ("Emil tetangga saya", "Kang Emil")', () => {
    expect(named(jatim, 'Emil tetangga saya baru pulang')).toEqual([]);
    expect(named(jatim, 'Emil, kamu udah makan belum?')).toEqual([]);
    expect(named(jatim, 'Pak Emil guru olahraga kami')).toEqual([]);
    expect(named(jatim, 'Kang Emil dulu gubernur Jabar')).toEqual([]);
  });

  it('is the candidate after a role or vote word, beside the same candidate, or in the candidate\'s own forms', () => {
    expect(named(jatim, 'cawagub Emil datang ke pasar')).toEqual(['emil']);
    expect(named(jatim, 'Khofifah Emil menang')).toEqual(['khofifah emil']);
    expect(named(jatim, 'Khofifah-Emil menang')).toEqual(['khofifah emil']);
    expect(named(jatim, 'Emil Dardak datang')).toEqual(['emil dardak']);
    expect(named(jatim, 'Mas Emil datang')).toEqual(['mas emil']);
    expect(named(jatim, 'Khofifah dan Emil kompak')).toEqual(['khofifah', 'emil']);
  });

  it('joins a list of the race with a title before it, or its own tag', () => {
    expect(named(jatim, 'Selamat untuk Bu Khofifah dan Pak Emil!')).toEqual(['bu khofifah', 'emil']);
    expect(named(jatim, 'Khofifah dan Pak Emil sudah buktikan')).toEqual(['khofifah', 'emil']);
    expect(named(jatim, 'Khofifah, Pak Emil, lanjutkan')).toEqual(['khofifah', 'emil']);
    expect(named(jatim, 'Risma dan Pak Emil debat')).toEqual(['risma', 'emil']);
    expect(named(jatim, 'Pak Emil dan Khofifah')).toEqual(['emil', 'khofifah']);
    expect(named(jatim, '#Khofifah #Emil')).toEqual(['khofifah', 'emil']);
    expect(named(pilpres2019, 'Pak Prabowo dan Pak Sandi')).toEqual(['pak prabowo', 'sandi']);
    // a title alone beside another race's name, or no list at all, is none
    expect(named(jatim, 'Pak Emil tetangga Bu Luluk')).toEqual(['bu luluk']);
    expect(named(jatim, 'Khofifah hadir. Pak Emil tetangga saya juga')).toEqual(['khofifah']);
  });
});
