// The forms monitoring exports and spreadsheets write posting times in: month names (English and
// Indonesian, hyphenated or spaced), numeric dates in a given order, 12-hour and Indonesian times.
import { describe, expect, it } from 'vitest';
import { parsePostedAt, readPostedAt } from '../../src/batch/posted-at.js';
import { toWorkItem } from '../../src/batch/record.js';
import { isCalendarDay } from '../../src/batch/date-order.js';

const WIB = 420;
/** Midnight UTC of a calendar day: what a bare date reads as. */
const day = (ymd: string) => ({ iso: `${ymd}T00:00:00.000Z` });

describe('posting times as exports write them', () => {
  it('reads the forms a month-end monitoring export used', () => {
    expect(parsePostedAt('29-Nov-2024 11:14', WIB)).toEqual({ iso: '2024-11-29T04:14:00.000Z' });
    expect(parsePostedAt('29-Des-2024')).toEqual(day('2024-12-29'));
    expect(parsePostedAt('3 Agu 2024 08.15', WIB)).toEqual({ iso: '2024-08-03T01:15:00.000Z' });
    expect(parsePostedAt('29 November 2024 pukul 11.14', WIB)).toEqual({ iso: '2024-11-29T04:14:00.000Z' });
    expect(parsePostedAt('22/11/24')).toEqual(day('2024-11-22'));
    expect(parsePostedAt('22/11/2024 14:05', WIB)).toEqual({ iso: '2024-11-22T07:05:00.000Z' });
    expect(parsePostedAt('11/29/2024 2:03 PM', WIB, 'mdy')).toEqual({ iso: '2024-11-29T07:03:00.000Z' });
  });

  it('knows every month by its English and Indonesian names and abbreviations', () => {
    const months: [number, string[]][] = [
      [1, ['Jan', 'Januari', 'January']],
      [2, ['Feb', 'Peb', 'Februari', 'February', 'Pebruari']],
      [3, ['Mar', 'Maret', 'March']],
      [4, ['Apr', 'April']],
      [5, ['Mei', 'May']],
      [6, ['Jun', 'Juni', 'June']],
      [7, ['Jul', 'Juli', 'July']],
      [8, ['Agu', 'Agt', 'Ags', 'Agustus', 'Aug', 'August']],
      [9, ['Sep', 'Sept', 'September']],
      [10, ['Okt', 'Oct', 'Oktober', 'October']],
      [11, ['Nov', 'Nop', 'November', 'Nopember']],
      [12, ['Des', 'Dec', 'Desember', 'December']],
    ];
    for (const [n, names] of months) {
      const expected = day(`2024-${String(n).padStart(2, '0')}-05`);
      for (const name of names) {
        for (const v of [`05-${name}-2024`, `5 ${name} 2024`, `5 ${name.toUpperCase()} 24`, `${name} 5, 2024`, `05/${name.toLowerCase()}/2024`]) expect(parsePostedAt(v), v).toEqual(expected);
      }
    }
    expect(parsePostedAt('5-Okt.-2024')).toEqual(day('2024-10-05'));
    for (const v of ['05-Nvm-2024', '5 Sepuluh 2024', '05-11x-2024']) expect(parsePostedAt(v), v).toMatchObject({ error: expect.stringMatching(/^is not a date \(netra reads/) });
  });

  it('refuses days the calendar does not have, and keeps leap days', () => {
    for (const v of ['29-Feb-2024', '29/02/2024', '29 Februari 2000', '2024/02/29']) expect(parsePostedAt(v), v).toEqual({ iso: expect.stringMatching(/-02-29T00:00:00\.000Z$/) });
    for (const v of ['31-Feb-2024', '30 Februari 2024', '29-Feb-2023', '29/02/23', '29-Feb-1900', '31-Apr-2024', '31/06/2024', '0-Jan-2024', '32-Jan-2024', '15/00/2024', '2024/13/01']) {
      expect(parsePostedAt(v), v).toEqual({ error: 'is not a date' });
    }
    // the calendar as Date keeps it (a day that rolls over is none), century years included
    for (const y of [1900, 1999, 2000, 2023, 2024, 2100, 2400]) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const rolled = new Date(Date.UTC(y, mo - 1, d));
          expect(isCalendarDay(y, mo, d), `${y}-${mo}-${d}`).toBe(rolled.getUTCMonth() === mo - 1 && rolled.getUTCDate() === d);
        }
      }
    }
  });

  it('reads a numeric date in the order given, two-digit years as 2000–2099, and never guesses', () => {
    expect(parsePostedAt('05/11/2024')).toEqual(day('2024-11-05')); // day first by default: the Indonesian order
    expect(parsePostedAt('05/11/2024', undefined, 'dmy')).toEqual(day('2024-11-05'));
    expect(parsePostedAt('05/11/2024', undefined, 'mdy')).toEqual(day('2024-05-11'));
    expect(parsePostedAt('05/11/2024', undefined, 'ymd')).toEqual({ error: expect.stringMatching(/year last.*--posted-at-order ymd.*dmy or mdy/) });
    expect(parsePostedAt('05/11/24', undefined, 'dmy')).toEqual(day('2024-11-05'));
    expect(parsePostedAt('05/11/24', undefined, 'mdy')).toEqual(day('2024-05-11'));
    expect(parsePostedAt('05/11/24', undefined, 'ymd')).toEqual(day('2005-11-24'));
    expect(parsePostedAt('99-12-31', undefined, 'ymd')).toEqual(day('2099-12-31'));
    // A four-digit year first is read year/month/day whatever the order.
    for (const order of ['dmy', 'mdy', 'ymd'] as const) expect(parsePostedAt('2024/11/05', undefined, order), order).toEqual(day('2024-11-05'));
    // A value that is no date in the order, but is one in the other, says which flag reads the file.
    expect(parsePostedAt('11/29/2024 2:03 PM', WIB)).toEqual({ error: expect.stringMatching(/^is not a date read day\/month\/year, but is one read month\/day\/year \(29 November 2024\): .*--posted-at-order mdy/) });
    expect(parsePostedAt('29/11/2024', undefined, 'mdy')).toEqual({ error: expect.stringMatching(/read day\/month\/year \(29 November 2024\).*--posted-at-order dmy/) });
    // One-digit or three-digit years, and two-digit years with dots (12.05.30 is a time), are no dates.
    for (const v of ['5/11/4', '5/11/024', '05.11.24']) expect(parsePostedAt(v), v).toMatchObject({ error: expect.stringMatching(/^is (not a date|a time without a date)/) });
    expect(parsePostedAt('05.11.2024 10.00', WIB)).toEqual({ iso: '2024-11-05T03:00:00.000Z' });
  });

  it('refuses an ambiguous date beside a 12-hour time unless the order is given', () => {
    // AM/PM is what US tools write, with month-first dates: 11/05 is then likely 5 November.
    expect(parsePostedAt('11/05/2024 10:00 PM', WIB)).toEqual({ error: expect.stringMatching(/12-hour time.*give --posted-at-order dmy or mdy/) });
    expect(parsePostedAt('11/05/2024 10:00 PM', WIB, 'mdy')).toEqual({ iso: '2024-11-05T15:00:00.000Z' });
    expect(parsePostedAt('11/05/2024 10:00 PM', WIB, 'dmy')).toEqual({ iso: '2024-05-11T15:00:00.000Z' });
    expect(parsePostedAt('29/11/2024 10:00 PM', WIB)).toEqual({ iso: '2024-11-29T15:00:00.000Z' }); // only day first is a date
    expect(parsePostedAt('05/05/2024 10:00 PM', WIB)).toEqual({ iso: '2024-05-05T15:00:00.000Z' }); // the same either way
  });

  it('reads 12-hour times: 12 AM is midnight, 12 PM noon, and hours run 1–12', () => {
    const at = (time: string) => parsePostedAt(`29-Nov-2024 ${time}`, 0);
    expect(at('12:00 AM')).toEqual({ iso: '2024-11-29T00:00:00.000Z' });
    expect(at('12:30 PM')).toEqual({ iso: '2024-11-29T12:30:00.000Z' });
    expect(at('2:03 PM')).toEqual({ iso: '2024-11-29T14:03:00.000Z' });
    expect(at('2:03pm')).toEqual({ iso: '2024-11-29T14:03:00.000Z' });
    expect(at('11.59 p.m.')).toEqual({ iso: '2024-11-29T23:59:00.000Z' });
    expect(at('9:05:30 am')).toEqual({ iso: '2024-11-29T09:05:30.000Z' });
    expect(parsePostedAt('November 29, 2024 at 2:03 PM', WIB)).toEqual({ iso: '2024-11-29T07:03:00.000Z' });
    expect(parsePostedAt('29 Nov 2024 pkl. 14.03 WIB')).toEqual({ iso: '2024-11-29T07:03:00.000Z' });
    for (const t of ['13:00 PM', '0:10 AM', '00:00 PM']) expect(at(t), t).toEqual({ error: expect.stringMatching(/12-hour time with hour \d+ \(AM\/PM hours are 1–12\)/) });
  });

  it('refuses a time without a date, saying a date is needed', () => {
    for (const v of ['2:03 PM', '14:05', '14.05', 'pukul 11.14', '12.05.30', '2:03 PM WIB', '14:05:09 +07:00']) {
      expect(parsePostedAt(v, WIB), v).toEqual({ error: expect.stringMatching(/^is a time without a date: the election stage is decided by the day, so the value needs its date too/) });
    }
  });

  it('keeps the zone rules: a date-time needs a zone, from the value or --posted-at-zone', () => {
    expect(parsePostedAt('29-Nov-2024 11:14')).toEqual({ error: expect.stringMatching(/no time zone.*--posted-at-zone/) });
    expect(parsePostedAt('29-Nov-2024 11:14 WITA')).toEqual({ iso: '2024-11-29T03:14:00.000Z' });
    expect(parsePostedAt('29-Nov-2024 11:14 PM +0700', 0)).toEqual({ iso: '2024-11-29T16:14:00.000Z' }); // the value's zone wins
    expect(parsePostedAt('22/11/24 23:30', WIB)).toEqual({ iso: '2024-11-22T16:30:00.000Z' });
  });

  it('names the record, the field and the value, and says the accepted forms, for a bad posting time', () => {
    const map = { text: 'text', id: 'id', postedAt: 'created', maxTextLength: 10_000 };
    const bad = toWorkItem({ n: 7, line: 8, fields: { id: 'p7', text: 'a', created: 'akhir bulan' } }, map);
    expect(bad).toMatchObject({ n: 7, id: 'p7' });
    expect(bad.error).toMatch(/^field "created" \(posted at\) is not a date \(netra reads ISO 8601 .*29-11-2024 14\.03.*29-Nov-2024 2:03 PM.*\): not shown \(11 characters with words no date is written with: it may be post text\)$/);
    expect(toWorkItem({ n: 1, line: 2, fields: { text: 'a', created: '2:03 PM' } }, map).error).toMatch(/^field "created" \(posted at\) is a time without a date.*: "2:03 PM"$/);
    expect(toWorkItem({ n: 1, line: 2, fields: { text: 'a', created: '11/29/2024' } }, { ...map, postedAtOrder: 'mdy' }).input?.postedAt).toBe('2024-11-29T00:00:00.000Z');
  });

  it('keeps the minute as written when --posted-at-zone placed the time (the review queue keys by it), not when the value has its zone', () => {
    expect(readPostedAt('05/11/2024 10.00', WIB)).toEqual({ iso: '2024-11-05T03:00:00.000Z', local: '2024-11-05T10:00' });
    expect(readPostedAt('2024-11-05T10:00:41', 480)).toEqual({ iso: '2024-11-05T02:00:41.000Z', local: '2024-11-05T10:00' });
    expect(readPostedAt('05/11/2024 10.00 WITA', WIB)).toEqual({ iso: '2024-11-05T02:00:00.000Z' });
    expect(readPostedAt('05/11/2024', WIB)).toEqual(day('2024-11-05')); // a bare date is the same day in every zone
    expect(readPostedAt('1730775600', WIB)).toEqual({ iso: '2024-11-05T03:00:00.000Z' });
  });
});
