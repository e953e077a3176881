// The item page's 409 line names who changed the item and, for a decision, what they decided (label,
// status) and when; it named only who ("Sari mengonfirmasi item ini"), the label and time further down.
import { expect, it } from 'vitest';
import { changesSince } from '../../src/review/web/changes.js';
import type { AuditEntry } from '../../src/review/store/index.js';

const entry = (at: string, after: Record<string, unknown>): AuditEntry => ({ seq: 1, itemId: 'i', actor: 'Sari#k1', action: 'decision', before: { status: 'new' }, after, at });

it('a decision since the form: who, the label and status, and when (WIB)', () => {
  const decided = entry('2026-12-05T03:00:00.000Z', { status: 'confirmed', reviewer_label: 'ajakan', reason: 'x' });
  expect(changesSince([decided], '2026-12-05T02:00:00.000Z')).toBe('Sari#k1 mengonfirmasi item ini (label ajakan, status dikonfirmasi) pada 05-12-2026 10:00 WIB');
});

it('a decision with no label (an escalation) says its status and when', () => {
  const escalated = entry('2026-12-05T03:00:00.000Z', { status: 'escalated', reviewer_label: null, reason: 'x' });
  expect(changesSince([escalated], undefined)).toBe('Sari#k1 mengeskalasi item ini (status dieskalasi) pada 05-12-2026 10:00 WIB');
});
