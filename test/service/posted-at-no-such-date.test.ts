// A postedAt in the right form naming a day or time that does not exist (30 February, month 13, hour
// 24) is told so, not told to send "an ISO 8601 date-time with a time zone", which it is.
import { describe, expect, it } from 'vitest';
import { fieldErrors, scoreRequestSchema } from '../../src/service/validation.js';

const schema = scoreRequestSchema({ maxTextLength: 10_000 });
const postedAtError = (postedAt: unknown) => {
  const r = schema.safeParse({ text: 'ayo coblos 02', postedAt });
  return r.success ? undefined : fieldErrors(r.error);
};

describe('postedAt naming no real date or time', () => {
  it('says the date or time does not exist', () => {
    for (const postedAt of ['2024-02-30T10:00:00Z', '2023-02-29T10:00:00+07:00', '2024-13-01T10:00:00Z', '2024-01-10T24:00:00Z', '2024-01-10T10:60:00Z', '2024-01-10T10:00:61.5+07:00']) {
      expect(postedAtError(postedAt), postedAt).toEqual([{ field: 'postedAt', message: expect.stringMatching(/^names a date or time that does not exist/) }]);
    }
  });

  it('still gives the form to anything not in it', () => {
    for (const postedAt of ['2024-01-10', '2024-01-10T10:00:00', '2024-01-10 10:00:00+07:00', '2024-01-10T10:00:00 WIB', 1704855600, '']) {
      expect(postedAtError(postedAt), String(postedAt)).toEqual([{ field: 'postedAt', message: expect.stringMatching(/^must be an ISO 8601 date-time with a time zone, e\.g\./) }]);
    }
  });

  it('accepts real dates, 29 February of a leap year among them', () => {
    for (const postedAt of ['2024-02-29T10:00:00Z', '2024-01-10T23:59:59.999+07:00']) expect(postedAtError(postedAt), postedAt).toBeUndefined();
  });
});
