// An optional field sent as null (a client's None or nil for "no value") is refused saying so, with
// what to do, not with the field's format as if a value had been sent: "postedAt: must be an ISO 8601
// date-time with a time zone" for null read as a broken date.
import { describe, expect, it } from 'vitest';
import { fieldErrors, scoreRequestSchema } from '../../src/service/validation.js';

const schema = scoreRequestSchema({ maxTextLength: 10_000 });

describe('optional score fields sent as null', () => {
  it('are named with "leave it out", each', () => {
    const r = schema.safeParse({ text: 'ayo coblos 02', id: null, election: null, postedAt: null, author: null, source: null });
    expect(r.success).toBe(false);
    const message = 'must be a string, not null: leave the field out when it has no value';
    expect(fieldErrors(r.error!)).toEqual(['id', 'election', 'postedAt', 'author', 'source'].map((field) => ({ field, message })));
  });

  it('keep their own messages for other wrong types', () => {
    const r = schema.safeParse({ text: 'ayo', id: 5, election: 5, postedAt: 5 });
    expect(fieldErrors(r.error!).map((e) => e.message)).toEqual([
      'must be a string',
      'must be a string (an election id, see GET /v1/elections)',
      'must be an ISO 8601 date-time with a time zone, e.g. 2024-01-10T09:30:00+07:00 or 2024-01-10T02:30:00Z',
    ]);
  });
});
