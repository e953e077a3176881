// A Pileg's legislative candidates (caleg): declared in the config with their party, list number and
// district (test/fixtures/elections-lumbah/pileg-lumbah-2029.json, invented names), checked on load,
// read as candidate mentions that carry their party, and their list places read as theirs.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadElectionDir } from '../../src/elections/load.js';
import { parseElectionConfig, type ElectionConfig } from '../../src/elections/schema.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { normalize } from '../../src/text/normalize.js';
import { createScorer } from '../../src/pipeline/create.js';
import { configNotes, configWarnings } from '../../src/elections/warnings.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/elections-lumbah');
const pileg = loadElectionDir(dir).find((c) => c.id === 'pileg-lumbah-2029')!;
const index = new MentionIndex([pileg]);
const read = (text: string) => index.detect(normalize(text));
const found = (text: string) => read(text).mentions.map((m) => [m.kind, m.candidate?.number, m.candidate?.caleg?.name]);
const DPRD = 'DPRD Kab. Sungai Lumbah 2';

function problems(edit: (cfg: ElectionConfig & { caleg: NonNullable<ElectionConfig['caleg']> }) => void): string[] {
  const cfg = structuredClone(pileg) as ElectionConfig & { caleg: NonNullable<ElectionConfig['caleg']> };
  edit(cfg);
  try {
    parseElectionConfig(cfg, 'test');
    return [];
  } catch (err) {
    return (err as { problems: string[] }).problems;
  }
}

describe('caleg in a Pileg config', () => {
  it('load with their party, list number and district (a config with caleg was refused: unknown field)', () => {
    expect(pileg.caleg?.find((c) => c.name === 'Andi Mappasessu')).toEqual({ name: 'Andi Mappasessu', party: 'PBE', number: 2, dapil: DPRD });
  });

  it('are checked: a party of the config, one list place per party and district, a name of their own, a Pileg', () => {
    expect(problems((c) => (c.caleg[0].party = 'Partai Hijau'))).toEqual(['caleg[0].party: "Partai Hijau" is no ballot entry of this config: write a party\'s name, alias or acronym as `candidates` gives it']);
    expect(problems((c) => c.caleg.push({ name: 'Hasanuddin Bakri', party: 'Partai Bulan Emas', number: 2, dapil: DPRD }))).toEqual([
      `caleg[10].number: list number 2 of "Partai Bulan Emas" in dapil "${DPRD}" is also caleg[3]'s`,
    ]);
    expect(problems((c) => c.caleg.push({ name: 'Hasanuddin Bakri', party: 'PBE', number: 2, dapil: 'DPR RI Kalsel I' }))).toEqual([]); // another district
    expect(problems((c) => c.caleg.push({ name: 'Andi Mappasessu', party: 'PRB', number: 5, dapil: DPRD }))).toEqual(['caleg[10].name: "Andi Mappasessu" reads as a name or alias of caleg[3] too']);
    expect(problems((c) => c.caleg.push({ name: 'Partai Pelita Umat', party: 'PRB', number: 5, dapil: DPRD }))).toEqual(['caleg[10].name: "Partai Pelita Umat" reads as a name or alias of ballot number 12 too']);
    expect(problems((c) => (c.kind = 'pilbup'))).toEqual(['caleg: caleg are a legislative race\'s candidates: kind must be "pileg", not "pilbup"']);
    expect(problems((c) => delete (c.caleg[0] as { dapil?: string }).dapil)).toEqual(['caleg[0].dapil: is required']);
    expect(problems((c) => (c.caleg[0].number = 0))).toEqual(['caleg[0].number: must be at least 1']);
  });

  it('warns of a district without a number, which no post\'s "dapil …" names (it was accepted silently)', () => {
    const cfg = structuredClone(pileg);
    cfg.caleg![0].dapil = 'DPRD Kab. Sungai Lumbah';
    expect(configWarnings(cfg, new Set()).filter((w) => w.startsWith('caleg'))).toEqual([
      'caleg[0].dapil: "DPRD Kab. Sungai Lumbah" has no number (digits or Roman, I to XII): a post naming a district by its number ("dapil Kalsel 2") never names this one',
    ]);
    expect(configWarnings(pileg, new Set()).filter((w) => w.startsWith('caleg'))).toEqual([]);
  });
});

describe('a caleg\'s name', () => {
  it('is a candidate mention of the caleg on their party\'s entry (it was plain words, or the party\'s alias)', () => {
    const r = read('Dukung Andi Mappasessu untuk DPRD');
    expect(r.tokens).toEqual(['dukung', '<cand>', 'untuk', 'dprd']);
    expect(r.mentions[0].candidate).toEqual({ election: 'pileg-lumbah-2029', number: 5, name: 'Partai Bulan Emas', caleg: { name: 'Andi Mappasessu', listNumber: 2, dapil: DPRD } });
    // forms of the name, as a candidate's: a distinctive surname alone, first and last of three words
    expect(found('Mappasessu paling peduli')).toEqual([['name', 5, 'Andi Mappasessu']]);
    expect(found('Bambang Wirawan ke DPR')).toEqual([['name', 2, 'Bambang Setiadi Wirawan']]);
    expect(found('Bu Banun datang')).toEqual([['alias', 12, 'Siti Rahmah Banun']]);
    expect(found('Siti datang terlambat')).toEqual([]); // a common given name alone is anyone's
  });

  it('"caleg" before a common given name of one makes it theirs, as "capres" or "paslon" does (it was anyone\'s)', () => {
    expect(found('caleg Siti paling rajin turun ke desa')).toEqual([['name', 12, 'Siti Rahmah Banun']]);
    expect(found('Bu Siti paling rajin')).toEqual([]); // a title is no role: anyone's colleague
  });

  it('its words that count alone are noted by elections --check under the party\'s number (they were not listed)', () => {
    const notes = configNotes(pileg);
    expect(notes.find((l) => l.startsWith('number 2: these words alone'))).toBe('number 2: these words alone count as this candidate in any post: Rusdiansyah, Wirawan');
    expect(notes.find((l) => l.startsWith('number 5: these phrases'))).toContain('"andi mappasessu"');
  });
});

describe('a list number', () => {
  it('after a caleg word and the party, or with "dari" the party, is that party\'s list place: the caleg\'s (it was nobody\'s, or the party\'s number)', () => {
    // (the acronym is listed as the entry's alias and party: read as the party)
    expect(found('dukung caleg PBE nomor 2')).toEqual([['party', 5, undefined], ['number', 5, 'Andi Mappasessu']]);
    expect(found('coblos nomor urut 1 dari Partai Pelita Umat')).toEqual([['number', 12, 'Ahmad Syarwani'], ['name', 12, undefined]]);
    expect(found('caleg nomor 3 dari PRB')).toEqual([['number', 8, 'Gusti Rahmadi Noor'], ['party', 8, undefined]]);
  });

  it('right after the party, a number other than its own is its list place; its own stays the party\'s', () => {
    expect(found('PPU nomor 2 mantap')).toEqual([['party', 12, undefined], ['number', 12, 'Siti Rahmah Banun']]);
    expect(found('PBE nomor 5 mantap')).toEqual([['party', 5, undefined], ['number', 5, undefined]]);
    expect(read('PBE nomor 5 mantap').mentions[1].candidate?.caleg).toBeUndefined();
  });

  it('a bare number stays a party\'s ballot number; a place held in two districts names no caleg', () => {
    expect(found('coblos nomor 2')).toEqual([['number', 2, undefined]]);
    expect(read('coblos nomor 2').mentions[0].candidate?.name).toBe('Partai Karya Mandiri');
    // PKM's place 1 is Rusdiansyah's in the DPRD district and Bambang's for the DPR: nobody's
    expect(found('caleg PKM nomor 1')).toEqual([['party', 2, undefined], ['number', undefined, undefined]]);
    expect(found('calegku nomor 3 pasti amanah')).toEqual([['number', undefined, undefined]]); // no party named
  });
});

describe('a caleg post scored end to end', () => {
  it('names the caleg and their party in mentions and evidence, and scores as a party\'s post does: the model knows the features', async () => {
    const scorer = await createScorer({ electionsDir: dir });
    const caleg = scorer.score({ text: 'Ayo dukung Andi Mappasessu nomor 2, pasti amanah!', election: 'pileg-lumbah-2029' });
    const label = 'Andi Mappasessu, caleg no. urut 2, dapil DPRD Kab. Sungai Lumbah 2, Partai Bulan Emas (05, pileg-lumbah-2029)';
    expect(caleg.mentions).toEqual([
      { kind: 'name', text: 'andi mappasessu', candidate: label },
      { kind: 'number', text: 'nomor 2', candidate: label },
    ]);
    expect(caleg.evidence.some((e) => e.candidate === label)).toBe(true);
    // the same typed tokens as a post naming the party: a model trained before caleg scores it alike
    const party = scorer.score({ text: 'Ayo dukung Partai Karya Mandiri nomor 2, pasti amanah!', election: 'pileg-lumbah-2029' });
    expect(caleg.label).toBe(party.label);
    expect(caleg.risk).toBeCloseTo(party.risk, 10);
    expect(caleg.label).not.toBe('netral');
  });
});
