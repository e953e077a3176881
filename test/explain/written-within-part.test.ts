// A long post's evidence is one part's (the riskiest paragraph's): WrittenFinder given that part finds
// a phrase there only, with places still offsets into the whole post, as the API and the page need.
import { describe, expect, it } from 'vitest';
import { WrittenFinder } from '../../src/explain/written.js';

const POST = 'Jangan lupa c0bl0s ya.\n\nAyo coblos nomor 02 besok!\n\nSalam, coblos.';
const PART = { start: POST.indexOf('Ayo'), end: POST.indexOf('\n\nSalam') };

describe('finding a phrase within a part of the post', () => {
  it('finds only the places inside the part, at their offsets in the post', () => {
    const places = new WrittenFinder(POST, undefined, PART).find('coblos');
    expect(places.map((p) => POST.slice(p.start, p.end))).toEqual(['coblos']);
    expect(places[0].start).toBe(POST.indexOf('coblos nomor'));
  });

  it('finds a ballot number in the part as it does in the part alone', () => {
    const alone = new WrittenFinder(POST.slice(PART.start, PART.end)).find('coblos nomor 2');
    const within = new WrittenFinder(POST, undefined, PART).find('coblos nomor 2');
    expect(within).toEqual(alone.map((p) => ({ start: p.start + PART.start, end: p.end + PART.start })));
    expect(within.map((p) => POST.slice(p.start, p.end))).toEqual(['coblos nomor 02']);
  });

  it('searches the whole post without a part', () => {
    expect(new WrittenFinder(POST).find('coblos').map((p) => POST.slice(p.start, p.end))).toEqual(['c0bl0s', 'coblos', 'coblos']);
  });
});
