// What an item id is: the store makes them with randomUUID (store/items.ts). A filter given anything
// else (`item=xyz`, a key id, a seq) names no item, and would list nothing as if the item had no history.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `v` is an item id: UUID text, in either case (the store writes lower case). */
export const isItemId = (v: string): boolean => UUID.test(v);

export const ITEM_ID_PROBLEM = 'must be an item id (a UUID as in the item page address, e.g. 3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b)';
