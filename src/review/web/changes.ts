// What happened to an item, in the page's words, read from its audit trail: who holds it since when,
// and who changed it after the version a refused form was made on ("Sari mengambil item ini").
import type { AuditEntry } from '../store/index.js';
import { wibTime } from './format.js';
import { statusText } from './words.js';

/** When the current holder took the item: the latest `assign` entry that gave it to them. */
export function heldSince(audit: readonly AuditEntry[], assignee: string): string | undefined {
  for (let i = audit.length - 1; i >= 0; i--) if (audit[i].action === 'assign' && audit[i].after?.assignee === assignee) return audit[i].at;
  return undefined;
}

// A decision leaving the item `new` is a correction that reopened it.
const DECIDED: Record<string, string> = { confirmed: 'mengonfirmasi', dismissed: 'menolak', escalated: 'mengeskalasi', new: 'membuka kembali' };

/** One change (an assignment or a decision) as a short sentence; undefined for other entries. */
function changeText(a: AuditEntry): string | undefined {
  if (a.action === 'decision') {
    const status = String(a.after?.status);
    if (!Object.hasOwn(DECIDED, status)) return undefined;
    // What they decided and when, in the line itself: the trail further down had them.
    const label = a.after?.reviewer_label;
    return `${a.actor} ${DECIDED[status]} item ini (${label ? `label ${String(label)}, ` : ''}status ${statusText(status)}) pada ${wibTime(a.at)}`;
  }
  if (a.action !== 'assign') return undefined;
  // When, as a decision's line says: "took it 2 minutes ago" and "last week" ask different questions.
  return `${assignText(a)} pada ${wibTime(a.at)}`;
}

/** Who gave the item to whom, from an `assign` entry. */
function assignText(a: AuditEntry): string {
  const from = (a.before?.assignee ?? null) as string | null;
  const to = (a.after?.assignee ?? null) as string | null;
  if (to === null) return from === a.actor ? `${a.actor} melepaskan item ini` : `${a.actor} melepaskan item ini dari ${from}`;
  if (to !== a.actor) return `${a.actor} menugaskan item ini ke ${to}`;
  return from === null ? `${a.actor} mengambil item ini` : `${a.actor} mengambil alih item ini dari ${from}`;
}

/**
 * The changes made after the version `since` (the form's fromUpdatedAt), oldest first, as one
 * sentence; without a version (or none found after it), the latest change. Undefined when the trail
 * has none.
 */
export function changesSince(audit: readonly AuditEntry[], since: string | undefined): string | undefined {
  const changes = audit.filter((a) => changeText(a) !== undefined);
  const after = since === undefined ? [] : changes.filter((a) => Date.parse(a.at) > Date.parse(since));
  const shown = after.length ? after : changes.slice(-1);
  return shown.length ? shown.map(changeText).join('; ') : undefined;
}
