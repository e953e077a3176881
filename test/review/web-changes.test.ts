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

// Another supervisor taking, taking over, handing on or releasing the item: the line said who, not when.
const assign = (at: string, actor: string, from: string | null, to: string | null): AuditEntry => ({ seq: 2, itemId: 'i', actor, action: 'assign', before: { assignee: from }, after: { assignee: to }, at });

it('an assignment since the form says when, as a decision does (WIB)', () => {
  const since = '2026-12-05T02:00:00.000Z';
  expect(changesSince([assign('2026-12-05T03:00:00.000Z', 'Sari#k1', null, 'Sari#k1')], since)).toBe('Sari#k1 mengambil item ini pada 05-12-2026 10:00 WIB');
  expect(changesSince([assign('2026-12-05T03:01:00.000Z', 'Sari#k1', 'Budi#k2', 'Sari#k1')], since)).toBe('Sari#k1 mengambil alih item ini dari Budi#k2 pada 05-12-2026 10:01 WIB');
  expect(changesSince([assign('2026-12-05T03:02:00.000Z', 'Sari#k1', null, 'Budi#k2')], since)).toBe('Sari#k1 menugaskan item ini ke Budi#k2 pada 05-12-2026 10:02 WIB');
  expect(changesSince([assign('2026-12-05T03:03:00.000Z', 'Sari#k1', 'Sari#k1', null)], since)).toBe('Sari#k1 melepaskan item ini pada 05-12-2026 10:03 WIB');
  expect(changesSince([assign('2026-12-05T03:04:00.000Z', 'Adi#k3', 'Sari#k1', null)], since)).toBe('Adi#k3 melepaskan item ini dari Sari#k1 pada 05-12-2026 10:04 WIB');
});
