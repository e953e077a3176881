// WrittenFinder caches each word's tokens; a hashtag's words depend on the election names it is read
// with (a scorer's own: a new race's `--election FILE` brings its names), so a word cached with one
// scorer's names must not be reused for another's.
import { expect, it } from 'vitest';
import { WrittenFinder } from '../../src/explain/written.js';
import { electionNamesOf } from '../../src/text/election-names.js';
import { normalize } from '../../src/text/normalize.js';
import { parseElectionConfig } from '../../src/elections/schema.js';

it('reads a hashtag with the names it is given, not those its words were cached with', () => {
  const text = 'ayo #sukirnowaluyo';
  const names = electionNamesOf([parseElectionConfig({ id: 'pilbup-x-2024', kind: 'pilbup', candidates: [{ number: 1, names: ['Sukirno', 'Waluyo'] }] })]);
  expect(normalize(text, names).tokens).not.toEqual(normalize(text).tokens); // the premise: the tag splits at the names
  expect(new WrittenFinder(text).find('sukirno waluyo')).toEqual([]); // cached: one word, unknown
  expect(new WrittenFinder(text, names).find('sukirno waluyo')).toEqual([{ start: 4, end: 18 }]);
  expect(new WrittenFinder(text).find('sukirno waluyo')).toEqual([]); // the other reader's words are its own
});
