// An invented regency's legislative election (Pileg, parties as ballot entries) beside its regent race
// (Pilbup, pairs backed by the same parties): test/fixtures/elections-lumbah. Defects found configuring them.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadElectionDir } from '../../src/elections/load.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { normalize } from '../../src/text/normalize.js';
import { createScorer } from '../../src/pipeline/create.js';
import { configNotes } from '../../src/elections/warnings.js';

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

describe('a party ballot entry named without "Partai"', () => {
  const pileg = new MentionIndex(configs.filter((c) => c.id === 'pileg-lumbah-2029'));
  const entries = (text: string, index = pileg) => index.detect(normalize(text)).mentions.filter((m) => m.kind === 'name').map((m) => [m.text, m.candidate?.number]);

  it('everyday words ("Bulan Emas", a golden moon) need context, as a single ordinary word does', () => {
    expect(entries('Bulan Emas menyala')).toEqual([]);
    expect(entries('Pelita Umat 12 pasti tembus')).toEqual([]); // a bare number is no ballot number
    expect(entries('Partai Bulan Emas menyala')).toEqual([['partai bulan emas', 5]]);
    expect(entries('coblos Bulan Emas')).toEqual([['bulan emas', 5]]);
    expect(entries('Pelita Umat no 12 pasti tembus')).toEqual([['pelita umat', 12]]);
  });

  it('a vote word before everyday words gives them context, as it does a word of a candidate\'s own name (they stayed plain)', () => {
    expect(entries('pilih Bulan Emas')).toEqual([['bulan emas', 5]]);
    expect(entries('Mun kuring mah tetep milih Rakyat Berdaulat')).toEqual([['rakyat berdaulat', 8]]);
    expect(entries('dukung Pelita Umat')).toEqual([['pelita umat', 12]]);
  });

  it('a name of four words and more is found without "Partai" too (it was found by its last two words only)', () => {
    expect(entries('coblos Nelayan dan Tani')).toEqual([['nelayan dan tani', 16]]);
    expect(entries('Nelayan dan Tani nomor 16')).toEqual([['nelayan dan tani', 16]]);
    expect(entries('nelayan dan tani panen raya')).toEqual([]);
  });

  it('a distinctive name without "Partai" counts alone', () => {
    const cfg = structuredClone(configs.find((c) => c.id === 'pileg-lumbah-2029')!);
    cfg.candidates.push({ number: 20, names: ['Partai Perindo Sejahtera Abadi'] });
    const index = new MentionIndex([cfg]);
    expect(entries('Perindo Sejahtera Abadi menang', index)).toEqual([['perindo sejahtera abadi', 20]]);
    expect(entries('semoga sejahtera abadi', index)).toEqual([]);
  });

  it('listed as an alias, a short name of everyday words counts alone, as docs/elections.md advises', () => {
    const cfg = structuredClone(configs.find((c) => c.id === 'pileg-lumbah-2029')!);
    cfg.candidates[1].aliases!.push('Bulan Emas');
    const alias = new MentionIndex([cfg]).detect(normalize('Bulan Emas menyala')).mentions;
    expect(alias.map((m) => [m.text, m.candidate?.number])).toEqual([['bulan emas', 5]]);
  });
});

describe('elections --check notes say everything that counts alone', () => {
  const pilbup = configs.find((c) => c.id === 'pilbup-lumbah-2029')!;
  const notes = configNotes(pilbup);
  const of = (n: number, what: string) => notes.find((l) => l.startsWith(`number ${n}: ${what}`));

  it('the phrases: multi-word names, aliases, forms of names, slogans and parties (only single words were listed)', () => {
    // the slogan holds the regency's name: an event's theme "Lumbah Bangkit dari Banjir" reads as number 1
    expect(detect("pentas seni tema 'Lumbah Bangkit dari Banjir'").mentions.map((m) => [m.kind, m.candidate?.number])).toEqual([['slogan', 1]]);
    const phrases = of(1, 'these phrases alone count as this candidate in any post: ');
    expect(phrases).toBeDefined();
    for (const p of ['"muhammad syahrani"', '"tenri ajeng"', '"acil tenri"', '"syahrani tenri"', '"lumbah bangkit" (slogan; a word of the region: lumbah)', '"partai karya mandiri" (party)']) {
      expect(phrases).toContain(p);
    }
    // "Budi Hadiwijaya" (first and last words) counts alone; "Budi Santoso" (two common given names) does not
    expect(of(2, 'these phrases')).toContain('"budi hadiwijaya"');
    expect(of(2, 'these phrases')).not.toContain('"budi santoso"');
  });

  it('a party listed for two numbers is noted under the number it reads as only (it was noted under both)', () => {
    const cfg = structuredClone(pilbup);
    cfg.candidates[2].parties!.push('Partai Karya Mandiri'); // pair 1's party too: read as number 1's (a warning says so)
    expect(index.detect(normalize('Partai Karya Mandiri menang')).mentions.map((m) => m.candidate?.number)).toEqual([1]);
    const notes = configNotes(cfg);
    const phrases = (n: number) => notes.find((l) => l.startsWith(`number ${n}: these phrases`));
    expect(phrases(1)).toContain('"partai karya mandiri" (party)');
    expect(phrases(3)).not.toContain('partai karya mandiri');
  });

  it('the hashtags that count alone, not those of everyday words (they were not listed)', () => {
    expect(of(1, 'these phrases')).toContain('#syahtenmenang (hashtag)');
    expect(of(1, 'these phrases')).toContain('#lumbahbangkit (hashtag; a word of the region: lumbah)');
    expect(of(2, 'these phrases')).toContain('#budayajilid2 (hashtag), #lanjutkanbudaya (hashtag)');
    const cfg = structuredClone(pilbup);
    cfg.candidates[1].hashtags!.push('Lanjutkan');
    const everyday = configNotes(cfg);
    expect(everyday.find((l) => l.startsWith('number 2: these phrases'))).not.toContain('#lanjutkan ');
    expect(everyday.find((l) => l.startsWith('everyday language'))).toContain('#Lanjutkan');
  });

  it('the first and last names that count alone, not a common given name ("Ajeng" was any colleague called Ajeng)', () => {
    expect(of(1, 'these words alone count as this candidate in any post: ')).toBe('number 1: these words alone count as this candidate in any post: Syahrani, Tenri, Syahten');
    expect(of(1, 'of them, first or last names')).toMatch(/: Syahrani, Tenri$/);
    expect(detect('Ajeng datang terlambat').mentions).toEqual([]);
    expect(detect('Bu Ajeng datang terlambat').mentions).toEqual([]); // a title: anyone's colleague
    expect(detect('paslon Syahrani dan Ajeng').mentions.map((m) => m.candidate?.number)).toEqual([1, 1]); // a role word before the pair
    expect(detect('Tenri Ajeng datang').mentions.map((m) => m.candidate?.number)).toEqual([1]); // the full name
  });
});

describe('a caleg\'s place on the party list', () => {
  it('"calegnya … nomor urut 2" is a list place, as "caleg nomor urut 3" is (it was read as party 2)', () => {
    // Andi Mappasessu is the config's caleg (party 5, list place 2): their name, and their place
    const r = detect('coblos Bulan Emas, calegnya Andi Mappasessu nomor urut 2');
    expect(r.mentions.map((m) => [m.kind, m.candidate?.number, m.candidate?.caleg?.name])).toEqual([['name', 5, undefined], ['name', 5, 'Andi Mappasessu'], ['number', 5, 'Andi Mappasessu']]);
    expect(detect('calegku nomor 3 pasti amanah').mentions.map((m) => [m.kind, m.candidate?.number])).toEqual([['number', undefined]]);
    // a party's own number stays the party's
    expect(detect('coblos Bulan Emas nomor 5').mentions.map((m) => [m.kind, m.candidate?.number])).toEqual([['name', 5], ['number', 5]]);
  });
});

describe('a ballot number no contestant of the race has', () => {
  const pileg = new MentionIndex(configs.filter((c) => c.id === 'pileg-lumbah-2029'));

  it('is a ballot number of nobody, as without the election (it was dropped: "paslon nomor 3 mantap" went from dukungan to netral)', () => {
    // the Pileg has no entry 3 (a caleg's list place, another race's pair): still a ballot number, read as the model knows one
    const r = pileg.detect(normalize('paslon nomor 3 mantap'));
    expect(r.mentions.map((m) => [m.kind, m.text, m.candidate])).toEqual([['number', 'nomor 3', undefined]]);
    expect(r.tokens).toEqual(['paslon', '<cand_no>', 'mantap']);
    // whatever numbers the races read against have: no race of both has a 7
    for (const index of [pileg, new MentionIndex(loadElectionDir())]) {
      expect(index.detect(normalize('ayo coblos nomor 7')).tokens).toEqual(['ayo', 'coblos', '<cand_no>']);
    }
  });

  it('votes for no race and gives no name context', () => {
    const r = detect('coblos nomor 7');
    expect(r.election).toBeUndefined();
    expect(r.mentions.map((m) => [m.kind, m.candidate])).toEqual([['number', undefined]]);
    // everyday words ("a golden moon") need their own number beside them, not one of nobody
    expect(detect('Bulan Emas no 7 menyala').mentions.map((m) => [m.kind, m.candidate])).toEqual([['number', undefined]]);
  });
});

describe('"nomor satu" after words that are number 1 in one race only', () => {
  it('is ballot number 1 after a name that is number 1 in a second race (only the first race\'s reading was asked)', () => {
    // Partai Karya Mandiri backs the Pilbup's pair 1 and is the Pileg's entry 2; given as entry 1 of a
    // Pileg, its words are number 1 there only, in their second reading
    const pileg = structuredClone(configs.find((c) => c.id === 'pileg-lumbah-2029')!);
    pileg.candidates[0].number = 1;
    const pilbup = structuredClone(configs.find((c) => c.id === 'pilbup-lumbah-2029')!);
    [pilbup.candidates[0].number, pilbup.candidates[1].number] = [2, 1];
    const index = new MentionIndex([pilbup, pileg]);
    const r = index.detect(normalize('Partai Karya Mandiri nomor satu'));
    expect(r.mentions.map((m) => [m.kind, m.candidate?.election, m.candidate?.number])).toEqual([
      ['name', 'pileg-lumbah-2029', 1],
      ['number', 'pileg-lumbah-2029', 1],
    ]);
  });
});
