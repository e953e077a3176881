// An item's audit trail as the item page's table rows.
import type { AuditEntry } from '../store/index.js';
import { html, type Html } from './html.js';
import { actionText } from './words.js';
import { auditTrailLines } from './audit-trail.js';
import { when } from './time-tag.js';

/** The item's audit trail in the page's words (audit-trail.ts); the time with its offset, since the exact instant matters here. */
export function trailRows(audit: readonly AuditEntry[], modelLabel: string): Html[] {
  const lines = auditTrailLines(audit, modelLabel);
  return audit.map(
    (a, i) =>
      html`<tr data-seq="${a.seq}"><td data-label="Waktu">${when(a.at)} <small class="offset">(UTC+7)</small></td><td class="actor" data-label="Oleh">${a.actor}</td><td class="act" data-label="Aksi">${actionText(a.action)}</td><td data-label="Perubahan"><ul class="changes">${lines[i].map((l) => html`<li>${l}</li>`)}</ul></td></tr>`,
  );
}
