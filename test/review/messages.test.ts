// The review API's validation messages are written for people, as the scoring routes' are: no zod
// default ("Too big: expected number to be <=500", "Invalid option: expected one of …", "Invalid
// input: expected string, received array") reaches a client, for any field of any request schema.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createScorer } from '../../src/pipeline/create.js';
import { assignSchema, auditQuery, decisionSchema, deleteQuery, exportQuery, keySchema, listQuery, noteSchema, postSchemaFor, statsQuery } from '../../src/review/http/validate.js';
import { fieldErrors } from '../../src/service/validation.js';
import { formErrorText, queueFilterErrorText } from '../../src/review/web/form-errors.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

/** What zod writes when a schema gives no message of its own. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized|Expected)|expected .* received|expected (string|number|one of)|<=|>=/;

const SCHEMAS: [string, z.ZodObject][] = [
  ['post', postSchemaFor(300)],
  ['assign', assignSchema],
  ['decision', decisionSchema],
  ['note', noteSchema],
  ['key', keySchema],
  ['delete', deleteQuery],
  ['list', listQuery],
  ['export', exportQuery],
  ['stats', statsQuery],
  ['audit', auditQuery],
];
// Wrong types, a query parameter given twice (a list of strings), empty, blank, unknown, overlong, numbers out of range.
const BAD: unknown[] = [42, 1.5, true, null, {}, [], ['a', 'b'], '', ' ', '\u200b', 'bogus', 'x'.repeat(20_000), '-1', '0', '501', '1.5', '1e3', '2024-13-45'];

describe('validation messages', () => {
  it('are never zod defaults, for any field of any review request schema given any wrong value, or missing', () => {
    const seen: string[] = [];
    for (const [name, schema] of SCHEMAS) {
      const tries: unknown[] = [{}, ...Object.keys(schema.shape).flatMap((k) => BAD.map((v) => ({ [k]: v })))];
      for (const value of tries) {
        const r = schema.safeParse(value);
        if (r.success) continue;
        for (const e of fieldErrors(r.error)) {
          seen.push(`${name} ${e.field}: ${e.message}`);
          expect(e.message, `${name} ${JSON.stringify(value).slice(0, 80)} → ${e.field}`).not.toMatch(ZOD_DEFAULT);
        }
      }
    }
    expect(seen.length).toBeGreaterThan(100);
  });

  it('say what is allowed: the bounds of limit, the choices of status, level, label, outcome, role and action', async () => {
    const errors = async (method: string, path: string, key: string, body?: unknown) => {
      const res = await apiCall(fx.srv.base, method, path, key, body);
      expect(res.status, path).toBe(400);
      return res.json.errors;
    };
    expect(await errors('GET', '/v1/review/items?limit=501', fx.keys.analyst)).toEqual([{ field: 'limit', message: 'must be at most 500' }]);
    expect(await errors('GET', '/v1/review/items?limit=0', fx.keys.analyst)).toEqual([{ field: 'limit', message: 'must be at least 1' }]);
    expect(await errors('GET', '/v1/review/audit?limit=501', fx.keys.admin)).toEqual([{ field: 'limit', message: 'must be at most 500' }]);
    expect(await errors('GET', '/v1/review/items?status=open', fx.keys.analyst)).toEqual([{ field: 'status', message: 'must be one of new, in_review, confirmed, dismissed, escalated' }]);
    expect(await errors('GET', '/v1/review/items?level=merah', fx.keys.analyst)).toEqual([{ field: 'level', message: 'must be one of rendah, sedang, tinggi' }]);
    expect(await errors('GET', '/v1/review/items?status=new&status=escalated', fx.keys.analyst)).toEqual([{ field: 'status', message: 'must be given once' }]);
    expect(await errors('GET', '/v1/review/items?election=a&election=b', fx.keys.analyst)).toEqual([{ field: 'election', message: 'must be given once' }]);
    expect(await errors('GET', `/v1/review/items?election=${'e'.repeat(101)}`, fx.keys.analyst)).toEqual([{ field: 'election', message: 'must be at most 100 characters' }]);
    expect(await errors('GET', '/v1/review/audit?action=remove', fx.keys.admin)).toEqual([{ field: 'action', message: expect.stringMatching(/^must be one of create, assign, decision, /) }]);
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, pesan jelas' })).json.id as string;
    expect(await errors('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { suggestedLabel: 'partisan' })).toEqual([{ field: 'suggestedLabel', message: 'must be one of ajakan, dukungan, serangan, netral' }]);
    expect(await errors('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, {})).toEqual([
      { field: 'outcome', message: 'is required (one of confirmed, dismissed, escalated, reopened)' },
      { field: 'reason', message: expect.stringMatching(/^is required: why the item is confirmed, dismissed or escalated/) },
    ]);
    expect(await errors('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'approve', reason: 5 })).toEqual([
      { field: 'outcome', message: 'must be one of confirmed, dismissed, escalated, reopened' },
      { field: 'reason', message: 'must be a string' },
    ]);
    expect(await errors('POST', '/v1/review/keys', fx.keys.admin, { role: 'root' })).toEqual([
      { field: 'name', message: 'is required' },
      { field: 'role', message: 'must be one of analyst, supervisor, admin' },
    ]);
  });
});

describe('the same messages on the pages', () => {
  it('are put in Indonesian, the field named by its label', () => {
    expect([
      { field: 'limit', message: 'must be at most 500' },
      { field: 'limit', message: 'must be at least 1' },
      { field: 'limit', message: 'must be a whole number' },
      { field: 'action', message: 'must be one of create, assign' },
      { field: 'outcome', message: 'is required (one of confirmed, dismissed, escalated, reopened)' },
      { field: 'actor', message: 'must be at most 300 characters' },
      { field: 'since', message: 'must be given once' },
    ].map(formErrorText)).toEqual(['Jumlah: paling banyak 500.', 'Jumlah: paling sedikit 1.', 'Jumlah: harus bilangan bulat.', 'Aksi: pilihan tidak dikenal.', 'Keputusan: wajib diisi.', 'Oleh: paling banyak 300 karakter.', 'Sejak: hanya boleh diberikan sekali.']);
    expect(queueFilterErrorText({ field: 'label', message: 'must be one of ajakan, dukungan, serangan, netral' })).toBe('Label: pilihan tidak dikenal.');
  });
});
