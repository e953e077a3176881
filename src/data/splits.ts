// The fixed test split: chosen once (seeded, stratified by source × label), stored as an id list in
// data/splits/test.json, and never used for tuning. Ids labeled later are never added to it silently.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { makeDirs } from '../util/make-dirs.js';
import path from 'node:path';
import { DATA_DIR } from '../text/resources.js';
import { mulberry32, shuffleInPlace } from '../util/random.js';
import type { Example } from './dataset.js';

export const SPLITS_DIR = path.join(DATA_DIR, 'splits');
export const TEST_SPLIT_FILE = path.join(SPLITS_DIR, 'test.json');
/** Share of the examples that goes to the test split, and the seed it is first drawn with. */
export const SPLIT_FRACTION = 0.2;
export const SPLIT_SEED = 2026;

export interface SplitFile {
  seed: number;
  fraction: number;
  createdAt: string;
  ids: string[];
  /** Every id that was eligible when the split was made or last extended (in the test split or not). */
  considered?: string[];
  /** Later additions: a stratified share of examples labeled after the split was fixed. */
  extensions?: { addedAt: string; seed: number; fraction: number; eligible: number; added: number }[];
}

/** Stratified sample of `fraction` of the examples in every (source, label) group. */
export function stratifiedSample(examples: readonly Example[], fraction: number, seed: number, roundUp = false): Set<string> {
  const groups = new Map<string, string[]>();
  for (const e of examples) {
    const key = `${e.source}|${e.label}`;
    groups.set(key, [...(groups.get(key) ?? []), e.id]);
  }
  const rand = mulberry32(seed);
  const chosen = new Set<string>();
  for (const key of [...groups.keys()].sort()) {
    const ids = shuffleInPlace([...groups.get(key)!].sort(), rand);
    const take = roundUp ? Math.ceil(ids.length * fraction) : Math.round(ids.length * fraction);
    for (const id of ids.slice(0, take)) chosen.add(id);
  }
  return chosen;
}

export function createTestSplit(examples: readonly Example[], fraction = SPLIT_FRACTION, seed = SPLIT_SEED, file = TEST_SPLIT_FILE, force = false): SplitFile {
  if (existsSync(file) && !force) throw new Error(`${file} exists: the test split is fixed once (use --force to replace it deliberately)`);
  const ids = [...stratifiedSample(examples, fraction, seed)].sort();
  const split: SplitFile = { seed, fraction, createdAt: new Date().toISOString(), ids, considered: examples.map((e) => e.id).sort() };
  makeDirs(path.dirname(file));
  writeFileSync(file, JSON.stringify(split, null, 1) + '\n');
  return split;
}

export function readTestSplit(file = TEST_SPLIT_FILE): Set<string> {
  if (!existsSync(file)) throw new Error(`${file} is missing: create it once with \`npm run cli -- split --create\``);
  return new Set(parseSplitFile(file).ids);
}

/** The split file, checked: valid JSON (the error names the file), `ids` a list of strings without duplicates. */
function parseSplitFile(file: string): SplitFile {
  let split: SplitFile;
  try {
    split = JSON.parse(readFileSync(file, 'utf8')) as SplitFile;
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message}); restore it (git status data/splits)`);
  }
  if (!split || !Array.isArray(split.ids) || split.ids.some((id) => typeof id !== 'string')) throw new Error(`${file}: ids must be a list of strings`);
  const seen = new Set<string>();
  for (const id of split.ids) {
    if (seen.has(id)) throw new Error(`${file}: id ${JSON.stringify(id)} appears more than once in ids`);
    seen.add(id);
  }
  return split;
}

/**
 * Extends the split with a stratified `fraction` of the examples labeled since it was made (never
 * previously considered, so never seen by tuning as test data), keeping the test share steady as
 * labels grow. Existing test ids never move.
 */
export function extendTestSplit(examples: readonly Example[], fraction = SPLIT_FRACTION, seedOrNext?: number, file = TEST_SPLIT_FILE): { split: SplitFile; added: number; eligible: number } {
  if (!existsSync(file)) throw new Error(`${file} is missing: create it first with \`npm run cli -- split --create\``);
  const split = parseSplitFile(file);
  // Each round its own seed by default: the split's seed + 1 for the first extension, + 2 for the next…
  const seed = seedOrNext ?? split.seed + 1 + (split.extensions?.length ?? 0);
  if (!split.considered) throw new Error(`${file} does not record which ids it considered; it cannot be extended safely`);
  const considered = new Set(split.considered);
  const fresh = examples.filter((e) => !considered.has(e.id));
  // Nothing new: no round is recorded, so the next real one still gets the next seed.
  if (fresh.length === 0) return { split, added: 0, eligible: 0 };
  const added = [...stratifiedSample(fresh, fraction, seed, true)]; // round up: the share never drops below `fraction`
  split.ids = [...new Set([...split.ids, ...added])].sort();
  split.considered = [...new Set([...split.considered, ...fresh.map((e) => e.id)])].sort();
  split.extensions = [...(split.extensions ?? []), { addedAt: new Date().toISOString(), seed, fraction, eligible: fresh.length, added: added.length }];
  writeFileSync(file, JSON.stringify(split, null, 1) + '\n');
  return { split, added: added.length, eligible: fresh.length };
}

/** Above this share of a batch going to test, `split --extend` says why (rounding up per group). */
export const EXTENSION_NOTE_SHARE = 0.3;

/**
 * A note when an extension put more than 30 % of the newly labeled examples into the test split:
 * stratifiedSample rounds up in each source × label group, so every group with any new example gives
 * at least one, and a small batch lands largely (2 examples with different labels: both) in test.
 */
export function extensionNote(added: number, eligible: number, fraction: number): string | undefined {
  if (eligible === 0 || added / eligible <= EXTENSION_NOTE_SHARE) return undefined;
  return (
    `note: ${added} of ${eligible} newly labeled examples (${Math.round((added / eligible) * 100)} %) went to the test split, more than the fraction ${fraction}: ` +
    `each source × label group gives at least one when it has any, so small batches put a larger share into test; label in larger batches before extending to keep the share near ${Math.round(fraction * 100)} %`
  );
}
