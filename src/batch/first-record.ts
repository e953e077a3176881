// Where a summary warning's records start: `; record 17` for one, `; the first is record 17` for several.

export const firstRecord = (records: number, first: number | undefined): string =>
  first === undefined ? '' : records === 1 ? `; record ${first}` : `; the first is record ${first}`;
