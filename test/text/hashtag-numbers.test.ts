import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';

const tokens = (text: string): string => normalize(text).tokens.join(' ');

describe('a number that starts a hashtag', () => {
  it('is read as the tag\'s own: the word before the tag numbers nothing in it', () => {
    expect(tokens('kerja bakti RT #02bersatu')).toBe('kerja bakti rt #02bersatu <no:2> bersatu');
    expect(tokens('lantai #03menang')).toBe('lantai #03menang <no:3> menang');
    expect(tokens('lanjut 2 periode #02menang')).toBe('lanjut <num> periode #02menang <no:2> menang');
    // outside a tag the word still numbers it
    expect(tokens('kerja bakti RT 02')).toBe('kerja bakti rt <num>');
  });
});
