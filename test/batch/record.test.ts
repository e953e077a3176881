import { describe, expect, it } from 'vitest';
import { toWorkItem, codePointLength, parsePostedAt, type FieldMap } from '../../src/batch/record.js';
import { csvField, csvRow, CSV_COLUMNS, formatEvidence } from '../../src/batch/format.js';
import type { ScoreResult } from '../../src/pipeline/scorer.js';

const map: FieldMap = { text: 'text', id: 'id', maxTextLength: 10_000 };

describe('record → score input', () => {
  it('uses the 1-based record number when the id is missing or empty', () => {
    expect(toWorkItem({ n: 7, line: 9, fields: { text: 'halo' } }, map)).toMatchObject({ id: '7', input: { id: '7', text: 'halo' } });
    expect(toWorkItem({ n: 8, line: 9, fields: { id: '', text: 'halo' } }, map).id).toBe('8');
    expect(toWorkItem({ n: 9, line: 9, json: '{"id":123,"text":"halo"}' }, map).id).toBe('123');
  });

  it('reports missing, empty, non-string and over-long text as errors', () => {
    expect(toWorkItem({ n: 1, line: 1, fields: { id: 'a' } }, map)).toEqual({ n: 1, line: 1, id: 'a', error: 'missing text (field "text")' });
    expect(toWorkItem({ n: 1, line: 1, fields: { text: ' \n\t ' } }, map).error).toBe('text is empty');
    expect(toWorkItem({ n: 1, line: 1, json: '{"text":42}' }, map).error).toBe('field "text" (text) is not a string');
    expect(toWorkItem({ n: 1, line: 1, json: '{"id":{"x":1},"text":"a"}' }, map).error).toMatch(/id\) is not a string or number/);
    expect(toWorkItem({ n: 1, line: 1, json: 'not json' }, map).error).toMatch(/^invalid JSON/);
  });

  it('counts the 10,000 limit in code points, as the service does', () => {
    const emoji = '🙏'.repeat(10_000); // 20,000 UTF-16 units, 10,000 characters
    expect(codePointLength(emoji)).toBe(10_000);
    expect(toWorkItem({ n: 1, line: 1, fields: { text: emoji } }, map).input?.text).toBe(emoji);
    expect(toWorkItem({ n: 1, line: 1, fields: { text: `${emoji}!` } }, map).error).toBe('text is 10001 characters long; the limit is 10000');
  });

  it('takes a per-record election from electionField over the job-wide one', () => {
    const perRecord: FieldMap = { ...map, election: 'pilpres-2019', electionField: 'election' };
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', election: 'pilpres-2024' } }, perRecord).input?.election).toBe('pilpres-2024');
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a' } }, perRecord).input?.election).toBe('pilpres-2019');
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', election: 7 } }, perRecord).error).toBe('field "election" (election) is not a string');
  });

  it('reads dotted field paths in nested JSON', () => {
    const item = toWorkItem({ n: 1, line: 1, json: '{"data":{"id":"x1","body":{"text":"ayo"}}}' }, { ...map, text: 'data.body.text', id: 'data.id' });
    expect(item.input).toEqual({ text: 'ayo', id: 'x1' });
  });

  it('parses posted-at as a date or epoch time, and rejects garbage', () => {
    expect(parsePostedAt('2024-02-10T09:30:00+07:00')).toBe('2024-02-10T02:30:00.000Z');
    expect(parsePostedAt(1707532200)).toBe('2024-02-10T02:30:00.000Z');
    expect(parsePostedAt('1707532200000')).toBe('2024-02-10T02:30:00.000Z');
    const m = { ...map, postedAt: 'created', election: 'pilpres-2024' };
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', created: '2024-02-10' } }, m).input).toEqual({ text: 'a', id: '1', election: 'pilpres-2024', postedAt: '2024-02-10T00:00:00.000Z' });
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', created: 'kemarin' } }, m).error).toMatch(/is not a date: "kemarin"/);
    expect(toWorkItem({ n: 1, line: 1, fields: { text: 'a', created: '' } }, m).input?.postedAt).toBeUndefined();
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
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(formatEvidence(result.evidence)).toBe('coblos (6.89) | prabowo [Prabowo Subianto (02, pilpres-2019)] (1.2)');
    expect(csvRow(result)).toBe('"x,""1""",ajakan,0.9,tinggi,0.9,0.05,0.03,0.02,"coblos (6.89) | prabowo [Prabowo Subianto (02, pilpres-2019)] (1.2)",,pilpres-2019\n');
  });
});
