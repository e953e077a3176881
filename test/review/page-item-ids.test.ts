// The page's item ids (`at`, the queue cursor's id) follow the store's one rule (item-id.ts): a value
// the store can never hold ("abc", "---") is no item id, as in the API's `item` filter.
import { describe, expect, it } from 'vitest';
import { cursorOf, itemIdOf } from '../../src/review/web/params.js';
import { encodeCursor } from '../../src/review/store/cursor.js';

const ID = '3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b';

describe('item ids the review page reads', () => {
  it('takes a UUID in either case and nothing else', () => {
    expect(itemIdOf(ID)).toBe(ID);
    expect(itemIdOf(ID.toUpperCase())).toBe(ID.toUpperCase());
    for (const v of ['abc', '---', 'f', ID.slice(0, 35), `${ID}0`, ID.replace(/-/g, '')]) expect(itemIdOf(v)).toBeUndefined();
  });
  it('drops a queue cursor whose id is no item id', () => {
    expect(cursorOf({ cursor: encodeCursor(0.5, ID) })).toBe(encodeCursor(0.5, ID));
    expect(cursorOf({ cursor: encodeCursor(0.5, 'abc') })).toBeUndefined();
    expect(cursorOf({ before: encodeCursor(1700000000000, '---', 'newest') }, 'before')).toBeUndefined();
  });
});
