// The item page's "Retensi" line: when its text and author will be purged under the current settings
// (purgeDueAt, the purge's own rule), so a reviewer knows how long the post stays readable and what to
// decide by. The purge runs hourly, so a date already past means at its next run.
import type { PurgeDue } from '../purge-due.js';
import { html, type Html } from './html.js';
import { when } from './time-tag.js';

export function retentionNote(due: PurgeDue, now = Date.now()): Html {
  if (due.kind === 'never') return html`Teks dan penulis tidak dihapus otomatis (retensi tidak aktif)`;
  const past = due.at !== undefined && Date.parse(due.at) <= now;
  if (due.kind === 'at') {
    // An escalation whose date its first final decision set (escalated again after it) says so, as the
    // audit trail's purge entry does; otherwise the reader would count from the escalation.
    const rule = due.escalated && due.countedFrom === 'first_decision' ? `${due.days} hari setelah keputusan pertama` : '';
    const date = past ? html`segera dihapus otomatis (jatuh tempo ${when(due.at)}${rule ? `, ${rule}` : ''})` : html`dihapus otomatis pada ${when(due.at)}${rule ? ` (${rule})` : ''}`;
    return html`Teks dan penulis ${date}${due.escalated ? ' bila belum diputuskan' : ''}`;
  }
  if (due.at === undefined) return html`Teks dan penulis disimpan sampai item diputuskan, lalu dihapus otomatis ${due.days} hari setelah keputusan`;
  const then = past ? html`segera dihapus otomatis (${due.days} hari setelah keputusan pertama, ${when(due.at)})` : html`dihapus otomatis pada ${when(due.at)} (${due.days} hari setelah keputusan pertama)`;
  return html`Teks dan penulis disimpan sampai item diputuskan lagi, lalu ${then}`;
}
