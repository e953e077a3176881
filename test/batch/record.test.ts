import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { toWorkItem, codePointLength, maxTextLengthFromEnv, type FieldMap } from '../../src/batch/record.js';
import { loadConfig, ConfigError } from '../../src/service/config.js';
import { parsePostedAt, parseZone } from '../../src/batch/posted-at.js';
import { csvRow, CSV_COLUMNS, formatEvidence } from '../../src/batch/format.js';
import { csvCell } from '../../src/util/csv-cell.js';
import type { ScoreResult } from '../../src/pipeline/scorer.js';

const map: FieldMap = { text: 'text', id: 'id', maxTextLength: 10_000 };

describe('record → score input', () => {
  it('uses the 1-based record number when the id is missing or empty', () => {
    expect(toWorkItem({ n: 7, line: 9, fields: { text: 'halo' } }, map)).toMatchObject({ id: '7', input: { id: '7', text: 'halo' } });
    expect(toWorkItem({ n: 8, line: 9, fields: { id: '', text: 'halo' } }, map).id).toBe('8');
    expect(toWorkItem({ n: 9, line: 9, json: '{"id":123,"text":"halo"}' }, map).id).toBe('123');
    expect(toWorkItem({ n: 10, line: 9, fields: { id: '   ', text: 'halo' } }, map)).toMatchObject({ id: '10', idGiven: false });
    // invisible characters alone (a stray zero-width space) are blank too, as the service and the review queue read ids
    expect(toWorkItem({ n: 11, line: 9, fields: { id: '\u200b\u00a0\u2060', text: 'halo' } }, map)).toMatchObject({ id: '11', idGiven: false });
    expect(toWorkItem({ n: 12, line: 9, fields: { id: ' a\u200b ', text: 'halo' } }, map)).toMatchObject({ id: ' a\u200b ', idGiven: true });
  });

  it('keeps every digit of numeric ids past 2^53 (tweet ids), or refuses the record', () => {
    const a = toWorkItem({ n: 1, line: 1, json: '{"id":1745678901234567890,"text":"ayo"}' }, map);
    const b = toWorkItem({ n: 2, line: 2, json: '{"id": 1745678901234567891, "text":"ayo"}' }, map);
    expect([a.id, b.id]).toEqual(['1745678901234567890', '1745678901234567891']);
    expect(toWorkItem({ n: 1, line: 1, json: '{"id":1e21,"text":"x"}' }, map).id).toBe('1e21');
    expect(toWorkItem({ n: 1, line: 1, json: '{"meta":{"id":12345678901234567890},"text":"x"}' }, { ...map, id: 'meta.id' }).id).toBe('12345678901234567890');
    // Two different literals that read as the same number: which one is the id cannot be told.
    const twice = toWorkItem({ n: 1, line: 1, json: '{"a":{"id":12345678901234567891},"id":12345678901234567890,"text":"x"}' }, map);
    expect(twice.error).toMatch(/too large to read exactly.*write ids as strings/);
  });

  it('reports missing, empty, non-string and over-long text as errors', () => {
    expect(toWorkItem({ n: 1, line: 1, fields: { id: 'a' } }, map)).toEqual({ n: 1, line: 1, id: 'a', error: 'missing text (field "text")' });
    expect(toWorkItem({ n: 1, line: 1, fields: { text: ' \n\t ' } }, map).error).toBe('text is empty');
    expect(toWorkItem({ n: 1, line: 1, fields: { text: ' \u200b\n\ufeff\u2060 ' } }, map).error).toBe('text is empty');
    expect(toWorkItem({ n: 1, line: 1, json: '{"text":42}' }, map).error).toBe('field "text" (text) is not a string');
    expect(toWorkItem({ n: 1, line: 1, json: '{"id":{"x":1},"text":"a"}' }, map).error).toMatch(/id\) is not a string or number/);
    expect(toWorkItem({ n: 1, line: 1, json: 'not json' }, map).error).toMatch(/^invalid JSON/);
  });

  it('counts the 10,000 limit in code points, as the service does', () => {
    const emoji = '🙏'.repeat(10_000); // 20,000 UTF-16 units, 10,000 characters
    expect(codePointLength(emoji)).toBe(10_000);
    expect(toWorkItem({ n: 1, line: 1, fields: { text: emoji } }, map).input?.text).toBe(emoji);
    expect(toWorkItem({ n: 1, line: 1, fields: { text: `${emoji}!` } }, map).error).toBe('text is 10001 characters long; the limit is 10000 characters (NETRA_MAX_TEXT_LENGTH sets it)');
  });

  it('takes a per-record election from electionField over the job-wide one', () => {
    const perRecord: FieldMap = { ...map, election: 'pilpres-2019', electionField: 'election' };
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', election: 'pilpres-2024' } }, perRecord).input?.election).toBe('pilpres-2024');
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a' } }, perRecord).input?.election).toBe('pilpres-2019');
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', election: '  ' } }, perRecord).input?.election).toBe('pilpres-2019');
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', election: 7 } }, perRecord).error).toBe('field "election" (election) is not a string');
  });

  it('reads an election cell without the spaces a spreadsheet pads it with', () => {
    const perRecord: FieldMap = { ...map, electionField: 'election' };
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', election: ' pilgub-jatim-2024\u00a0' } }, perRecord).input?.election).toBe('pilgub-jatim-2024');
  });

  it('reads dotted field paths in nested JSON', () => {
    const item = toWorkItem({ n: 1, line: 1, json: '{"data":{"id":"x1","body":{"text":"ayo"}}}' }, { ...map, text: 'data.body.text', id: 'data.id' });
    expect(item.input).toEqual({ text: 'ayo', id: 'x1' });
  });

  it('parses posted-at as a date or epoch time, and rejects garbage', () => {
    expect(parsePostedAt('2024-02-10T09:30:00+07:00')).toEqual({ iso: '2024-02-10T02:30:00.000Z' });
    expect(parsePostedAt('2024-02-10 09:30:00.5+0700')).toEqual({ iso: '2024-02-10T02:30:00.500Z' });
    expect(parsePostedAt('2024-02-10T02:30Z')).toEqual({ iso: '2024-02-10T02:30:00.000Z' });
    expect(parsePostedAt('Sat Feb 10 02:30:00 +0000 2024')).toEqual({ iso: '2024-02-10T02:30:00.000Z' });
    expect(parsePostedAt(1707532200)).toEqual({ iso: '2024-02-10T02:30:00.000Z' });
    expect(parsePostedAt('1707532200000')).toEqual({ iso: '2024-02-10T02:30:00.000Z' });
    expect(parsePostedAt('2024-02-30T10:00:00Z')).toEqual({ error: 'is not a date' });
    expect(parsePostedAt('+275760-09-13T00:00:00Z')).toMatchObject({ error: expect.any(String) });
    const m = { ...map, postedAt: 'created', election: 'pilpres-2024' };
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', created: '2024-02-10' } }, m).input).toEqual({ text: 'a', id: '1', election: 'pilpres-2024', postedAt: '2024-02-10T00:00:00.000Z' });
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', created: 'kemarin' } }, m).error).toMatch(/is not a date \(netra reads ISO 8601.*\): not shown \(7 characters with words no date is written with: it may be post text\)$/);
    // a blank cell (a padded export) is no time, as an empty one is, not a bad record
    for (const created of ['', '   ', '\t']) expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', created } }, m).input).toEqual({ text: 'a', id: '1', election: 'pilpres-2024' });
  });

  it('reads epoch times of 10 or 13 digits only, and refuses digits that could be a compact date', () => {
    // 12 digits (yyyyMMddHHmm) were read as milliseconds in 1976; 9 or 11 digits are no posting time
    for (const v of ['202911261000', '123456789', '17325000000', '20241105']) expect(parsePostedAt(v), v).toEqual({ error: expect.stringMatching(/is not a date/) });
    // 2024112510 is 2024-11-25 10h, and epoch seconds in 2034: neither is guessed
    expect(parsePostedAt('2024112510')).toEqual({ error: expect.stringMatching(/compact date.*ISO 8601/) });
    expect(parsePostedAt(2024112510)).toEqual({ error: expect.stringMatching(/compact date/) });
    expect(parsePostedAt('1732500000')).toEqual({ iso: '2024-11-25T02:00:00.000Z' });
  });

  it('reads a bare date as that calendar day whatever the zone', () => {
    // midnight in WITA or WIT is the evening before in WIB, by which stages are read
    for (const [v, z] of [['2024-11-24', 'WITA'], ['24/11/2024', 'WIT'], ['24 November 2024', 'WITA'], ['2024-11-24', undefined]] as const) {
      expect(parsePostedAt(v, z ? parseZone(z) : undefined), `${v} ${z}`).toEqual({ iso: '2024-11-24T00:00:00.000Z' });
    }
    expect(parsePostedAt('2024-11-24 WITA')).toEqual({ iso: '2024-11-24T00:00:00.000Z' });
  });

  it('reads zone-less date-times only with a zone given, the same on every host', () => {
    // Without a zone the host's own zone would decide the stage: refused, with the way out named.
    expect(parsePostedAt('2023-11-27 20:00:00')).toEqual({ error: expect.stringMatching(/no time zone.*--posted-at-zone/) });
    expect(parsePostedAt('Nov 27 2023 20:00')).toEqual({ error: expect.stringMatching(/no time zone/) });
    const wib = parseZone('WIB');
    expect(wib).toBe(420);
    expect(parsePostedAt('2023-11-27 20:00:00', wib)).toEqual({ iso: '2023-11-27T13:00:00.000Z' });
    expect(parsePostedAt('Nov 27 2023 20:00', wib)).toEqual({ iso: '2023-11-27T13:00:00.000Z' });
    expect(parsePostedAt('2023-11-27T20:00:00Z', wib)).toEqual({ iso: '2023-11-27T20:00:00.000Z' }); // a zone in the value wins
    // Indonesian zone names written after the value, as exports from local tools often do.
    expect(parsePostedAt('2024-09-25T00:00:00 WIB')).toEqual({ iso: '2024-09-24T17:00:00.000Z' });
    expect(parsePostedAt('2024-09-25 08:00 wita')).toEqual({ iso: '2024-09-25T00:00:00.000Z' });
    expect(parsePostedAt('2024-09-25 09:00WIT')).toEqual({ iso: '2024-09-25T00:00:00.000Z' });
    expect(parsePostedAt('2024-09-25 08:00 WITB')).toMatchObject({ error: expect.any(String) });
    // one-digit offsets are zones too, read once (a given --posted-at-zone does not shift them again)
    expect(parsePostedAt('2024-09-25 08:00 +7')).toEqual({ iso: '2024-09-25T01:00:00.000Z' });
    expect(parsePostedAt('2024-09-25 08:00 +7', 420)).toEqual({ iso: '2024-09-25T01:00:00.000Z' });
    expect(parsePostedAt('2024-09-25 08:00 -3:30')).toEqual({ iso: '2024-09-25T11:30:00.000Z' });
    expect([parseZone('+07:00'), parseZone('+0800'), parseZone('-3:30'), parseZone('UTC'), parseZone('+15'), parseZone('x')]).toEqual([420, 480, -210, 0, undefined, undefined]);
    const m = { ...map, postedAt: 'created', election: 'pilpres-2024' };
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', created: '2023-11-27 20:00:00' } }, m).error).toMatch(/\(posted at\) has no time zone/);
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', created: '2023-11-27 20:00:00' } }, { ...m, postedAtZone: 420 }).input?.postedAt).toBe('2023-11-27T13:00:00.000Z');
  });

  it('reads day-first and month-name dates the Indonesian way, and guesses nothing', () => {
    const wib = 420;
    expect(parsePostedAt('05-11-2024 10:00 +0700')).toEqual({ iso: '2024-11-05T03:00:00.000Z' }); // 5 November, not May 11
    expect(parsePostedAt('23/11/2024 10.00', wib)).toEqual({ iso: '2024-11-23T03:00:00.000Z' });
    expect(parsePostedAt('05.11.2024')).toEqual({ iso: '2024-11-05T00:00:00.000Z' });
    expect(parsePostedAt('5 Agustus 2024 pukul 10.00 WIB')).toEqual({ iso: '2024-08-05T03:00:00.000Z' });
    expect(parsePostedAt('Selasa, 5 Nov 2024 10:00 WITA')).toEqual({ iso: '2024-11-05T02:00:00.000Z' });
    expect(parsePostedAt('Tue, 05 Nov 2024 10:00:00 GMT')).toEqual({ iso: '2024-11-05T10:00:00.000Z' });
    expect(parsePostedAt('Nov 5, 2024 10:00 +07:00')).toEqual({ iso: '2024-11-05T03:00:00.000Z' });
    expect(parsePostedAt('31-02-2024')).toEqual({ error: 'is not a date' });
    expect(parsePostedAt('Senin, 5 Agustus 2024 10.00 WIB')).toEqual({ iso: '2024-08-05T03:00:00.000Z' });
    expect(parsePostedAt('Selasa, 5 Agustus 2024 10.00 WIB')).toEqual({ error: 'names the wrong weekday (Selasa) for its date' });
    expect(parsePostedAt('Sen, 05 Agu 2024 10:00 WIB')).toEqual({ iso: '2024-08-05T03:00:00.000Z' }); // Intl's id-ID short form
    expect(parsePostedAt('Jum’at, 8 Nov 2024')).toEqual({ iso: '2024-11-08T00:00:00.000Z' });
    for (const n of [2024, 20241105, 5, 0, -1, -2500000000]) expect(parsePostedAt(n), String(n)).toMatchObject({ error: expect.stringMatching(/^is not a date/) });
    expect(parsePostedAt('2024-02-10T10:00:00+070')).toMatchObject({ error: expect.stringMatching(/time zone netra cannot read/) });
    expect(parsePostedAt('05-11-0024')).toMatchObject({ error: expect.stringMatching(/out of range/) });
    for (const garbage of ['abc 5', '1', '-1', 'id 12', 'N/A 2024', '2024-09', 'Sep 24 2024 11:00 PDT', 'Smarch 5 2024', 'Monkey, 5 Janji 2024', '5 Sepuluh 2024', 'Decimal 5, 2024']) {
      expect(parsePostedAt(garbage, wib), garbage).toMatchObject({ error: expect.stringMatching(/^is not a date/) });
    }
    // a US tool's 12-hour clock: 11/05 may be 5 November, so not read day first unless told (posted-at-forms.test.ts)
    expect(parsePostedAt('11/05/2024 10:00 PM', wib)).toMatchObject({ error: expect.stringMatching(/--posted-at-order/) });
  });

  it('gives the same instants on hosts in other time zones', () => {
    const values = ['Nov 27 2023 20:00', 'Nov 27 2023', '2023-11-27 20:00:00', '2023-11-27', 'Wed Oct 10 20:19:24 +0000 2018', '27-11-2023 20:00', '2024-09', 'Sep 24 2024 11:00 PDT'];
    const code = `import('./src/batch/posted-at.ts').then(({ parsePostedAt }) => console.log(JSON.stringify(${JSON.stringify(values)}.map((v) => parsePostedAt(v, 420)))))`;
    const run = (TZ: string) => execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { env: { ...process.env, TZ }, encoding: 'utf8' });
    const utc = run('UTC');
    expect(JSON.parse(utc)).toEqual(values.map((v) => parsePostedAt(v, 420)));
    expect(JSON.parse(utc)[0]).toEqual({ iso: '2023-11-27T13:00:00.000Z' });
    for (const tz of ['Asia/Jakarta', 'America/New_York', 'Pacific/Chatham']) expect(run(tz), tz).toBe(utc);
  }, 30_000);
});

describe('NETRA_MAX_TEXT_LENGTH', () => {
  it('is read by the CLI with the service\'s rule: the same values pass and the same are refused', () => {
    for (const raw of ['', '1', ' 500 ', '1000000']) {
      expect(maxTextLengthFromEnv({ NETRA_MAX_TEXT_LENGTH: raw }), raw).toBe(loadConfig({ NETRA_MAX_TEXT_LENGTH: raw }).maxTextLength);
    }
    expect(maxTextLengthFromEnv({})).toBe(10_000);
    for (const raw of ['0', '1000001', '1e3', '0x10', '1.0', '-5', 'ten']) {
      expect(() => maxTextLengthFromEnv({ NETRA_MAX_TEXT_LENGTH: raw }), raw).toThrow(/^NETRA_MAX_TEXT_LENGTH: must be/);
      expect(() => loadConfig({ NETRA_MAX_TEXT_LENGTH: raw }), raw).toThrow(ConfigError);
    }
  });
});

describe('CSV output', () => {
  const result: ScoreResult = {
    id: 'x,"1"',
    label: 'ajakan',
    risk: 0.9,
    level: 'tinggi',
    scores: { ajakan: 0.9, dukungan: 0.05, serangan: 0.03, netral: 0.02 },
    evidence: [{ text: 'coblos', weight: 6.89 }, { text: 'prabowo', weight: 1.2, candidate: 'Prabowo Subianto (02, pilpres-2019)' }],
    mentions: [],
    election: 'pilpres-2019',
    model: { version: 'v', backend: 'wasm' },
  };

  it('has one column per label score and quotes only when needed', () => {
    expect(CSV_COLUMNS.join(',')).toBe('id,label,risk,level,score_ajakan,score_dukungan,score_serangan,score_netral,evidence,stage,election');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(formatEvidence(result.evidence)).toBe('coblos (6.89) | prabowo [Prabowo Subianto (02, pilpres-2019)] (1.2)');
    expect(csvRow(result)).toBe('"x,""1""",ajakan,0.9,tinggi,0.9,0.05,0.03,0.02,"coblos (6.89) | prabowo [Prabowo Subianto (02, pilpres-2019)] (1.2)",,pilpres-2019\n');
  });
});
