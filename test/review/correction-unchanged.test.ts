// A correction must change what is in force. "Correcting" confirmed/ajakan to confirmed/ajakan used to
// be accepted and recorded as a new decision: the trail said "Koreksi", the export counted a superseded
// row, and nothing had changed. It is refused (409 naming outcome and label, nothing written), in the
// API and on the page (in Indonesian, the reason typed kept); a new label or outcome is still a correction.
import { beforeAll, expect, it } from 'vitest';
import { createKey } from '../../src/review/keys.js';
import { UnchangedCorrectionError } from '../../src/review/store/index.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { fakeResult } from './helpers/fixtures.js';
import { apiCall, hiddenValue, itemHtml, messageOf, postForm, webLogin } from './helpers/http.js';

describeOnStores('a correction that changes nothing on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.95, 'ajakan') }));
  let chief: string;
  beforeAll(async () => {
    chief = (await createKey(fx.store.rdb, { name: 'Ketua Tim', role: 'supervisor' }, 'test')).key;
  });
  const confirmed = async (tag: string) => {
    const { item } = await fx.store.add({ text: `Ayo coblos nomor 2, ${tag}`, author: tag }, fakeResult(0.95, 'ajakan'), 'cli:budi');
    const first = await fx.store.decide(item.id, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan memilih' }, 'Sari#k1');
    return { id: item.id, first };
  };
  const shape = async (id: string) => {
    const rec = await fx.store.record(id);
    return [rec?.item.status, rec?.item.updatedAt, rec?.decisions.length, rec?.audit.length];
  };

  it('the store refuses the same outcome and label, given or by default, and writes nothing', async () => {
    const { id, first } = await confirmed('sama');
    const before = await shape(id);
    for (const input of [{ label: 'ajakan' as const }, {}]) {
      await expect(fx.store.decide(id, { outcome: 'confirmed', ...input, reason: 'alasan lebih lengkap', corrects: first.id }, 'Ketua#k2')).rejects.toSatisfy(
        (e) => e instanceof UnchangedCorrectionError && (e as UnchangedCorrectionError).fields.join() === 'outcome,label',
      );
    }
    expect(await shape(id)).toEqual(before);
    // Another label is a correction.
    const fixed = await fx.store.decide(id, { outcome: 'confirmed', label: 'dukungan', reason: 'dukungan, bukan ajakan', corrects: first.id }, 'Ketua#k2');
    expect([fixed.reviewerLabel, fixed.supersedes]).toEqual(['dukungan', first.id]);
  });

  it('the API answers 409 naming outcome and label', async () => {
    const { id, first } = await confirmed('api');
    const before = await shape(id);
    const res = await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, chief, { outcome: 'confirmed', label: 'ajakan', reason: 'sama saja', corrects: first.id });
    expect(res.status).toBe(409);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['outcome', 'label']);
    expect(res.json.detail).toMatch(/changes nothing: .* already confirmed with label ajakan; a correction must change the outcome or the label/);
    expect(await shape(id)).toEqual(before);
    const dismissed = await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, chief, { outcome: 'dismissed', reason: 'bukan ajakan', corrects: first.id });
    expect(dismissed.status).toBe(201);
  });

  it('the page says so in Indonesian (409) and keeps the reason typed', async () => {
    const { id, first } = await confirmed('halaman');
    const cookie = await webLogin(fx.srv.base, chief);
    const page = await itemHtml(fx.srv.base, cookie, id);
    expect(page).toMatch(/Keputusan yang berlaku: <b>dikonfirmasi<\/b>, label <b>ajakan<\/b>/);
    const before = await shape(id);
    const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, {
      _csrf: String(hiddenValue(page, '_csrf')),
      fromStatus: 'confirmed',
      fromUpdatedAt: String(hiddenValue(page, 'fromUpdatedAt')),
      corrects: first.id,
      outcome: 'confirmed',
      label: '',
      reason: 'alasan yang sama lagi',
    });
    expect(res.status).toBe(409);
    const body = await res.text();
    expect(messageOf(body)).toEqual({ text: 'Tidak diubah: koreksi ini sama dengan keputusan yang berlaku (dikonfirmasi, label ajakan); pilih keputusan atau label lain', className: 'flash refused', role: 'alert' });
    expect(body).toContain('alasan yang sama lagi</textarea>');
    expect(await shape(id)).toEqual(before);
  });
});
