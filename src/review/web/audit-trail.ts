// An item's audit trail in the page's words: each entry's changed fields as short lines ("Label:
// dukungan → ajakan", "Keputusan: Konfirmasi", "Alasan: …") instead of the stored JSON, which read as
// English code (`{"reviewer_label":"ajakan",…}`) to the supervisors the page is for. The audit log
// (/review/audit, admins) keeps the JSON, as the API gives it.
import type { AuditEntry } from '../store/index.js';
import { decisionText, statusText } from './words.js';
import { isFinalStatus } from '../store/workflow.js';
import type { Status } from '../db/schema.js';

const NOBODY = '–';
const text = (v: unknown): string => (v === null || v === undefined || v === '' ? NOBODY : String(v));
/** "a → b", or just "b" when nothing changed. */
const change = (from: unknown, to: unknown): string => (text(from) === text(to) ? text(to) : `${text(from)} → ${text(to)}`);

/** The holder an entry's status and assignee mean: nobody once confirmed or dismissed (the row keeps the last one). */
const heldWhile = (status: unknown, assignee: unknown): unknown => (typeof status === 'string' && isFinalStatus(status as Status) ? null : (assignee ?? null));

/**
 * A `purge_text` entry's rule: the period and what it counted from (counted_from, written since the
 * entry names the rule); an entry without it reads as it did. An open escalation's text went undecided.
 */
function purgeWords(after: Record<string, unknown>): string {
  const days = text(after.retention_days);
  const open = after.status === 'escalated';
  if (after.counted_from === 'first_escalation') return `Teks dan penulis dihapus ${days} hari setelah eskalasi pertama (belum diputuskan)`;
  if (after.counted_from === 'first_decision') return `Teks dan penulis dihapus ${days} hari setelah keputusan pertama${open ? ' (dieskalasi lagi, belum diputuskan)' : ''}`;
  return open ? `Teks dan penulis dihapus ${days} hari setelah eskalasi (belum diputuskan)` : `Teks dan penulis dihapus setelah ${days} hari`;
}

/**
 * Each entry's lines, oldest first. A decision's label is shown against the label the item had before
 * it: the previous decision's reviewer label, else the model's (from the `create` entry, else `modelLabel`);
 * none (`–`) after a correction that withdrew a label.
 */
export function auditTrailLines(audit: readonly AuditEntry[], modelLabel: string): string[][] {
  let label: unknown = audit.find((a) => a.action === 'create')?.after?.label ?? modelLabel;
  return audit.map((a) => {
    const before = a.before ?? {};
    const after = a.after ?? {};
    switch (a.action) {
      case 'create':
        return [`Status: ${statusText(text(after.status))}`, `Label model: ${text(after.label)}`, `Level: ${text(after.level)}`];
      case 'assign':
        return [`Dipegang oleh: ${change(before.assignee, after.assignee)}`, `Status: ${change(statusText(text(before.status)), statusText(text(after.status)))}`];
      case 'decision': {
        // A decision that left the item new is a correction that reopened it.
        const outcome = after.status === 'new' ? 'reopened' : text(after.status);
        const lines = [`Keputusan: ${decisionText(outcome)}`, `Status: ${change(statusText(text(before.status)), statusText(text(after.status)))}`];
        // Who held the item before and after, as the page and the API say it (held only while open). A
        // confirmation or dismissal ends the hold, which the line says; a correction starts from a decided
        // item, held by nobody, so it lets go of nobody, whatever holder the row still keeps.
        const heldBefore = heldWhile(before.status, before.assignee);
        const heldAfter = heldWhile(after.status, Object.hasOwn(after, 'assignee') ? after.assignee : before.assignee);
        if (text(heldBefore) !== text(heldAfter)) lines.push(`Dipegang oleh: ${change(heldBefore, heldAfter)}${heldAfter === null ? ' (item selesai diputuskan)' : ''}`);
        // A correction names the decision it replaced, which stays above it in the trail.
        if (after.supersedes) lines.unshift(`Koreksi: menggantikan keputusan sebelumnya (${statusText(text(before.status))})`);
        if (after.reviewer_label) {
          lines.push(`Label: ${change(label, after.reviewer_label)}`);
          label = after.reviewer_label;
        } else if (after.supersedes) {
          // A correction without a label (escalated, reopened) withdraws the superseded decision's: no
          // label is in force until the item is decided again, which is then read against none.
          lines.push(`Label: ${change(label, null)}`);
          label = null;
        }
        // A plain escalation records no label either, but withdraws none: the item keeps the one it had.
        if (after.reason) lines.push(`Alasan: ${text(after.reason)}`);
        return lines;
      }
      case 'note':
        return after.suggested_label ? [`Usulan label: ${text(after.suggested_label)}`] : ['Catatan ditambahkan'];
      case 'read':
        return ['Teks unggahan ditampilkan'];
      case 'export':
        return [`Format: ${text(after.format)}`];
      case 'purge_text':
        return [purgeWords(after)];
      default:
        // An action this page has no words for yet: its fields as stored, never dropped.
        return [a.before ? `Sebelum: ${JSON.stringify(a.before)}` : '', a.after ? `Sesudah: ${JSON.stringify(a.after)}` : ''].filter(Boolean);
    }
  });
}
