// Analysts' label suggestions (notes with a suggested label): the latest one per item, shown in the
// queue and beside the decision form, written into the exports, and counted in the stats. "Latest" is
// by the note's time, then id, in one query every reader shares.
import type { Kysely } from 'kysely';
import { sql } from '../db/kysely.js';
import type { ReviewDb } from '../db/open.js';
import type { Database } from '../db/schema.js';
import type { Label } from '../../data/labels.js';
import type { Note } from './workflow.js';
import { notSuperseded } from './in-force.js';

/**
 * The latest label an analyst suggested for an item, how many suggestions (notes with a label) it has,
 * and how many analysts: those who suggested any, and those backing the latest label now (their own
 * latest suggestion is that label). The notes alone read as agreement ("serangan ×2") when one analyst
 * had suggested twice, or changed their mind; the page and the exports give the analysts.
 */
export interface Suggestion {
  label: Label;
  count: number;
  analysts: number;
  backing: number;
  author: string;
  createdAt: string;
}

/** Note `later` was written after note `than` (aliases in one query), in the order notes are read: by time, then id. */
function writtenAfter(later: string, than: string) {
  const [at, id] = [sql.ref(`${later}.created_at`), sql.ref(`${later}.id`)];
  const [thanAt, thanId] = [sql.ref(`${than}.created_at`), sql.ref(`${than}.id`)];
  return sql<boolean>`(${at} > ${thanAt} or (${at} = ${thanAt} and ${id} > ${thanId}))`;
}

/**
 * One row per item with a suggestion: its latest suggested note, the item's number of suggestions, of
 * analysts who suggested one, and of analysts whose own latest suggestion is that label.
 */
export function latestSuggestions(db: Kysely<Database>) {
  return db
    .selectFrom('notes as n')
    .where('n.suggested_label', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notes as later')
            .select('later.id')
            .whereRef('later.item_id', '=', 'n.item_id')
            .where('later.suggested_label', 'is not', null)
            .where(writtenAfter('later', 'n')),
        ),
      ),
    )
    .select((eb) => [
      'n.item_id',
      'n.suggested_label',
      'n.author',
      'n.created_at',
      eb
        .selectFrom('notes as each')
        .select((c) => c.fn.countAll<string | number>().as('n'))
        .whereRef('each.item_id', '=', 'n.item_id')
        .where('each.suggested_label', 'is not', null)
        .as('suggestion_count'),
      eb
        .selectFrom('notes as each')
        .select((c) => c.fn.count<string | number>('each.author').distinct().as('n'))
        .whereRef('each.item_id', '=', 'n.item_id')
        .where('each.suggested_label', 'is not', null)
        .as('analyst_count'),
      // Each analyst's own latest suggestion (no later one by them) that is this label.
      eb
        .selectFrom('notes as mine')
        .select((c) => c.fn.countAll<string | number>().as('n'))
        .whereRef('mine.item_id', '=', 'n.item_id')
        .whereRef('mine.suggested_label', '=', 'n.suggested_label')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('notes as newer')
                .select('newer.id')
                .whereRef('newer.item_id', '=', 'mine.item_id')
                .whereRef('newer.author', '=', 'mine.author')
                .where('newer.suggested_label', 'is not', null)
                .where(writtenAfter('newer', 'mine')),
            ),
          ),
        )
        .as('backing_count'),
    ]);
}

/**
 * The latest suggestion of each item in `itemIds` that has any, for showing it beside the queue row
 * and the decision form. Read-only: decisions never default to it.
 */
export async function suggestionsFor(rdb: ReviewDb, itemIds: readonly string[]): Promise<Map<string, Suggestion>> {
  const out = new Map<string, Suggestion>();
  if (itemIds.length === 0) return out;
  const rows = await latestSuggestions(rdb.db).where('n.item_id', 'in', [...new Set(itemIds)]).execute();
  for (const r of rows) out.set(r.item_id, { label: r.suggested_label as Label, count: Number(r.suggestion_count), analysts: Number(r.analyst_count), backing: Number(r.backing_count), author: r.author, createdAt: r.created_at });
  return out;
}

/**
 * The latest suggestion among one item's notes as notesFor loads them (every note of the item, by time
 * then id, the order latestSuggestions uses): the last note with a label, how many have one, and the
 * analysts as latestSuggestions counts them. Spares a query where the notes are loaded already.
 */
export function latestSuggestionOf(notes: readonly Note[]): Suggestion | undefined {
  const suggested = notes.filter((n) => n.suggestedLabel !== null);
  const last = suggested[suggested.length - 1];
  if (!last) return undefined;
  const byAnalyst = [...latestByAnalyst(suggested).values()];
  return { label: last.suggestedLabel as Label, count: suggested.length, analysts: byAnalyst.length, backing: byAnalyst.filter((l) => l === last.suggestedLabel).length, author: last.author, createdAt: last.createdAt };
}

/** Each analyst's latest suggested label, from an item's notes in time-then-id order (notesFor's). */
function latestByAnalyst(notes: readonly Note[]): Map<string, Label> {
  const out = new Map<string, Label>();
  for (const n of notes) if (n.suggestedLabel !== null) out.set(n.author, n.suggestedLabel);
  return out;
}

export interface SuggestionStats {
  /** Items with at least one suggested label. */
  items: number;
  /** Notes with a suggested label. */
  suggestions: number;
  /** Items with a suggestion and a final decision (confirmed or dismissed). */
  decided: number;
  /** Of those, the items whose final reviewer label is their latest suggestion. */
  matched: number;
  /** matched / decided; null while none is decided. */
  labelAgreement: number | null;
}

/** How much analysts suggest, and how often the final decision took their latest suggestion. */
export async function suggestionStats(rdb: ReviewDb): Promise<SuggestionStats> {
  const counts = await rdb.db
    .selectFrom('notes')
    .where('suggested_label', 'is not', null)
    .select((eb) => [eb.fn.count<string | number>('item_id').distinct().as('items'), eb.fn.countAll<string | number>().as('suggestions')])
    .executeTakeFirst();
  // The decision in force only: a corrected item has one, not one per correction.
  const pairs = await rdb.db
    .selectFrom(latestSuggestions(rdb.db).as('s'))
    .innerJoin('decisions as d', 'd.item_id', 's.item_id')
    .where('d.outcome', 'in', ['confirmed', 'dismissed'])
    .where(notSuperseded)
    .select(['s.suggested_label', 'd.reviewer_label', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy(['s.suggested_label', 'd.reviewer_label'])
    .execute();
  const decided = pairs.reduce((sum, p) => sum + Number(p.n), 0);
  const matched = pairs.filter((p) => p.reviewer_label === p.suggested_label).reduce((sum, p) => sum + Number(p.n), 0);
  return { items: Number(counts?.items ?? 0), suggestions: Number(counts?.suggestions ?? 0), decided, matched, labelAgreement: decided > 0 ? matched / decided : null };
}
