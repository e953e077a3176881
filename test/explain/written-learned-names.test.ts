// WrittenFinder caches each word's tokens; a hashtag's words depend on the names segmentation knows, so
// a name learned later (a new race's `--election FILE`) must not leave the old reading cached.
import { expect, it } from 'vitest';
import { WrittenFinder } from '../../src/explain/written.js';
import { learnElectionNames } from '../../src/text/hashtag.js';
import { normalize } from '../../src/text/normalize.js';
import { parseElectionConfig } from '../../src/elections/schema.js';

it('reads a hashtag with the names learned since its words were cached', () => {
  const text = 'ayo #sukirnowaluyo';
  const before = normalize(text).tokens;
  expect(new WrittenFinder(text).find('sukirno waluyo')).toEqual([]); // cached: one word, unknown
  learnElectionNames([parseElectionConfig({ id: 'pilbup-x-2024', kind: 'pilbup', candidates: [{ number: 1, names: ['Sukirno', 'Waluyo'] }] })]);
  expect(normalize(text).tokens).not.toEqual(before); // the premise: the tag now splits at the names
  expect(new WrittenFinder(text).find('sukirno waluyo')).toEqual([{ start: 4, end: 18 }]);
});
