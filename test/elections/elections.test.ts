import { describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseElectionConfig, ElectionConfigError } from '../../src/elections/schema.js';
import { loadableElectionDir, loadElectionDir, loadElectionFile, readElectionDir, resolveElection } from '../../src/elections/load.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { handleHasKey } from '../../src/elections/account-handles.js';
import { electionStage } from '../../src/elections/stage.js';
import { normalize } from '../../src/text/normalize.js';
import { electionNamesOf } from '../../src/text/election-names.js';
import { tempDir } from '../helpers/temp-dir.js';

const shipped = loadElectionDir();
const byId = (id: string) => shipped.find((c) => c.id === id)!;

/** The problems parseElectionConfig reports for `value`, none when it is valid. */
function problemsOf(value: unknown): string[] {
  try {
    parseElectionConfig(value);
    return [];
  } catch (err) {
    return (err as ElectionConfigError).problems;
  }
}

describe('election config contract', () => {
  it('ships valid configs for Pilpres 2019, Pilpres 2024 and Pilgub Jatim 2024', () => {
    expect(shipped.map((c) => c.id)).toEqual(expect.arrayContaining(['pilpres-2019', 'pilpres-2024', 'pilgub-jatim-2024']));
    expect(byId('pilgub-jatim-2024').candidates.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(byId('pilpres-2024').schedule?.voting).toBe('2024-02-14');
  });

  it('rejects unknown fields with their path', () => {
    const bad = { id: 'x', candidates: [{ number: 1, names: ['A B'], slogan: ['typo'] }], colour: 'red' };
    expect(() => parseElectionConfig(bad)).toThrow(ElectionConfigError);
    try {
      parseElectionConfig(bad);
    } catch (err) {
      const problems = (err as ElectionConfigError).problems.join('\n');
      expect(problems).toContain('candidates[0].slogan: unknown field');
      expect(problems).toContain('colour: unknown field');
    }
  });

  it('names each invalid field', () => {
    const bad = { id: 'Bad Id', kind: 'pilkades', schedule: { campaign: ['2024-11-23', '2024-09-25'], voting: '27-11-2024' }, candidates: [{ number: 0, names: [] }] };
    const problems = (() => {
      try {
        parseElectionConfig(bad);
        return '';
      } catch (err) {
        return (err as ElectionConfigError).problems.join('\n');
      }
    })();
    for (const field of ['id:', 'kind:', 'schedule.campaign:', 'schedule.voting:', 'candidates[0].number:', 'candidates[0].names:']) expect(problems).toContain(field);
  });

  it('refuses a name or alias given to two candidates, a hashtag with a space, and reports a bad date once', () => {
    const bad = {
      id: 'pilgub-contoh',
      schedule: { campaign: ['2024-9-25', '2024-11-23'], quietPeriod: ['2024-11-24', '2024-11-26'], voting: '2024-02-30' },
      candidates: [
        { number: 1, names: ['Ridwan Kamil'], aliases: ['RK'], hashtags: ['#Jakarta Baru', '#RIDO'] },
        { number: 2, names: ['Dharma Pongrekun'], aliases: ['rk', 'Ridwan Kamiil'] },
      ],
    };
    expect(problemsOf(bad)).toEqual([
      'schedule.campaign[0]: expected an ISO date (YYYY-MM-DD)',
      'schedule.voting: expected an ISO date (YYYY-MM-DD)',
      'candidates[0].hashtags[0]: a hashtag is one word: letters, digits or _, after an optional #',
      `candidates[1].aliases[0]: "rk" reads as a name or alias of ballot number 1 too`,
      `candidates[1].aliases[1]: "Ridwan Kamiil" reads as a name or alias of ballot number 1 too`,
    ]);
  });

  it('reports every problem of a config at once: schema problems and the checks across candidates together', () => {
    const bad = {
      id: 'pilbup-contoh',
      schedule: { candidateDetermination: '2024-09-22', campaign: ['2024-09-20', '2024-11-23'], voting: '2024-11-27' },
      candidates: [
        { number: 1, names: ['Aditya Pratama', 'Maria Ulfa'], aliases: ['HeFa'], hashtags: ['Adit Maria'] },
        { number: 1, names: ['Hendra Fauzi', 'Fajar Nugraha'], aliases: ['HeFa'] },
      ],
    };
    expect(problemsOf(bad)).toEqual([
      'candidates[0].hashtags[0]: a hashtag is one word: letters, digits or _, after an optional #',
      'schedule.campaign: must start after candidateDetermination ends (2024-09-22)',
      'candidates[1].number: duplicate ballot number 1',
      'candidates[1].aliases[0]: "HeFa" reads as a name or alias of candidates[0] (ballot number 1) too',
    ]);
  });

  it('checks across candidates what a config of the wrong types still has', () => {
    const bad = {
      id: 'pilbup-contoh',
      schedule: { candidateDetermination: '2024-09-22', campaign: ['2024-09-20', 7], voting: '2024-11-27' },
      candidates: [
        { number: 1, names: ['Aditya Pratama', 'Maria Ulfa'], aliases: ['HeFa', 3] },
        { number: '2', names: ['Hendra Fauzi', 'Fajar Nugraha'], aliases: ['HeFa'] },
        'Budi',
        { number: 3, names: 'Budi Santoso', aliases: ['Nugraha'] },
      ],
    };
    expect(problemsOf(bad)).toEqual([
      'schedule.campaign[1]: expected an ISO date (YYYY-MM-DD)',
      'candidates[0].aliases[1]: must be a string, got 3',
      'candidates[1].number: must be a number, got "2"',
      'candidates[2]: must be an object, got "Budi"',
      'candidates[3].names: must be an array, got "Budi Santoso"',
      'candidates[1].aliases[0]: "HeFa" reads as a name or alias of ballot number 1 too',
      'candidates[3].aliases[0]: "Nugraha" is a word of candidates[1]\'s name: posts naming that one would be read as this one',
    ]);
  });

  it('refuses what posts could never be read for: a ballot number above the highest read, a word without letters, a slogan, hashtag or name word of two candidates', () => {
    const bad = {
      id: 'pilkada-contoh',
      candidates: [
        { number: 1, names: ['Darsa Hartanto', 'Nengsih Sulaeman'], slogans: ['Maju Bareng Darsa'], hashtags: ['DarsaJuara'] },
        { number: 25, names: ['Wiguna Pratama'], aliases: ['☝️', '02', 'Hartanto'], slogans: ['maju bareng DARSA'], hashtags: ['#darsajuara'] },
      ],
    };
    expect(problemsOf(bad)).toEqual([
      'candidates[1].number: posts are read for ballot numbers up to 24 only ("coblos nomor 25" is not found)',
      'candidates[1].aliases[0]: has no letter: it would never match a post (a ballot number is the `number` field)',
      'candidates[1].aliases[1]: has no letter: it would never match a post (a ballot number is the `number` field)',
      `candidates[1].aliases[2]: "Hartanto" is a word of ballot number 1's name: posts naming that one would be read as this one`,
      'candidates[1].slogans[0]: "maju bareng DARSA" reads as a slogan of ballot number 1 too',
      'candidates[1].hashtags[0]: "#darsajuara" reads as a hashtag of ballot number 1 too',
    ]);
  });

  it('accepts missing optional fields and loads files by path or id', () => {
    const dir = tempDir('netra-elections-');
    const file = path.join(dir, 'pilbup-contoh.json');
    writeFileSync(file, JSON.stringify({ id: 'pilbup-contoh', candidates: [{ number: 1, names: ['Rahmat Hidayat', 'Sri Wahyuni'] }] }));
    expect(loadElectionFile(file).id).toBe('pilbup-contoh');
    expect(resolveElection(file).candidates).toHaveLength(1);
    expect(resolveElection('pilpres-2019').id).toBe('pilpres-2019');
    expect(() => resolveElection('pilkada-mars')).toThrow(/unknown election id/);
    writeFileSync(file, '{ not json');
    expect(() => loadElectionFile(file)).toThrow(/not valid JSON/);
    writeFileSync(file, `\uFEFF${JSON.stringify({ id: 'pilbup-contoh', candidates: [{ number: 1, names: ['A'] }] })}`);
    expect(loadElectionFile(file).id).toBe('pilbup-contoh'); // saved with a BOM
  });

  it('says plainly when the config directory is missing or a file (not a raw scandir error)', () => {
    const dir = tempDir('netra-elections-');
    expect(() => loadElectionDir(path.join(dir, 'missing'))).toThrow(/missing does not exist \(ELECTIONS_DIR or --dir must name a directory\)/);
    const file = path.join(dir, 'one.json');
    writeFileSync(file, '{}');
    expect(() => loadElectionDir(file)).toThrow(/one\.json is not a directory/);
    expect(() => loadElectionDir(path.join(file, 'x'))).toThrow(/one\.json\/x does not exist/); // a file on the way
  });

  it('a stray JSON file in the directory fails loading with a short message: the file, the first problems, how many more', () => {
    const dir = tempDir('netra-elections-');
    writeFileSync(path.join(dir, 'pilpres-2024.json'), JSON.stringify(byId('pilpres-2024')));
    const stray = path.join(dir, 'export.json');
    writeFileSync(stray, JSON.stringify(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`key_${i}`, i]))));
    let err: unknown;
    try {
      loadElectionDir(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ElectionConfigError); // still fails: a bad config is never skipped
    const { message, problems } = err as ElectionConfigError;
    expect(problems).toHaveLength(2002); // all of them, for code that wants them
    expect(message).toBe(`${stray}: invalid election config: id: is required; candidates: is required; key_0: unknown field; key_1: unknown field; key_2: unknown field; … and 1997 more`);
  });

  it('says what a field must be in the contract\'s words, never zod\'s, and an empty word once', () => {
    const base = { id: 'x-1', kind: 'pilbup', candidates: [{ number: 1, names: ['Budi Santoso'] }] };
    const problem = (cfg: unknown): string => {
      try {
        parseElectionConfig(cfg, 'f.json');
      } catch (e) {
        return (e as ElectionConfigError).problems.join('; ');
      }
      return 'valid';
    };
    expect(problem({ ...base, kind: 'pilkades' })).toBe('kind: must be one of "pilpres", "pileg", "pilgub", "pilbup", "pilwalkot", "other", got "pilkades"');
    expect(problem({ ...base, candidates: [{ number: 1.5, names: ['Budi'] }] })).toBe('candidates[0].number: must be a whole number, got 1.5');
    expect(problem({ ...base, candidates: [{ number: '1', names: ['Budi'] }] })).toBe('candidates[0].number: must be a number, got "1"');
    expect(problem({ ...base, candidates: [{ number: 0, names: ['Budi'] }] })).toBe('candidates[0].number: must be at least 1');
    expect(problem({ ...base, candidates: [{ number: 1, names: ['Budi'], aliases: [''] }] })).toBe('candidates[0].aliases[0]: must not be empty');
    expect(problem({ ...base, candidates: [{ number: 1, names: 'Budi' }] })).toBe('candidates[0].names: must be an array, got "Budi"');
    expect(problem({ ...base, schedule: { campaign: ['2024-01-01'] } })).toBe('schedule.campaign: must have at least 2 items');
    expect(problem({ ...base, schedule: { voting: 5 } })).toBe('schedule.voting: expected an ISO date (YYYY-MM-DD)'); // written for the contract: kept
    expect(problem([])).toBe('(root): must be an object, got an array');
    expect(problem({ kind: 'pilbup' })).toBe('id: is required; candidates: is required');
    for (const bad of [{ ...base, kind: 7 }, { ...base, id: {} }, { ...base, candidates: [{ number: 1, names: [5] }] }]) expect(problem(bad)).not.toMatch(/Invalid|received|expected (int|string|number)/);
  });

  it('readElectionDir says why a directory does not load, with where to see every problem; loadableElectionDir skips what does not load', () => {
    const dir = tempDir('netra-elections-');
    writeFileSync(path.join(dir, 'pilpres-2024.json'), JSON.stringify(byId('pilpres-2024')));
    expect(readElectionDir(dir)).toEqual({ configs: [byId('pilpres-2024')] });
    const stray = path.join(dir, "Alice's export.json");
    writeFileSync(stray, '{"id": "x"}');
    expect(readElectionDir(dir)).toEqual({
      problem: `${stray}: invalid election config: candidates: is required; netra elections --check '${dir}/Alice'\\''s export.json' lists every problem`,
    });
    expect(loadableElectionDir(dir).map((c) => c.id)).toEqual(['pilpres-2024']);
    // an id in two files: both named (it named the directory alone); --check of one file would not see it
    const copy = path.join(dir, 'zz.json');
    writeFileSync(copy, JSON.stringify(byId('pilpres-2024')));
    expect(() => loadElectionDir(dir)).toThrow(`${stray}: invalid election config`);
    rmSync(stray);
    expect(readElectionDir(dir)).toEqual({ problem: `${copy}: invalid election config: duplicate election id pilpres-2024 (also ${path.join(dir, 'pilpres-2024.json')})` });
    expect(loadableElectionDir(dir)).toEqual([byId('pilpres-2024')]);
  });

  it('cuts a long problem (a long field name) and lists a sixth problem rather than "… and 1 more"', () => {
    const long = 'x'.repeat(10_000);
    const { message } = (() => {
      try {
        parseElectionConfig({ id: 'x', candidates: [{ number: 1, names: ['A'] }], [long]: 1 }, 'cfg.json');
      } catch (e) {
        return e as ElectionConfigError;
      }
      throw new Error('no error');
    })();
    expect(message.length).toBeLessThan(300);
    expect(message).toMatch(/^cfg\.json: invalid election config: x+…$/);
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(new ElectionConfigError('cfg.json', six).message).toBe('cfg.json: invalid election config: a; b; c; d; e; f');
    expect(new ElectionConfigError('cfg.json', [...six, 'g']).message).toBe('cfg.json: invalid election config: a; b; c; d; e; … and 2 more');
  });

  it('refuses a schedule whose stages are out of order (stages would come out wrong)', () => {
    const cfg = (schedule: object) => ({ id: 'x', schedule, candidates: [{ number: 1, names: ['A'] }] });
    const problems = (schedule: object): string => {
      try {
        parseElectionConfig(cfg(schedule));
        return '';
      } catch (err) {
        return (err as ElectionConfigError).problems.join('\n');
      }
    };
    const shuffled = problems({ candidateDetermination: '2026-01-01', campaign: ['2025-03-01', '2025-04-01'], quietPeriod: ['2025-01-01', '2025-01-02'], voting: '2024-01-01' });
    expect(shuffled).toContain('schedule.campaign: must start after candidateDetermination ends (2026-01-01)');
    expect(shuffled).toContain('schedule.quietPeriod: must start after campaign ends (2025-04-01)');
    expect(shuffled).toContain('schedule.voting: must start after quietPeriod ends (2025-01-02)');
    expect(problems({ campaign: ['2018-09-23', '2019-04-13'], voting: '2019-04-13' })).toContain('schedule.voting: must start after campaign ends');
    expect(problems({ campaign: ['2018-09-23', '2019-04-13'], voting: '2019-04-17' })).toBe(''); // Pemilu 2019: no quiet period given
  });
});

describe('mention detection', () => {
  const jatim = new MentionIndex([byId('pilgub-jatim-2024')]);
  const all = new MentionIndex(shipped);
  const detect = (index: MentionIndex, text: string) => index.detect(normalize(text, index.names));

  it('finds names, aliases, misspellings, numbers, gestures, parties and hashtags, with the candidate', () => {
    const r = detect(jatim, 'Kofifah-Emil lanjut! coblos 02 ✌️ bareng Golkar #KhofifahEmil, bukan Risma');
    const kinds = r.mentions.map((m) => `${m.kind}:${m.candidate?.number}`);
    // the hashtag counts once as a tag and once through its segmented words
    expect(kinds).toEqual(['name:2', 'number:2', 'gesture:2', 'party:2', 'hashtag:2', 'name:2', 'alias:3']);
    expect(r.tokens).toEqual(expect.arrayContaining(['<cand>', '<cand_no>', '<cand_gesture>', '<party>', '<cand_tag>']));
    expect(detect(jatim, 'bu khofifa mantap').mentions[0].candidate?.number).toBe(2); // misspelt
    expect(detect(jatim, 'Rismaharini turun ke pasar').mentions[0].candidate?.number).toBe(3); // surname
    // near misses that are words or common names are not misspelt candidates
    for (const text of ['Selamat ulang tahun Pak Sugianto', 'Pak Syahrul operator sekolah', 'Hari ini pak ngajar dulu', 'dadaku sesak', 'warga diarak keliling']) {
      expect(detect(all, text).mentions, text).toEqual([]);
    }
    expect(detect(all, 'probowo menang').mentions[0]).toMatchObject({ kind: 'name', candidate: { number: 2 } });
  });

  it('reads the empty box as a contestant of a single-pair regional race, and nowhere else', () => {
    const single = parseElectionConfig({
      id: 'pilbup-banyu-alit-2024',
      kind: 'pilbup',
      candidates: [{ number: 1, names: ['Endang Kusumawati', 'Bagas Wicaksono'], aliases: ['Endang-Bagas'] }],
    });
    const race = new MentionIndex([single]);
    const r = detect(race, 'Ayo warga, coblos kotak kosong! #KolomKosong');
    expect(r.mentions.map((m) => `${m.kind}:${m.text}:${m.candidate?.name}:${m.candidate?.number}`)).toEqual([
      'name:kotak kosong:Kotak kosong:0',
      'hashtag:#kolomkosong:Kotak kosong:0',
      'name:kolom kosong:Kotak kosong:0',
    ]);
    expect(r.tokens.filter((t) => t === '<cand>')).toHaveLength(2);
    expect(detect(race, 'pokoke pilih kolom kosong').mentions).toHaveLength(1);
    // "vote" is how many posts say pilih: nobody votes for a form's checkbox either
    for (const text of ['Vote kotak kosong', 'ayo ngevote kolom kosong']) expect(detect(race, text).mentions, text).toHaveLength(1);
    expect(detect(race, 'Endang-Bagas, lanjutkan! kotak kosong ora usah').mentions).toHaveLength(2); // beside the pair itself
    // a tag that starts with the box's words is the box's tag too, where its bare tag counts
    expect(detect(race, '#KotakKosongMenang').mentions.map((m) => `${m.kind}:${m.text}:${m.candidate?.number}`)).toEqual([
      'hashtag:#kotakkosongmenang:0',
      'name:kotak kosong:0',
    ]);
    // a form's checkbox or a snack box is a kotak kosong too, even in a post said to be about the race
    for (const text of ['Mohon isi kolom kosong pada formulir SKP', 'centang kotak kosong di lembar absen', 'pokoke kolom kosong menang']) {
      expect(detect(race, text).mentions, text).toEqual([]);
    }
    // beside other elections: a vote word, or a mention of the same race (not of another one)
    const mixed = new MentionIndex([...shipped, single]);
    expect(detect(mixed, 'kotak kosong di gudang kantor sudah dibuang').mentions).toEqual([]);
    expect(detect(mixed, 'coblos kotak kosong').mentions.map((m) => m.candidate?.name)).toEqual(['Kotak kosong']);
    expect(detect(mixed, 'Endang-Bagas melawan kotak kosong').mentions.map((m) => m.candidate?.name)).toEqual([
      'Endang Kusumawati – Bagas Wicaksono',
      'Kotak kosong',
    ]);
    const snack = detect(mixed, 'Prabowo hebat. Kotak kosong bekas snack rapat dibuang ya');
    expect(snack.mentions.map((m) => m.candidate?.election)).toEqual(['pilpres-2024']);
    expect(snack.election).toBe('pilpres-2024');
    expect(detect(mixed, 'Anies dan #KotakKosong').mentions.map((m) => m.candidate?.election)).toEqual(['pilpres-2024']); // the tag counts only with the race given
    expect(detect(mixed, 'Anies dan #KotakKosongMenang').mentions.map((m) => m.candidate?.election)).toEqual(['pilpres-2024']);
    // two pairs, or a presidential race: no empty box
    const two = parseElectionConfig({ ...single, candidates: [...single.candidates, { number: 2, names: ['Rudi Hartono'] }] });
    expect(detect(new MentionIndex([two]), 'coblos kotak kosong').mentions).toEqual([]);
    expect(detect(new MentionIndex([{ ...single, kind: 'pilpres' }]), 'coblos kotak kosong').mentions).toEqual([]);
  });

  it('finds a name and a ballot number written in spaced capitals, word by word', () => {
    expect(detect(jatim, 'C O B L O S   K H O F I F A H   N O M O R   2').mentions.map((m) => `${m.kind}:${m.candidate?.number}`)).toEqual(['name:2', 'number:2']);
  });

  it('needs context for common words that are also names', () => {
    expect(detect(all, 'amin ya allah semoga sehat').mentions).toEqual([]);
    expect(detect(all, 'Jokowi Amin dua periode').mentions.map((m) => m.text)).toEqual(['jokowi amin', 'dua periode']);
    // "Amin" is also a common given name: a role or vote word makes it the candidate, a title does not
    expect(detect(all, 'pak Amin hadir').mentions).toEqual([]);
    expect(detect(all, 'paslon Amin hadir').mentions.map((m) => m.text)).toEqual(['amin']);
    expect(detect(all, 'Ayo coblos PKS').mentions.map((m) => m.kind)).toEqual(['party']);
    // vote words other than the ballot verb, and neighbours that are not list members, give no context
    for (const text of ['Menangkan Garuda malam ini!', 'Pilih sandi yang kuat untuk akun ASN', 'Prabowo ganjar atlet peraih emas', 'Gibran tampil prima di debat', 'Anies nonton Garuda di Qatar', 'Pendaftaran #KIPKuliah dibuka', '#TimnasGaruda menang 2-0']) {
      expect(detect(all, text).mentions.map((m) => m.text), text).not.toContain(text.match(/garuda|sandi|ganjar|prima|kip/i)![0].toLowerCase());
    }
    // ...except before a word of a candidate's own name that is no common given name: "dukung Luluk"
    for (const text of ['Jatim dukung Luluk', 'aku pilih Luluk', 'mending milih Ganjar', 'Risma lawan Luluk']) {
      expect(detect(all, text).mentions.map((m) => m.text), text).toContain(text.match(/luluk|ganjar/i)![0].toLowerCase());
    }
    for (const text of ['semoga semua saling dukung, amin', 'pilih Lukman jadi ketua panitia', 'dukung Sandi di lomba catur kantor']) {
      expect(detect(all, text).mentions, text).toEqual([]); // given names and aliases stay colleagues' ("sandi" is an alias)
    }
    // a mention of the same race one word away: "Anies, Prabowo dan Ganjar"
    expect(detect(all, 'Debat capres: Anies, Prabowo, dan Ganjar').mentions.map((m) => m.text)).toEqual(['anies', 'prabowo', 'ganjar']);
    // a hashtag names a common word on purpose
    expect(detect(all, '#Ganjar2024 menang').mentions.map((m) => m.text)).toEqual(['ganjar']);
    for (const text of ['Semoga lekas sembuh ya bu #amin', 'Indonesia menang 2-0 #Garuda #TimnasDay', 'Semangat pemuda #Gelora', 'Kak Gama ulang tahun hari ini', 'terima kasih @kaksandi']) {
      expect(detect(all, text).mentions, text).toEqual([]); // a word alone as a tag, "kak", is no context
    }
    // a pair's own tag is that pair's, even where its words name another pair: "Abah" is number 2's
    // nickname and a title before "Bunda", number 3's
    const nicknames = new MentionIndex([parseElectionConfig({
      id: 'pilbup-contoh-2024',
      kind: 'pilbup',
      candidates: [
        { number: 2, names: ['Anton Wijaya', 'Dewi Lestari'], aliases: ['Abah'], hashtags: ['#AbahBunda'] },
        { number: 3, names: ['Siti Marlina', 'Yusuf Hakim'], aliases: ['Bunda'] },
      ],
    })]);
    expect(detect(nicknames, 'Salam #AbahBunda').mentions.map((m) => `${m.kind}:${m.text}:${m.candidate?.number}`)).toEqual(['hashtag:#abahbunda:2', 'alias:abah:2']);
    expect(detect(nicknames, '#AbahBunda, bukan Bunda Siti').mentions.map((m) => m.candidate?.number)).toEqual([2, 2, 3, 3]); // after the tag, words read as ever
    // two names of one pair give each other context
    expect(detect(jatim, 'Lukman dan Luluk kompak di Jombang').mentions.map((m) => m.candidate?.number)).toEqual([1, 1]);
    expect(detect(all, 'Capres gemoy paling keren').mentions.map((m) => m.text)).toEqual(['gemoy']); // a role word lends context
    expect(detect(all, '#pahala ganjar dari Allah').mentions).toEqual([]);
    // initials are part of a name, not a name: one mention for "Prof. Mahfud MD"
    expect(detect(all, 'Prof. Mahfud MD hadir').mentions.map((m) => m.text)).toEqual(['prof mahfud']);
    for (const text of ['Selamat pensiun Pak Amin', 'Pak Lukman kepala sekolah', 'Pak Samsul tetangga saya', 'Surat Luqman ayat 13']) {
      expect(detect(all, text).mentions, text).toEqual([]);
    }
    expect(detect(all, 'ganjar pahala').mentions).toEqual([]); // ganjar is also a word
    expect(detect(all, 'Ganjar Pranowo').mentions).toHaveLength(1);
    expect(detect(all, 'partai demokrat').mentions.map((m) => m.kind)).toEqual(['party']);
    expect(detect(all, 'negara demokrat itu').mentions).toEqual([]);
  });

  it('does not take a common given name alone for the candidate who bears it', () => {
    for (const text of ['Pak Joko sudah datang ke kantor', 'Mantap Bu Tri, semangat terus', 'rapat dengan pak Abdul dan bu Hamidah', 'Pak Widodo pensiun bulan ini', 'Pak Abdul Iskandar kepala dinas']) {
      expect(detect(all, text).mentions, text).toEqual([]);
    }
    expect(detect(all, 'Joko Widodo dua periode').mentions[0]).toMatchObject({ kind: 'name', text: 'joko widodo' });
    expect(detect(jatim, 'pilih Luluk Hamidah').mentions.map((m) => `${m.kind}:${m.text}:${m.candidate?.number}`)).toEqual(['name:luluk hamidah:1']);
    expect(detect(jatim, 'Bu Risma turun ke pasar').mentions[0].candidate?.number).toBe(3); // aliases still count
  });

  it("does not take a teacher's common given name for a Pilkada candidate who bears it", () => {
    // an invented race: "Halimah" is the name of very many women, "bu Halimah" anyone's teacher
    const pilkada = new MentionIndex([
      parseElectionConfig({ id: 'pilbup-contoh-halimah', kind: 'pilbup', candidates: [{ number: 1, names: ['Halimah Tusadiah'] }, { number: 2, names: ['Darsa Hartanto'] }] }),
    ]);
    for (const text of ['bu Halimah guru SD saya baik sekali', 'Halimah guru SD saya baik sekali']) expect(detect(pilkada, text).mentions, text).toEqual([]);
    expect(detect(pilkada, 'Halimah Tusadiah blusukan ke pasar').mentions.map((m) => m.candidate?.number)).toEqual([1]); // the full name counts
    expect(detect(pilkada, 'coblos Halimah').mentions.map((m) => m.candidate?.number)).toEqual([1]); // so does a vote word
  });

  // An invented town race whose candidates bear names as common as anyone's.
  const town = new MentionIndex([
    parseElectionConfig({
      id: 'pilwalkot-contoh-nama',
      candidates: [
        { number: 1, names: ['Budi Hartono', 'Siti Aminah'], aliases: ['Abah Budi'] },
        { number: 2, names: ['Wahyu Prasetyo Nugroho', 'Dewi Kartika Sari'], aliases: ['Wahyu', 'Dewi'] },
        { number: 3, names: ['Hendra Gunawan', 'Rina Marlina Pohan'], aliases: ['Hendra', 'HeRi'] },
        { number: 4, names: ['Asep Saepudin', 'Yusuf Maulana'], aliases: ['Kang Asep', 'Aa Asep'] },
        { number: 5, names: ['Darsa Hartanto', 'Nengsih Sulaeman'] },
      ],
    }),
  ]);

  it('does not take a name common in any region for the candidate who bears it', () => {
    for (const text of [
      'Berkas rapat tadi sudah saya titipkan ke Nugroho',
      'Turut berduka atas wafatnya ibu Aminah, semoga husnul khotimah',
      'Siregar, Pohan, Lubis, ayo kumpul di lapangan sore ini',
      'Kulkas baru beli di toko Hartono Elektronik',
      'Heri, nanti sore jadi rapat di aula?',
      'Asep yang jaga parkir sudah pulang',
      'Bu Maulana wali kelas anak saya',
    ]) {
      expect(detect(town, text).mentions, text).toEqual([]);
    }
    // their full names still count, and a distinctive one alone
    expect(detect(town, 'Budi Hartono blusukan ke pasar').mentions.map((m) => m.candidate?.number)).toEqual([1]);
    expect(detect(town, 'Hartanto blusukan ke pasar').mentions.map((m) => m.candidate?.number)).toEqual([5]);
  });

  it('takes no near-spelling of a common given name for a misspelt candidate name', () => {
    // "Hartano" is a letter from Hartono, a common name, as much as from the candidate Hartanto
    for (const text of ['Pak Hartano pindah tugas', 'Pak Saefudin datang', 'Pak Martono datang']) expect(detect(town, text).mentions, text).toEqual([]);
    expect(detect(all, 'Pak Mahmud guru ngaji').mentions).toEqual([]); // not Mahfud
    expect(detect(town, 'Hartamto blusukan ke pasar').mentions.map((m) => m.candidate?.number)).toEqual([5]); // a misspelling
  });

  it('still finds every shipped candidate in the forms posts write them', () => {
    const forms: [string, string, number][] = [
      ['pilpres-2019', 'Jokowi', 1], ['pilpres-2019', "Ma'ruf Amin", 1], ['pilpres-2019', 'Prabowo', 2], ['pilpres-2019', 'Sandiaga Uno', 2],
      ['pilpres-2024', 'Anies', 1], ['pilpres-2024', 'Muhaimin', 1], ['pilpres-2024', 'Baswedan', 1], ['pilpres-2024', 'Gibran', 2],
      ['pilpres-2024', 'Subianto', 2], ['pilpres-2024', 'Ganjar Pranowo', 3], ['pilpres-2024', 'Mahfud', 3],
      ['pilgub-jatim-2024', 'Bu Luluk', 1], ['pilgub-jatim-2024', 'Lukmanul Khakim', 1], ['pilgub-jatim-2024', 'Khofifah', 2], ['pilgub-jatim-2024', 'Dardak', 2],
      ['pilgub-jatim-2024', 'Rismaharini', 3], ['pilgub-jatim-2024', 'Gus Hans', 3], ['pilgub-jatim-2024', 'Asumta', 3],
      ['pilgub-banten-2024', 'Airin', 1], ['pilgub-banten-2024', 'Ade Sumardi', 1], ['pilgub-banten-2024', 'Andra Soni', 2], ['pilgub-banten-2024', 'Dimyati', 2],
    ];
    for (const [id, name, number] of forms) {
      const r = detect(new MentionIndex([byId(id)]), `kemarin ${name} datang ke pasar`);
      expect(r.mentions.map((m) => m.candidate?.number), `${id}: ${name}`).toEqual([number]);
    }
  });

  it('counts slogans of everyday words and affixed party names only with another mention', () => {
    expect(detect(all, 'Selamat atas pelantikan menteri Kabinet Indonesia Maju').mentions).toEqual([]);
    expect(detect(all, 'semangat kerja nyata untuk masyarakat').mentions).toEqual([]);
    expect(detect(all, 'terus berkarya untuk negeri').mentions).toEqual([]);
    expect(detect(all, 'Indonesia maju, coblos 02!').mentions.map((m) => m.kind)).toEqual(['slogan', 'number']);
    expect(detect(all, 'Mantap #2019GantiPresiden').mentions.map((m) => m.kind)).toEqual(['hashtag', 'slogan']);
    // distinctive slogans count alone, and lend context to everyday ones
    expect(detect(all, 'Amin aja dulu, bismillah').mentions.map((m) => m.kind)).toEqual(['slogan']);
    expect(detect(all, 'Jokowi: kerja nyata, lanjutkan dua periode').mentions.map((m) => m.text)).toEqual(['jokowi', 'kerja nyata', 'dua periode']);
    for (const text of ['Kepala desa kami sudah menjabat dua periode', 'Pelayanan KTP sekarang sat set', 'Kucingku gemoy banget', 'Semangat! #IndonesiaMaju #lanjutkan']) {
      expect(detect(all, text).mentions, text).toEqual([]);
    }
    expect(detect(jatim, 'Bu Khofifah #lanjutkan').mentions.map((m) => m.kind)).toEqual(['alias', 'hashtag']);
    expect(detect(all, 'partai berkarya').mentions.map((m) => m.kind)).toEqual(['party']);
  });

  it('infers the election from names and resolves ballot numbers in it', () => {
    const r = detect(all, 'Pak Ganjar keren, nomor 3 pasti menang');
    expect(r.election).toBe('pilpres-2024');
    expect(r.mentions.find((m) => m.kind === 'number')?.candidate?.name).toContain('Ganjar');
  });

  it('lets a ballot number vote for the race in which it is a named candidate\'s number', () => {
    // "Amin" is Ma'ruf Amin (01, 2019) and the alias of Anies–Muhaimin (01, 2024): both candidates are
    // kept, the number beside it gives "amin" its context, and the tie goes to the newer race.
    const amin = detect(all, 'AMIN 01 menang');
    expect(amin.mentions.map((m) => m.candidate?.number)).toEqual([1, 1]);
    expect(amin.election).toBe('pilpres-2024');
    expect(amin.mentions[0].candidate?.name).toContain('Anies');
    expect(detect(all, 'amin ya allah, 01 juara kelas').mentions.map((m) => m.kind)).toEqual(['number']); // not beside each other
    // Golkar backs number 02 in Pilpres 2024 and Jatim but number 01 in Banten: "Golkar 01" is Banten
    const golkar = detect(all, 'Golkar 01 menang');
    expect(golkar.election).toBe('pilgub-banten-2024');
    expect(golkar.mentions.map((m) => m.candidate?.name)).toEqual([expect.stringContaining('Airin'), expect.stringContaining('Airin')]);
  });

  it('reads a spelled number after the ballot verb as a ballot number', () => {
    expect(detect(all, 'besok coblos dua ya').mentions.map((m) => m.text)).toEqual(['nomor 2']);
    expect(detect(all, 'nyoblos loro wae').mentions.map((m) => m.text)).toEqual(['nomor 2']);
    expect(detect(all, 'paslon tiga paling jujur').mentions.map((m) => m.text)).toEqual(['nomor 3']); // after a contest role too (it was not)
    expect(detect(all, 'Capres nomor dua, cawapres siji').mentions.map((m) => m.text)).toEqual(['nomor 2', 'nomor 1']);
    expect(detect(all, 'paslon satu per satu naik panggung').mentions).toEqual([]); // a count, as after coblos
    expect(detect(all, 'pasangan dua sejoli').mentions).toEqual([]); // an everyday noun is no contest role
    expect(detect(all, 'coblos dua orang sekaligus ya gak bisa').mentions).toEqual([]); // a count
    expect(detect(all, 'pilih satu dari dua menu').mentions).toEqual([]); // "pilih" is no cue for spelled numbers
    expect(detect(all, 'Cukup coblos satu kali, lalu lipat lagi').mentions).toEqual([]); // "once"
    expect(detect(all, 'Tiga paslon, tiga tim sukses, satu grup WA').mentions).toEqual([]); // a comma between
  });

  it('picks a race still open on the post\'s date, and names none when two races are level', () => {
    const text = 'Pak Jokowi dan Prabowo makan bakso, 01 kalah';
    expect(all.detect(normalize(text)).election).toBe('pilpres-2019'); // undated: the names point at 2019
    const dated = all.detect(normalize(text), new Date('2024-01-10T10:00:00+07:00'));
    expect(dated.election).toBe('pilpres-2024');
    expect(dated.mentions.find((m) => m.kind === 'number')?.candidate?.name).toContain('Anies');
    // every race it names is settled on its date: the newest one, not the earliest
    for (const when of ['2024-06-14T10:00:00+07:00', '2025-03-01T10:00:00+07:00']) {
      expect(all.detect(normalize('Presiden Prabowo resmikan bendungan'), new Date(when)).election, when).toBe('pilpres-2024');
    }
    // Golkar backs a candidate in Jatim and in Banten, both voting on 2024-11-27: no race, no candidate
    const golkar = detect(all, 'Golkar menang di mana-mana');
    expect(golkar.election).toBeUndefined();
    expect(golkar.mentions).toMatchObject([{ kind: 'party', text: 'golkar' }]);
    expect(golkar.mentions[0].candidate).toBeUndefined();
  });

  it('detects candidate accounts behind @mentions', () => {
    const r = detect(jatim, 'setuju @LulukHamidah');
    expect(r.mentions).toMatchObject([{ kind: 'account', text: '@lulukhamidah', candidate: { number: 1 } }]);
    expect(r.tokens).toEqual(['setuju', '<cand_user>']);
  });

  it("counts a party's acronym alone however short, word for word, unless it also means something else", () => {
    const p24 = new MentionIndex([byId('pilpres-2024')]);
    const r = detect(p24, 'PKB dan PKS mendukung AMIN, PAN dan PSI ke 02');
    expect(r.mentions.filter((m) => m.kind === 'party').map((m) => `${m.text}:${m.candidate?.number}`)).toEqual(['pkb:1', 'pks:1', 'pan:2', 'psi:2']);
    expect(detect(p24, '#PKS').mentions).toMatchObject([{ kind: 'party', text: 'pks' }]);
    // PKB is also the vehicle tax (data/ambiguous-acronyms.txt): alone it needs context, as in a list of parties
    expect(detect(p24, 'bayar PKB motor lewat aplikasi').mentions).toEqual([]);
    expect(detect(p24, 'partai PKB').mentions).toMatchObject([{ kind: 'party', text: 'pkb' }]);
    // PSI after a number is pounds per square inch, a tyre's pressure: no party; a ballot number before it still is
    expect(detect(p24, 'Tekanan ban depan 32 psi, belakang 36 PSI').mentions).toEqual([]);
    expect(detect(p24, 'coblos nomor 15 PSI').mentions.filter((m) => m.kind === 'party')).toMatchObject([{ text: 'psi' }]);
    expect(detect(all, 'PPP').mentions).toMatchObject([{ kind: 'party', text: 'ppp' }]);
    // not a spelling variant of it: "p" (ping, Pak) is not PPP
    for (const text of ['p', 'ok p', 'P Budi, rapat jam 9', 'PPPP']) expect(detect(all, text).mentions, text).toEqual([]);
    // PBB is also the UN and the land-and-building tax: only as a party
    expect(detect(all, 'jangan lupa bayar PBB').mentions).toEqual([]);
    expect(detect(all, 'partai PBB').mentions).toMatchObject([{ kind: 'party', text: 'pbb' }]);
    // PKN is also civics (a school subject), PAD a region's own revenue: in a Pileg of parties, only as a party
    const pileg = new MentionIndex([parseElectionConfig({ id: 'pileg-contoh', kind: 'pileg', candidates: [{ number: 9, names: ['Partai Kebangkitan Nusantara'], aliases: ['PKN'] }, { number: 21, names: ['Partai Anak Daerah'], aliases: ['PAD'] }] })]);
    expect(detect(pileg, 'besok ulangan PKN bab 3').mentions).toEqual([]);
    expect(detect(pileg, 'PAD kabupaten naik 12 persen').mentions).toEqual([]);
    expect(detect(pileg, 'coblos PKN').mentions).toMatchObject([{ text: 'pkn', candidate: { number: 9 } }]);
  });

  it('reads a candidate and "nomor 3" after a regulation and a comma as the ballot number', () => {
    const r = detect(new MentionIndex([byId('pilpres-2024')]), 'Keputusan KPU, Ganjar nomor 3');
    expect(r.mentions.map((m) => `${m.kind}:${m.candidate?.number}`)).toEqual(['name:3', 'number:3']);
  });

  it('reads the ministry PAN-RB as one word, neither the party PAN nor "ribu"', () => {
    for (const text of ['Edaran Menpan RB dibacakan', 'Edaran KemenPAN-RB dibacakan', 'Edaran Kementerian PAN RB dibacakan', 'Edaran Menpan-RB dibacakan']) {
      const r = detect(all, text);
      expect(r.mentions, text).toEqual([]);
      expect(r.tokens.join(' '), text).toMatch(/^edaran (?:kementerian )?(?:kemen|men)?panrb dibacakan$/);
    }
    expect(normalize('SE Menpan RB nomor 21').text).toBe('se menpanrb nomor <num>'); // a letter's number
    expect(normalize('gaji 150 rb').text).toBe('gaji <num> ribu');
    expect(detect(all, 'coblos PAN').mentions).toMatchObject([{ kind: 'party', text: 'pan' }]);
  });

  it("reads spelled \"nomor satu\" after candidate number 1's own name as the ballot number, and only there", () => {
    const p24 = new MentionIndex([byId('pilpres-2024')]);
    expect(detect(p24, 'Anies nomor satu!').mentions.map((m) => `${m.kind}:${m.candidate?.number}`)).toEqual(['name:1', 'number:1']);
    expect(detect(jatim, 'Bu Luluk nomer siji').mentions.map((m) => `${m.kind}:${m.candidate?.number}`)).toEqual(['alias:1', 'number:1']);
    expect(detect(jatim, 'Tanggal 27 contreng nomor satu ya, Bu Luluk!').mentions.map((m) => `${m.kind}:${m.candidate?.number}`)).toEqual(['number:1', 'alias:1']);
    // a word that needs context and "nomor satu" do not give each other context: "bagus … nomor satu"
    const town = new MentionIndex([parseElectionConfig({ id: 'pilwalkot-contoh', candidates: [{ number: 1, names: ['Bagus Santoso'], aliases: ['Bagus'] }] })]);
    expect(detect(town, 'Pelayanan RSUD kita bagus nomor satu se-Jateng').mentions).toEqual([]);
    // the idiom stays an idiom after anyone else: "Prabowo is number one", not a vote for 01
    expect(detect(p24, 'Prabowo nomor satu').mentions.map((m) => m.kind)).toEqual(['name']);
    expect(detect(all, 'kesehatan keluarga nomor satu').mentions).toEqual([]);
    // the digit form reads the same: the idiom, unless after candidate 1's name
    expect(detect(town, 'Pelayanan RSUD kita bagus nomor 1 se-Jateng').mentions).toEqual([]);
    expect(detect(all, 'kebersihan kantor nomor 1').mentions).toEqual([]);
    expect(detect(jatim, 'Bu Luluk nomer 1').mentions.map((m) => `${m.kind}:${m.candidate?.number}`)).toEqual(['alias:1', 'number:1']);
  });

  it('counts an acronym alias alone unless it is a word or means something else', () => {
    const config = parseElectionConfig({ id: 'pilgub-contoh', candidates: [{ number: 1, names: ['Ridwan Kamil'], aliases: ['RK', 'AMIN'] }] });
    const index = new MentionIndex([config]);
    expect(detect(index, 'Jakarta butuh RK').mentions).toMatchObject([{ kind: 'alias', text: 'rk' }]);
    expect(detect(index, 'semoga sehat, amin').mentions).toEqual([]);
    expect(detect(jatim, 'pendaftaran KIP kuliah dibuka').mentions).toEqual([]); // Kartu Indonesia Pintar
  });

  it('counts a gesture emoji on its own only beside another mention; after salam, pose… always', () => {
    const p24 = new MentionIndex([byId('pilpres-2024')]);
    // ✌️ in a holiday photo is peace: no mention (its evidence shows the emoji: test/pipeline/scorer.test.ts)
    const holiday = detect(p24, 'Foto bareng keluarga di Ancol ✌️✌️ liburan');
    expect(holiday.mentions).toEqual([]);
    expect(holiday.tokens).toContain('<gesture:2>');
    expect(detect(p24, 'Anakku juara 2 lomba mewarnai ✌️😍').mentions).toEqual([]);
    // the inked finger of one who voted is no ballot number
    expect(detect(p24, 'Sudah nyoblos ☝️ jari ungu, ayo yang belum segera ke TPS').mentions).toEqual([]);
    for (const text of ['salam dua jari!', 'pose ✌️ dulu', 'Prabowo ✌️', 'coblos 02 ✌️', 'ayo coblos ✌️']) {
      expect(detect(p24, text).mentions.filter((m) => m.kind === 'gesture').map((m) => m.candidate?.number), text).toEqual([2]);
    }
  });

  it('reads a spoken gesture and the emoji that shows it as one gesture', () => {
    const p24 = new MentionIndex([byId('pilpres-2024')]);
    const r = detect(p24, 'salam 3 jari 🤟');
    expect(r.mentions.map((m) => `${m.kind}:${m.text}:${m.start}-${m.end}`)).toEqual(['gesture:salam 3 jari:1-3']);
    expect(r.tokens).toEqual(['salam', '<cand_gesture>']);
    // another number's emoji is another gesture; emoji alone stay one mention each
    expect(detect(p24, 'salam 3 jari ✌️').mentions.map((m) => m.text)).toEqual(['salam 3 jari', 'salam 2 jari']);
    expect(detect(p24, 'Prabowo ✌️✌️').mentions.filter((m) => m.kind === 'gesture')).toHaveLength(2);
  });

  it('leaves the handles a reply starts with out of the typed tokens, still listing a candidate account among the mentions', () => {
    // a post scores the same whether it came as a reply or not
    expect(detect(all, '@warga_biasa @akun_lain ayo coblos 02').tokens).toEqual(detect(all, 'ayo coblos 02').tokens);
    expect(detect(all, '@warga_biasa @akun_lain ayo ke TPS').tokens).toEqual(['ayo', 'ke', 'tps']);
    const r = detect(jatim, '@warga @LulukHamidah setuju @detikcom');
    expect(r.mentions).toMatchObject([{ kind: 'account', text: '@lulukhamidah', candidate: { number: 1 } }]);
    expect(r.tokens).toEqual(['setuju', '<user>']); // whom a post answers is not what it says
    expect(r.surfaces).toHaveLength(r.tokens.length);
    expect(r.refs).toHaveLength(r.tokens.length);
  });

  it('finds an account key where a word of the handle starts, not inside another name', () => {
    expect(handleHasKey('aniesbaswedan', 'anies')).toBe(true);
    expect(handleHasKey('official_andra', 'andra')).toBe(true);
    expect(handleHasKey('burisma1', 'risma')).toBe(true); // after a title
    expect(handleHasKey('jhprabowo', 'prabowo')).toBe(true); // 6+ letters: anywhere
    expect(handleHasKey('chandra_wijaya', 'andra')).toBe(false);
    expect(handleHasKey('uasabdulsomad', 'abdul')).toBe(false);
    expect(detect(all, 'Terima kasih @abdulsomad').mentions).toEqual([]); // a common given name is no account key
    expect(detect(all, 'Terima kasih @chandra_wijaya atas infonya').mentions).toEqual([]);
  });

  it('finds a three-word name by its first or last two words, and common first names in a list after a role word', () => {
    const found = (text: string) => detect(town, text).mentions.map((m) => `${m.text}:${m.candidate?.number}`);
    expect(found('Hendra Gunawan–Rina Marlina menang telak')).toEqual(['hendra gunawan:3', 'rina marlina:3']);
    expect(found('Paslon Budi dan Wahyu hadir di debat')).toEqual(['budi:1', 'wahyu:2']);
    expect(found('Debat calon: Budi, Wahyu dan Hendra')).toEqual(['budi:1', 'wahyu:2', 'hendra:3']);
    expect(detect(all, 'Pak Muhaimin Iskandar hadir').mentions.map((m) => m.text)).toEqual(['muhaimin iskandar']); // one mention
    // two common names are anyone's, and so is a list of them without a role word
    for (const text of ['Rina Marlina guru SD kami', 'Wahyu Prasetyo pindah tugas', 'Budi dan Wahyu main bola', 'calon pengantin Budi dan Rina']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("needs context for a pair's joined first names when both are words or names anyone writes", () => {
    // "Budi Siti" is two colleagues on a roster; "Rahmat lalu" is a man and "then", not the pair
    const ntb = new MentionIndex([
      parseElectionConfig({
        id: 'pilgub-contoh-pasangan',
        candidates: [
          { number: 1, names: ['Rahmat Hidayat', 'Lalu Muhammad Iqbal'] },
          { number: 2, names: ['Bintang Pratama', 'Adi Nugroho'], aliases: ['Bintang-Adi'] },
        ],
      }),
    ]);
    expect(detect(town, 'Piket hari ini Budi Siti dan Andi').mentions).toEqual([]);
    expect(detect(ntb, 'Pak Rahmat lalu menjelaskan aturan cuti').mentions).toEqual([]);
    // with a role word they count, and a pair name the config lists as an alias counts alone
    expect(detect(town, 'Paslon Budi Siti blusukan').mentions.map((m) => `${m.text}:${m.candidate?.number}`)).toEqual(['budi siti:1']);
    expect(detect(ntb, 'Bintang-Adi blusukan ke pasar').mentions.map((m) => `${m.text}:${m.candidate?.number}`)).toEqual(['bintang adi:2']);
    expect(detect(town, 'Darsa-Nengsih blusukan').mentions.map((m) => m.candidate?.number)).toEqual([5]); // distinctive names
  });

  it('reads a nickname with Javanese dh written as d as the same nickname', () => {
    // "Mas Dhito" is written "Mas Dito" as often; at five letters no typo is allowed, so only a fold finds it
    const kediri = new MentionIndex([
      parseElectionConfig({ id: 'pilbup-contoh-dh', candidates: [{ number: 1, names: ['Hanindhito Himawan Pramana', 'Dewi Mariya Ulfa'], aliases: ['Mas Dhito', 'Dhito'] }] }),
    ]);
    for (const text of ['Mas Dito blusukan ke pasar Pare', 'dito lanjutkan!']) {
      expect(detect(kediri, text).mentions.map((m) => m.candidate?.number), text).toEqual([1]);
    }
  });

  describe('a Pileg race of parties', () => {
    const pileg = new MentionIndex([
      parseElectionConfig({
        id: 'pileg-uji',
        kind: 'pileg',
        candidates: [
          { number: 1, names: ['Partai Kebangkitan Tani'], aliases: ['PKT'] },
          { number: 2, names: ['Partai Gerakan Rakyat Bersatu'] },
          { number: 12, names: ['Partai Cahaya Bangsa'], aliases: ['Cahaya Bangsa'] },
          { number: 24, names: ['Partai Ummat Sentosa'] },
        ],
      }),
    ]);
    const found = (text: string) => detect(pileg, text).mentions.map((m) => `${m.kind}:${m.text}:${m.candidate?.number}`);

    it('takes no word every party name starts with for a party', () => {
      expect(found('Jangan lupa, partai nomor 24 paling amanah')).toEqual(['number:nomor 24:24']);
      expect(found('Partai nomor 3 atau partai nomor 12?')).toEqual(['number:nomor 3:undefined', 'number:nomor 12:12']); // 3: no party's
      expect(found('Ayo coblos Partai Ummat Sentosa')).toEqual(['name:partai ummat sentosa:24']);
    });
    it('needs context for two everyday words of a long name, unless the config gives them as an alias', () => {
      expect(found('Rakyat bersatu pasti bisa lewati banjir ini')).toEqual([]);
      expect(found('Dukung partai rakyat bersatu nomor 2')).toEqual(['name:rakyat bersatu:2', 'number:nomor 2:2']);
      expect(found('Anak muda adalah cahaya bangsa')).toEqual(['name:cahaya bangsa:12']); // the config's own alias
    });
    it("reads a caleg's place on a party list as no party's ballot number", () => {
      const r = detect(pileg, 'Dukung caleg nomor urut 1 dari Partai Ummat Sentosa, orangnya jujur');
      expect(r.mentions.map((m) => `${m.kind}:${m.candidate?.number}`)).toEqual(['number:undefined', 'name:24']);
      expect(r.tokens.slice(0, 3)).toEqual(['dukung', 'caleg', '<cand_no>']); // still read as a ballot number
      expect(r.refs[2]).toBeUndefined();
      expect(found('Tolong sebarkan, caleg kita nomor urut 2 dari partai nomor 24')).toEqual(['number:nomor 2:undefined', 'number:nomor 24:24']);
      expect(found('caleg DPRD nomor urut 5 dari partai kita')).toEqual(['number:nomor 5:undefined']); // whatever numbers the race has
      // a vote word or "partai" between: the party's number
      expect(found('Saya caleg, tapi coblos nomor 24 ya')).toEqual(['number:nomor 24:24']);
      expect(found('Para caleg partai nomor 12 hadir')).toEqual(['number:nomor 12:12']);
    });
  });

  it('reads regional words for "and" as joining a list of contestants', () => {
    expect(detect(town, 'Wahyu jeung Dewi ngiring debat tadi wengi').mentions.map((m) => m.candidate?.number)).toEqual([2, 2]);
    expect(detect(town, 'Wahyu sareng Dewi sumping ka pasar').mentions.map((m) => m.candidate?.number)).toEqual([2, 2]);
    for (const joiner of ['lan', 'karo', 'kalih', 'ama']) {
      expect(detect(all, `Debat capres: Anies ${joiner} Ganjar`).mentions.map((m) => m.text), joiner).toEqual(['anies', 'ganjar']);
    }
    expect(detect(all, 'Ganjar lan pahala kanggo sing sabar').mentions).toEqual([]); // no other contestant
  });

  it("finds a candidate's account by the full name, not by a common name alone or inside a longer name", () => {
    expect(handleHasKey('hendrawan_89', 'hendra')).toBe(false); // Hendrawan is another name
    expect(handleHasKey('chandra', 'andra')).toBe(false);
    expect(handleHasKey('budi_hartono', 'budi hartono')).toBe(true);
    expect(handleHasKey('tri.rismaharini', 'tri rismaharini')).toBe(true);
    const account = (text: string) => detect(town, text).mentions.map((m) => `${m.text}:${m.candidate?.number}`);
    for (const [handle, number] of [['budihartono_official', 1], ['budi_hartono', 1], ['asep_saepudin', 4], ['asepsaepudin_official', 4], ['wahyunugroho', 2]] as const) {
      expect(account(`Makasih infonya @${handle}`), handle).toEqual([`@${handle}:${number}`]);
    }
    // strangers who share a common first name or alias, or bear a longer name, or a title and the name
    for (const handle of ['wahyu_kurniawan', 'hendrawan_89', 'dewi.lestari', 'kangasep', 'aa_asep', 'heri_setiawan']) {
      expect(account(`Makasih infonya @${handle}`), handle).toEqual([]);
    }
    // a short form of the first name with the surname is the candidate's (@sandiuno)
    expect(detect(all, 'Keren @sandiuno').mentions.map((m) => m.candidate?.number)).toEqual([2]);
  });

  it('finds the candidate in a lowercase campaign hashtag', () => {
    const r = detect(jatim, 'Bismillah #pilihkhofifah');
    expect(r.mentions.map((m) => `${m.kind}:${m.text}:${m.candidate?.number}`)).toContain('name:khofifah:2');
  });

  it('splits lowercase tags at the names of a config read from a file, too', () => {
    const invented = parseElectionConfig({
      id: 'pilbup-contoh-2029',
      name: 'Pemilihan Bupati Contoh 2029',
      kind: 'pilbup',
      region: 'Kabupaten Contoh',
      schedule: { voting: '2029-11-28' },
      candidates: [{ number: 1, names: ['Wiranata Kusumajaya', 'Sulastri Handayani'] }, { number: 2, names: ['Gendhis Paramitha', 'Yusuf Mahendra'] }],
    });
    const index = new MentionIndex([invented], electionNamesOf([...shipped, invented])); // a scorer's with --election FILE
    const r = detect(index, 'Bismillah #pilihwiranata');
    expect(r.mentions.map((m) => `${m.kind}:${m.text}:${m.candidate?.number}`)).toContain('name:wiranata:1');
    expect(normalize('#chandrawiranata', index.names).tokens.join(' ')).toContain('wiranata');
    // only with the names of a reader that has the config: the shipped configs' still leave the tag whole
    expect(normalize('#pilihwiranata').tokens).not.toContain('wiranata');
  });

  it('splits a lowercase "no" and number off a candidate\'s name ending a tag, not off other names', () => {
    const wasis = parseElectionConfig({
      id: 'pilbup-karangwangi-2029',
      candidates: [{ number: 1, names: ['Wahyu Saputra', 'Siti Nenden'], aliases: ['WASIS'] }, { number: 2, names: ['Dadang Kurniawan'] }],
    });
    expect(normalize('#wasisno1').tokens).not.toContain('wasis'); // no shipped config names WASIS: maybe a name in -no
    const names = electionNamesOf([...shipped, wasis]);
    const r = detect(new MentionIndex([wasis], names), 'Ayo! #wasisno1');
    expect(r.mentions.map((m) => `${m.kind}:${m.text}:${m.candidate?.number}`)).toEqual(['alias:wasis:1', 'number:nomor 1:1']);
    expect(normalize('#jokowino1', names).tokens).toEqual(['#jokowino1', 'jokowi', '<no:1>']);
    for (const tag of ['#kasino1', '#sutarno1', '#bruno1']) expect(normalize(tag, names).tokens.join(' '), tag).not.toMatch(/<no:|\bno\b/);
  });

  it('maps different elections onto the same typed tokens', () => {
    const a = detect(new MentionIndex([byId('pilpres-2019')]), 'ayo coblos Jokowi no 1').tokens;
    const b = detect(jatim, 'ayo coblos Khofifah no 2').tokens;
    expect(a).toEqual(b);
  });
});

describe('election stage', () => {
  const jatim = byId('pilgub-jatim-2024');
  const at = (iso: string) => electionStage(jatim, new Date(iso));
  it('follows the schedule in WIB', () => {
    expect(at('2024-08-01T10:00:00+07:00')).toBe('before');
    expect(at('2024-09-23T10:00:00+07:00')).toBe('candidate_determination');
    expect(at('2024-10-10T10:00:00+07:00')).toBe('campaign');
    expect(at('2024-11-23T23:30:00+07:00')).toBe('campaign');
    expect(at('2024-11-23T17:30:00Z')).toBe('quiet_period'); // 00:30 WIB on the 24th
    expect(at('2024-11-27T08:00:00+07:00')).toBe('voting');
    expect(at('2024-12-01T08:00:00+07:00')).toBe('after');
  });
  it('keeps far-off years in order (their ISO form "+010000-…" would sort before "2024-…")', () => {
    expect(at('9999-12-31T23:00:00Z')).toBe('after'); // 06:00 WIB in the year 10000
    expect(electionStage(jatim, new Date(8.64e15))).toBe('after'); // the last instant a Date holds
    expect(electionStage(jatim, new Date(-8.64e15))).toBe('before');
    expect(at('0001-01-01T00:00:00Z')).toBe('before');
  });
  it('says nothing without a schedule or a valid date', () => {
    expect(electionStage({ id: 'x', candidates: [{ number: 1, names: ['A'] }] }, new Date())).toBeUndefined();
    expect(electionStage(jatim, new Date('nonsense'))).toBeUndefined();
  });
});
