// A bad record's reason goes to stderr (the summary, cron mail) and the errors file: a field value it
// quotes must not be post text, which a shifted CSV column or a wrong field name puts there.
import { describe, expect, it } from 'vitest';
import { toWorkItem } from '../../src/batch/record.js';
import { scoringFailure } from '../../src/batch/scoring-failure.js';
import { UnknownElectionError, type Scorer } from '../../src/pipeline/scorer.js';

const map = { text: 'text', id: 'id', postedAt: 'created', maxTextLength: 10_000 };
const reason = (created: unknown) => toWorkItem({ n: 1, line: 2, fields: { id: 'p1', text: 'a', created } }, map).error;

describe('field values in a bad record reason', () => {
  it('does not quote a posting time that holds words no date is written with', () => {
    const r = reason(' pilih nomor 2 saja di TPS 5 karena rahasia');
    expect(r).not.toMatch(/pilih|rahasia|TPS/);
    expect(r).toMatch(/^field "created" \(posted at\) is not a date .*: not shown \(43 characters with words no date is written with: it may be post text\)$/);
  });

  it('still quotes a value written with date words only, and numbers', () => {
    expect(reason('Senin, 31 Februari 2024 pukul 10.00 WIB')).toMatch(/: "Senin, 31 Februari 2024 pukul 10\.00 WIB"$/);
    expect(reason('45616.4166')).toMatch(/: "45616\.4166"$/);
    expect(reason(45616.4166)).toMatch(/: 45616\.4166$/);
    expect(reason('2:03 PM')).toMatch(/: "2:03 PM"$/);
  });

  it('does not quote an unknown election that is no id', () => {
    const scorer = { elections: [{ id: 'pilpres-2024' }] } as unknown as Scorer;
    const r = scoringFailure(new UnknownElectionError('Pak Budi bilang pilih nomor 2'), scorer);
    expect(r).not.toMatch(/Budi|pilih/);
    expect(r).toMatch(/^scoring failed: unknown election, not shown \(29 characters with spaces inside: it may be post text\) \(known: pilpres-2024\)/);
    expect(scoringFailure(new UnknownElectionError('pilbup-x-2029'), scorer)).toMatch(/^scoring failed: unknown election: pilbup-x-2029 \(known: pilpres-2024\)/);
  });
});
