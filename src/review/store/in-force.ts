// Which decisions speak for their item. Confirmed and dismissed used to be final, so each item had at
// most one such decision; a correction (migration 013) supersedes one, which stays in the item's history
// and the export but must not count twice in the stats, nor train the model with the mistaken label.
import type { SqlBool } from 'kysely';
import { sql } from '../db/kysely.js';

/** For a query reading `decisions as d`: no correction supersedes d (index decisions_supersedes). */
export const notSuperseded = sql<SqlBool>`not exists (select 1 from decisions as sup where sup.supersedes = d.id)`;
