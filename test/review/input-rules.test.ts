// Review input rules over real HTTP: postedAt and text follow /v1/score, key names cannot break the
// TSV key list, dedupe keys do not collide on ':', purge clears verbatim fragments, web forms obey
// the API's limits, and stray '%' in cookies never turns a page into a 500.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { createKey, KeyNameError } from '../../src/review/keys.js';
import { dedupeKey } from '../../src/review/store/items.js';
import { UsageError } from '../../src/cli/command.js';
import { keysCommand } from '../../src/cli/commands/keys.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { mulberry32 } from '../../src/util/random.js';
import { fakeResult } from './helpers/fixtures.js';
import { wibTime } from '../../src/review/web/format.js';
import { flashAfter } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const api = async (method: string, path: string, key: string, body?: unknown) => {
  const res = await fetch(fx.srv.base + path, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
};
const fieldsOf = (json: { errors?: { field: string }[] }) => (json.errors ?? []).map((e) => e.field);

/** Logs in through the real login form; returns the session cookie. */
async function login(key: string, extraCookie = ''): Promise<string> {
  const form = await fetch(`${fx.srv.base}/review/login`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const res = await fetch(`${fx.srv.base}/review/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `netra_review_login=${csrf}${extraCookie}` },
    body: new URLSearchParams({ _csrf: csrf, key }).toString(),
  });
  expect(res.status).toBe(303);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('netra_review='));
  return String(session).split(';')[0];
}

/** The session's CSRF token, read from an item page. */
async function pageCsrf(cookie: string, id: string): Promise<string> {
  const res = await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '';
}

const post = (cookie: string, path: string, form: Record<string, string>) =>
  fetch(fx.srv.base + path, { method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });

describe('POST /v1/review/items postedAt (the scoring service rule)', () => {
  it('refuses a date-time without a time zone and non-dates, naming the field', async () => {
    for (const postedAt of ['2024-11-23T23:30:00', '1', '2024-11-23']) {
      const res = await api('POST', '/v1/review/items', fx.keys.analyst, { text: `Rapat dinas ${postedAt}`, postedAt });
      expect(res.status, postedAt).toBe(400);
      expect(fieldsOf(res.json)).toEqual(['postedAt']);
    }
    const items = [{ text: 'Rapat satu' }, { text: 'Rapat dua' }, { text: 'Rapat tiga', postedAt: '2024-11-23T23:30:00' }];
    const batch = await api('POST', '/v1/review/items', fx.keys.analyst, { items });
    expect(batch.status).toBe(400);
    expect(fieldsOf(batch.json)).toEqual(['items[2].postedAt']);
  });

  it('accepts a date-time with a zone and stores it in UTC', async () => {
    const res = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Rapat zona waktu', postedAt: '2024-11-23T23:30:00+07:00' });
    expect(res.status).toBe(201);
    expect((await api('GET', `/v1/review/items/${res.json.id}`, fx.keys.analyst)).json.postedAt).toBe('2024-11-23T16:30:00.000Z');
  });
});

describe('POST /v1/review/items text', () => {
  it('refuses blank and invisible-only text as empty', async () => {
    for (const text of ['   ', '\u200b', ' \u200b\ufeff\n']) {
      const res = await api('POST', '/v1/review/items', fx.keys.analyst, { text });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([{ field: 'text', message: 'must not be empty' }]);
    }
  });

  it('takes the configured text limit (300 here) in characters, as /v1/score counts them', async () => {
    const emoji = await api('POST', '/v1/review/items', fx.keys.analyst, { text: '🗳️'.repeat(150) }); // 300 code points, 450 UTF-16 units
    expect(emoji.status).toBe(201);
    const long = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'a'.repeat(301) });
    expect(long.status).toBe(400);
    expect(long.json.errors).toEqual([{ field: 'text', message: 'is 301 characters long; the limit is 300 characters (NETRA_MAX_TEXT_LENGTH sets it)' }]);
  });

  it('refuses fields beside items in a batch envelope (a stray top-level text would be lost)', async () => {
    const res = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Hilang', items: [{ text: 'Rapat dinas' }], foo: 1 });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.json)).toEqual(['text', 'foo']);
  });

  it('refuses unknown fields, naming them, as /v1/score does', async () => {
    const res = await api('POST', '/v1/review/items', fx.keys.analyst, { items: [{ text: 'Rapat dinas' }, { text: 'Rapat lagi', postedat: '2024-11-23T23:30:00+07:00' }] });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.json)).toEqual(['items[1].postedat']);
  });
});

describe('free text made only of invisible characters', () => {
  it('is refused as empty, naming the field: post text, note text, decision reason (API and page)', async () => {
    const invisible = ['\u200b\u200b', '\u202e', '\u{E0001}\ufff9', ' \u00a0\u2028\u0007'];
    for (const text of invisible) {
      const res = await api('POST', '/v1/review/items', fx.keys.analyst, { text });
      expect(res.status, JSON.stringify(text)).toBe(400);
      expect(res.json.errors).toEqual([{ field: 'text', message: 'must not be empty' }]);
    }
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, catatan kosong', author: 'invisible-notes' })).json.id as string;
    for (const text of invisible) {
      const note = await api('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text, suggestedLabel: 'ajakan' });
      expect(note.status, JSON.stringify(text)).toBe(400);
      expect(fieldsOf(note.json)).toEqual(['text']);
      const reason = await api('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: text });
      expect(reason.status, JSON.stringify(text)).toBe(400);
      expect(fieldsOf(reason.json)).toEqual(['reason']);
    }
    const cookie = await login(fx.keys.supervisor);
    const csrf = await pageCsrf(cookie, id);
    expect((await post(cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: '\u200b\u200b' })).status).toBe(400);
    expect((await post(cookie, `/review/items/${id}/decision`, { _csrf: csrf, outcome: 'confirmed', reason: '\u202e' })).status).toBe(400);
    const rec = await fx.store.record(id);
    expect(rec?.notes).toEqual([]);
    expect(rec?.decisions).toEqual([]);
    // Visible text with joiners and marks inside is fine; an empty reason is none, and a decision needs one.
    expect((await api('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: '👨\u200d👩\u200d👧 cek' })).status).toBe(201);
    expect(fieldsOf((await api('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: '' })).json)).toEqual(['reason']);
    expect((await api('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: '👨\u200d👩\u200d👧 ajakan' })).status).toBe(201);
  });
});

describe('bodies of the other review routes', () => {
  it('refuse misspelt fields with 400 naming them, and store nothing', async () => {
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2 besok', author: 'strict-bodies' })).json.id as string;
    const cases: [string, string, unknown, string][] = [
      [`/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'ajakan', lable: 'ajakan' }, 'lable'],
      [`/v1/review/items/${id}/assign`, fx.keys.supervisor, { asignee: 'bob' }, 'asignee'],
      [`/v1/review/items/${id}/notes`, fx.keys.analyst, { text: 'cek', sugestedLabel: 'ajakan' }, 'sugestedLabel'],
      ['/v1/review/keys', fx.keys.admin, { name: 'Sari', role: 'analyst', rol: 'admin' }, 'rol'],
    ];
    for (const [path, key, body, field] of cases) {
      const res = await api('POST', path, key, body);
      expect(res.status, path).toBe(400);
      expect(fieldsOf(res.json), path).toEqual([field]);
    }
    const item = (await api('GET', `/v1/review/items/${id}`, fx.keys.analyst)).json;
    expect(item.status).toBe('new');
    expect(item.assignee ?? null).toBeNull();
    expect(item.notes).toEqual([]);
    expect(item.decisions).toEqual([]);
  });
});

describe('key names', () => {
  it('answers a blank or control-character name with 400 naming `name`, not 500', async () => {
    for (const name of ['', '   ', 'Sari\tAdmin', 'Sari\nAdmin', 'Sari\u0007']) {
      const res = await api('POST', '/v1/review/keys', fx.keys.admin, { name, role: 'analyst' });
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(fieldsOf(res.json)).toEqual(['name']);
    }
    expect((await api('POST', '/v1/review/keys', fx.keys.admin, { name: '  Sari (Bawaslu)  ', role: 'analyst' })).json.name).toBe('Sari (Bawaslu)');
  });

  it('refuses look-alikes of "#" (fullwidth, small) and of the other refused characters, read in NFKC', async () => {
    for (const name of ['Sari\uff03a05245', 'Sari\ufe5fa05245']) {
      const res = await api('POST', '/v1/review/keys', fx.keys.admin, { name, role: 'analyst' });
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(fieldsOf(res.json)).toEqual(['name']);
    }
    await expect(createKey(fx.store.rdb, { name: 'Budi\uff03x', role: 'analyst' }, 'test')).rejects.toThrow(KeyNameError);
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo pilih nomor 1, nama mirip', author: 'nfkc-assignee' })).json.id as string;
    for (const assignee of ['\uff4e\uff4f\uff4e\uff45', ' \uff2e\uff2f\uff2e\uff25 ']) {
      const res = await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee });
      expect(res.status, JSON.stringify(assignee)).toBe(400);
      expect(fieldsOf(res.json)).toEqual(['assignee']);
    }
    // '#' passes the name rules (actors are name#id), but no reviewer key is called that.
    const tim = await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: 'Tim\uff03 2' });
    expect([tim.status, fieldsOf(tim.json)]).toEqual([400, ['assignee']]);
  });

  it('refuses bidi and other invisible format characters and "#" (a name#id actor could pass for another key)', async () => {
    for (const name of ['\u202eSari', 'Sari\u2066x\u2069', 'Sa\u200bri', 'Sari#a05245c1d2e3f4a5', '#']) {
      const res = await api('POST', '/v1/review/keys', fx.keys.admin, { name, role: 'analyst' });
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(fieldsOf(res.json)).toEqual(['name']);
      const cli = await keysCommand.run(['create', '--role', 'analyst', '--name', name]).catch((e: unknown) => e);
      expect(cli, JSON.stringify(name)).toBeInstanceOf(UsageError);
    }
    expect((await api('POST', '/v1/review/keys', fx.keys.admin, { name: 'Sari (Bawaslu Kab. Bogor) 🙂', role: 'analyst' })).status).toBe(201);
  });

  it('counts the 100-character limit after trimming, with one error for a longer name', async () => {
    const long = await api('POST', '/v1/review/keys', fx.keys.admin, { name: 'x'.repeat(101), role: 'analyst' });
    expect(long.status).toBe(400);
    expect(long.json.errors).toEqual([{ field: 'name', message: 'must be at most 100 characters' }]);
    const padded = await api('POST', '/v1/review/keys', fx.keys.admin, { name: ` ${'x'.repeat(100)} `, role: 'analyst' });
    expect(padded.status).toBe(201);
    expect(padded.json.name).toBe('x'.repeat(100));
  });

  it('createKey refuses them too, and `keys create` treats them as bad usage (exit 2)', async () => {
    for (const name of ['  ', 'a\tb', 'a\r\nb']) {
      const err = await createKey(fx.store.rdb, { name, role: 'analyst' }, 'test').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(KeyNameError);
      const cli = await keysCommand.run(['create', '--role', 'analyst', '--name', name]).catch((e: unknown) => e);
      expect(cli, JSON.stringify(name)).toBeInstanceOf(UsageError);
    }
  });
});

describe('dedupe keys', () => {
  it('keeps posts apart whose source or external id contain ":"', async () => {
    const a = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Posting halaman', source: 'fb:page', externalId: '123' });
    const b = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Posting lain', source: 'fb', externalId: 'page:123' });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.json.created).toBe(true);
    expect(b.json.id).not.toBe(a.json.id);
    const c = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Persen', source: 'fb%3Apage', externalId: '123' });
    expect(c.json.created).toBe(true);
  });

  it('keeps the same id with another text apart (feeds number their rows alike), the same post together', async () => {
    const post = (text: string) => api('POST', '/v1/review/items', fx.keys.analyst, { text, source: 'ig:feed.jsonl', externalId: '1' });
    const a = await post('Ayo coblos nomor 2 besok pagi');
    const b = await post('Rapat dinas ditunda ke hari Senin');
    const again = await post('Ayo coblos nomor 2 besok pagi  ');
    expect([a.json.created, b.json.created, again.json.created]).toEqual([true, true, false]);
    expect(again.json.id).toBe(a.json.id);
    expect(dedupeKey({ text: 't', source: 'fb:page', externalId: 'a%b' })).toMatch(/^ext:fb%3Apage:a%25b:[0-9a-f]{16}$/);
  });

  it('still finds rows stored under the older key (source and id only) when the text is the same or purged', async () => {
    const stored = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Dukung paslon 1 ya', source: 'old-feed', externalId: 'b1' });
    await fx.store.rdb.db.updateTable('items').set({ dedupe_key: 'ext:old-feed:b1' }).where('id', '=', stored.json.id).execute();
    const same = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Dukung paslon 1 ya', source: 'old-feed', externalId: 'b1' });
    expect(same.json).toMatchObject({ id: stored.json.id, created: false });
    const other = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Posting lain sama sekali', source: 'old-feed', externalId: 'b1' });
    expect(other.json.created).toBe(true);
    // and under the oldest, unencoded form of a source with ':' (ig:feed.jsonl)
    const raw = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos 02 ya', source: 'ig:feed.jsonl', externalId: '2' });
    await fx.store.rdb.db.updateTable('items').set({ dedupe_key: 'ext:ig:feed.jsonl:2' }).where('id', '=', raw.json.id).execute();
    expect((await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos 02 ya', source: 'ig:feed.jsonl', externalId: '2' })).json).toMatchObject({ id: raw.json.id, created: false });
  });
});

describe('retention purge', () => {
  it('clears evidence and mentions with the text (API and page)', async () => {
    const made = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2 tanggal 14 Februari, pilih pasangan nomor 2!', election: 'pilpres-2024', postedAt: '2024-01-20T09:00:00+07:00', author: 'purge-1' });
    const id = made.json.id as string;
    const before = (await api('GET', `/v1/review/items/${id}`, fx.keys.analyst)).json;
    expect(before.evidence.length + before.mentions.length).toBeGreaterThan(0);
    expect((await api('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' })).status).toBe(201);
    expect(await fx.store.purgeExpired(30, 'system:retention', new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThan(0);
    const after = (await api('GET', `/v1/review/items/${id}`, fx.keys.analyst)).json;
    expect(after).toMatchObject({ text: null, author: null, evidence: [], mentions: [], label: before.label, risk: before.risk });
    const exported = JSON.stringify((await api('GET', `/v1/review/items/${id}/export`, fx.keys.supervisor)).json);
    for (const e of before.evidence as { text: string }[]) expect(exported).not.toContain(`"${e.text}"`);
    const cookie = await login(fx.keys.analyst);
    const page = await (await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie } })).text();
    expect(page).not.toContain('class="chip"');

    // No text comes back through a note: refused in the API (409) and on the page.
    const note = await api('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: 'NIP 198001012005011001 orangnya' });
    expect(note.status).toBe(409);
    const csrf = await pageCsrf(cookie, id);
    const web = await post(cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: 'NIP 198001012005011001 orangnya' });
    expect(await flashAfter(fx.srv.base, cookie, web)).toMatch(/^Tidak diubah: teks item ini sudah dihapus/);
    expect(JSON.stringify((await api('GET', `/v1/review/items/${id}`, fx.keys.analyst)).json)).not.toContain('198001012005011001');
  });
});

describe('queue page snippets', () => {
  it('cut long posts between characters, never inside an emoji', async () => {
    // the mention comes first: one past the cut would move the excerpt to it (web-queue-snippet.test.ts)
    const text = `coblos prabowo nomor dua ${'a'.repeat(64)}😀 lagi`;
    const made = await api('POST', '/v1/review/items', fx.keys.analyst, { text, author: 'snippet-emoji' });
    expect(made.status).toBe(201);
    const cookie = await login(fx.keys.analyst);
    const queue = await (await fetch(`${fx.srv.base}/review?level=${made.json.level}`, { headers: { cookie } })).text();
    expect(queue).toContain(`${'a'.repeat(64)}😀…`);
    expect(queue).not.toContain('\ufffd');
  });

  it('cut between user-perceived characters: a flag or a family emoji is never split', async () => {
    const flag = `${'b'.repeat(89)}🇮🇩 pilih nomor dua`;
    const family = `${'c'.repeat(89)}👨\u200d👩\u200d👧 pilih nomor satu`;
    const accents = `${'d'.repeat(89)}e\u0301\u0301 pilih nomor tiga`;
    for (const text of [flag, family, accents]) await fx.store.add({ text, author: 'snippet-grapheme', source: 'snippet-test' }, fakeResult(0.9999), 'test');
    const cookie = await login(fx.keys.analyst);
    const queue = await (await fetch(`${fx.srv.base}/review`, { headers: { cookie } })).text();
    expect(queue).toContain(`${'b'.repeat(89)}🇮🇩…`);
    expect(queue).toContain(`${'c'.repeat(89)}👨\u200d👩\u200d👧…`);
    expect(queue).toContain(`${'d'.repeat(89)}e\u0301\u0301…`);
  });
});

describe('item page with control and bidi characters', () => {
  it('names them visibly and isolates the post, so nothing shows reversed or reaches the HTML raw', async () => {
    const text = 'Dukung nomor 1 \u202eabc\u202c ya\u0000\u001b[31m merah';
    const { item } = await fx.store.add({ text, author: 'ctl\u202eatua', source: 'ctl-test' }, fakeResult(0.9), 'test');
    await fx.store.note(item.id, { text: 'catatan \u202etxet' }, 'test');
    const cookie = await login(fx.keys.analyst);
    const page = await (await fetch(`${fx.srv.base}/review/items/${item.id}`, { headers: { cookie } })).text();
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]/);
    expect(page).toContain('<blockquote class="post" id="post-text" dir="auto">');
    expect(page).toContain('<span class="ctl" title="U+202E">[U+202E]</span>abc<span class="ctl" title="U+202C">[U+202C]</span> ya');
    expect(page).toContain('<span class="ctl" title="U+0000">[U+0000]</span><span class="ctl" title="U+001B">[U+001B]</span>[31m');
    expect(page).toContain('ctl[U+202E]atua');
    expect(page).toContain('<bdi class="note-text">catatan [U+202E]txet</bdi>');
    const queue = await (await fetch(`${fx.srv.base}/review?level=${item.level}`, { headers: { cookie } })).text();
    expect(queue).toContain('Dukung nomor 1 [U+202E]abc[U+202C] ya[U+0000][U+001B][31m merah');
  });
});

describe('CSV export with control characters', () => {
  it('writes NUL, ESC and other controls by name, never raw', async () => {
    const { item } = await fx.store.add({ text: 'Ayo pilih\u0000 nomor 2\u001b[2J sekarang', author: 'csv-ctl', source: 'csv-test' }, fakeResult(0.9), 'test');
    await fx.store.decide(item.id, { outcome: 'confirmed', reason: 'bel\u0007' }, 'test');
    const res = await fetch(`${fx.srv.base}/v1/review/export?format=csv`, { headers: { authorization: `Bearer ${fx.keys.supervisor}` } });
    const csv = await res.text();
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(csv).toContain('Ayo pilih[U+0000] nomor 2[U+001B][2J sekarang');
    expect(csv).toContain(',bel[U+0007],');
  });
});

describe('risk on the page', () => {
  it('shows 0.999911 as 0.999, not as the certainty 1.000', async () => {
    const { item } = await fx.store.add({ text: 'Hampir pasti ajakan memilih nomor 2', author: 'risk-digits', source: 'risk-test' }, fakeResult(0.999911), 'test');
    const cookie = await login(fx.keys.analyst);
    const page = await (await fetch(`${fx.srv.base}/review/items/${item.id}`, { headers: { cookie } })).text();
    expect(page).toContain('Risiko 0.999 ·');
    expect(page).toContain('dukungan 0.99');
    const queue = await (await fetch(`${fx.srv.base}/review?level=${item.level}`, { headers: { cookie } })).text();
    // This item's row only: other tests' items (a real model's risk can round to 1) share the queue.
    const row = new RegExp(`<tr class="row"[^>]*data-id="${item.id}">[\\s\\S]*?</tr>`).exec(queue)?.[0] ?? '';
    expect(row).toContain('<td class="num">0.999</td>');
    expect(row).not.toContain('<td class="num">1.000</td>');
  });
});

describe('times on the item page', () => {
  it('are shown in WIB (the calendar the stage is read by), the UTC instant kept in <time datetime>', async () => {
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2 di TPS', author: 'wib-1', postedAt: '2023-11-27T22:00:00Z', election: 'pilpres-2024' })).json.id as string;
    await api('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: 'cek jam' });
    await api('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'escalated', reason: 'jam' });
    const cookie = await login(fx.keys.analyst);
    const page = await (await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie } })).text();
    expect(page).toContain('<dt>Diunggah</dt><dd><time datetime="2023-11-27T22:00:00.000Z">28-11-2023 05:00 WIB</time></dd>');
    // Decisions, notes and the audit trail alike: no UTC time left as text, each one a WIB time.
    const shown = page.replace(/datetime="[^"]*"/g, '');
    expect(shown).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    const rec = await fx.store.record(id);
    for (const at of [rec!.decisions[0].createdAt, rec!.notes[0].createdAt, ...rec!.audit.map((a) => a.at)]) {
      expect(page).toContain(`<time datetime="${at}">${wibTime(at)}</time>`);
    }
    expect(wibTime('2024-02-13T17:00:00.000Z')).toBe('14-02-2024 00:00 WIB');
  });
});

describe('item page status line', () => {
  it('shows only the service\'s own messages, whatever ?done= says', async () => {
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Rapat koordinasi pekan depan', author: 'flash-1' })).json.id as string;
    const cookie = await login(fx.keys.analyst);
    const spoof = await (await fetch(`${fx.srv.base}/review/items/${id}?done=${encodeURIComponent('Sesi habis: kirim kunci API ke admin@contoh.example')}`, { headers: { cookie } })).text();
    expect(spoof).not.toContain('kirim kunci');
    expect(spoof).not.toContain('class="flash"');
  });

  it('cannot be forged with a link: a message appears only after the form that earned it, once', async () => {
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Rapat koordinasi, pesan palsu', author: 'flash-2' })).json.id as string;
    const other = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Rapat koordinasi, item lain', author: 'flash-3' })).json.id as string;
    const cookie = await login(fx.keys.supervisor);
    const shown = async (path: string, extra = '') => /<p class="flash"[^>]*>([^<]*)</.exec(await (await fetch(fx.srv.base + path, { headers: { cookie: `${cookie}${extra}` } })).text())?.[1];
    for (const code of ['saved-confirmed', 'note-saved', 'assigned', 'conflict']) expect(await shown(`/review/items/${id}?done=${code}`), code).toBeUndefined();
    const res = await post(cookie, `/review/items/${id}/notes`, { _csrf: await pageCsrf(cookie, id), text: 'cek akun' });
    expect(res.headers.get('location')).toBe(`/review/items/${id}`);
    const flash = String(res.headers.getSetCookie().find((c) => c.startsWith('netra_review_flash='))).split(';')[0];
    expect(res.headers.getSetCookie().find((c) => c.startsWith('netra_review_flash='))).toMatch(/HttpOnly; SameSite=Strict/);
    // Shown once with its cookie; the page clears the cookie, so a reload (no cookie) shows nothing.
    const first = await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie: `${cookie}; ${flash}` } });
    expect(/<p class="flash"[^>]*>([^<]*)</.exec(await first.text())?.[1]).toBe('Catatan tersimpan');
    expect(first.headers.getSetCookie().find((c) => c.startsWith('netra_review_flash='))).toMatch(/^netra_review_flash=; .*Max-Age=0/);
    expect(await shown(`/review/items/${id}`)).toBeUndefined();
    // The cookie says nothing for another item, another session, or with its code changed.
    expect(await shown(`/review/items/${other}`, `; ${flash}`)).toBeUndefined();
    const [code, item, mac] = decodeURIComponent(flash.slice('netra_review_flash='.length)).split('.');
    expect(code).toBe('note-saved');
    expect(await shown(`/review/items/${id}`, `; netra_review_flash=${encodeURIComponent(`saved-confirmed.${item}.${mac}`)}`)).toBeUndefined();
    const otherSession = await login(fx.keys.supervisor);
    expect(/<p class="flash"/.test(await (await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie: `${otherSession}; ${flash}` } })).text())).toBe(false);
  });
});

describe('web forms use the API limits', () => {
  it('refuses an over-long note or reason and an unknown label, saving nothing', async () => {
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Dukung terus nomor 1 ya', author: 'web-limits' })).json.id as string;
    const cookie = await login(fx.keys.supervisor);
    const csrf = await pageCsrf(cookie, id);
    const cases: Record<string, string>[] = [
      { outcome: 'confirmed', reason: 'r'.repeat(5000) },
      { outcome: 'confirmed', label: 'bogus' },
      { outcome: 'maybe' },
    ];
    for (const form of cases) {
      const res = await post(cookie, `/review/items/${id}/decision`, { _csrf: csrf, ...form });
      expect(res.status, JSON.stringify(form).slice(0, 60)).toBe(400);
      expect(await res.text()).toMatch(/id="form-error"[\s\S]*<li>(Alasan|Label peninjau|Keputusan): /);
    }
    const note = await post(cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: 'n'.repeat(6000) });
    expect(note.status).toBe(400);
    expect(await note.text()).toContain('<li>Catatan: terlalu panjang (6.000 karakter; batasnya 4.000).');
    const badLabel = await post(cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: 'cek', suggestedLabel: 'bogus' });
    expect(badLabel.status).toBe(400);
    const rec = await fx.store.record(id);
    expect(rec?.decisions).toEqual([]);
    expect(rec?.notes).toEqual([]);
    expect(rec?.item.status).toBe('new');
    // Forms within the limits still save (an unselected label is absent, not invalid).
    expect((await post(cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: 'cek akun', suggestedLabel: '' })).status).toBe(303);
    expect((await post(cookie, `/review/items/${id}/decision`, { _csrf: csrf, outcome: 'confirmed', label: '', reason: 'r'.repeat(2000) })).status).toBe(303);
    expect((await fx.store.record(id))?.decisions[0]).toMatchObject({ outcome: 'confirmed', reason: 'r'.repeat(2000) });
  });
});

describe('a refused web form', () => {
  it('comes back as the item page with the error in Indonesian and what was typed, not an English page', async () => {
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Dukung terus nomor 1 ya, salah label', author: 'web-form-error' })).json.id as string;
    const cookie = await login(fx.keys.supervisor);
    const csrf = await pageCsrf(cookie, id);
    const res = await post(cookie, `/review/items/${id}/decision?status=new`, { _csrf: csrf, outcome: 'confirmed', label: 'netral', reason: 'bukan ajakan, hanya info' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('<div class="error form-error" role="alert" id="form-error" tabindex="-1"><p>Formulir tidak disimpan:</p><ul><li>Label peninjau: Konfirmasi berarti unggahan partisan');
    expect(page).not.toMatch(/must be|Formulir tidak valid/);
    expect(page).toContain('id="post-text"'); // the item itself, with its forms
    expect(page).toContain('>\nbukan ajakan, hanya info</textarea>');
    expect(page).toContain('<option value="netral" selected>netral</option>');
    expect(page).toContain(`action="/review/items/${id}/decision?status=new"`); // the list filters are kept
    const note = await post(cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: 'cek', suggestedLabel: 'bogus' });
    expect(await note.text()).toMatch(/<li>Usulan label: pilihan tidak dikenal\.<\/li>[\s\S]*id="note-text"[^>]*value="cek"/);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
  });
});

describe('cookies with a stray %', () => {
  it('ignores undecodable cookies instead of answering 500', async () => {
    const cookie = await login(fx.keys.analyst, '; _ga=100%');
    const ok = await fetch(`${fx.srv.base}/review`, { redirect: 'manual', headers: { cookie: `${cookie}; _ga=100%` } });
    expect(ok.status).toBe(200);
    const bad = await fetch(`${fx.srv.base}/review`, { redirect: 'manual', headers: { cookie: 'netra_review=%E0%A4%A' } });
    expect(bad.status).toBe(303);
    expect(bad.headers.get('location')).toBe('/review/login');
    const badPost = await fetch(`${fx.srv.base}/review/logout`, { method: 'POST', redirect: 'manual', headers: { cookie: 'netra_review=%E0%A4%A; x=%', 'content-type': 'application/x-www-form-urlencoded' }, body: '_csrf=x' });
    expect(badPost.status).toBe(401);
    const loginPost = await fetch(`${fx.srv.base}/review/login`, { method: 'POST', redirect: 'manual', headers: { cookie: 'netra_review_login=%E0%A4%A', 'content-type': 'application/x-www-form-urlencoded' }, body: '_csrf=x&key=y' });
    expect(loginPost.status).toBe(403);
  });
});

describe('decisions', () => {
  it('refuse a reviewer label that contradicts the outcome (they become training labels)', async () => {
    const made = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo pilih nomor 1 ya, jangan golput!', author: 'decision-rules' });
    const id = made.json.id as string;
    for (const body of [{ outcome: 'confirmed', label: 'netral', reason: 'uji' }, { outcome: 'dismissed', label: 'ajakan', reason: 'uji' }]) {
      const res = await api('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res.json)).toEqual(['label']);
    }
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect((await api('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji', label: 'ajakan' })).status).toBe(201);
  });
});

describe('request bodies', () => {
  const raw = (body: Uint8Array | string, contentType: string) =>
    fetch(`${fx.srv.base}/v1/review/items`, { method: 'POST', headers: { authorization: `Bearer ${fx.keys.analyst}`, 'content-type': contentType }, body: body as BodyInit });

  it('are read as strictly as the scoring routes: UTF-8 JSON only', async () => {
    const invalid = await raw(Buffer.concat([Buffer.from('{"text":"invalid '), Buffer.from([0xff, 0xfe]), Buffer.from(' utf8"}')]), 'application/json');
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).type).toBe('urn:netra:problem:invalid-encoding');
    const plain = await raw('{"text":"halo"}', 'text/plain');
    expect(plain.status).toBe(415);
    const broken = await raw('{"text":', 'application/json');
    expect(broken.status).toBe(400);
    expect((await broken.json()).detail).toMatch(/position 8/);
  });
});

describe('list limits', () => {
  it('take whole decimal numbers only (0x10 is not 16)', async () => {
    for (const limit of ['0x10', '1e2', '2.5', 'abc', '0', '501']) {
      const res = await api('GET', `/v1/review/items?limit=${limit}`, fx.keys.analyst);
      expect(res.status, limit).toBe(400);
      expect(fieldsOf(res.json), limit).toEqual(['limit']);
    }
    expect((await api('GET', '/v1/review/items?limit=16', fx.keys.analyst)).status).toBe(200);
  });
});

describe('assignment', () => {
  it('unassigning hands an item under review back to the queue (new), not in_review with nobody on it', async () => {
    const made = await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Dukung nomor 3 sampai menang!', author: 'assign-rules' });
    const id = made.json.id as string;
    expect((await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: null })).status).toBeLessThan(300);
    expect((await fx.store.record(id))?.item).toMatchObject({ status: 'new', assignee: null });
    const adi = (await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: 'Adi Admin' })).json.assignee as string;
    expect((await fx.store.record(id))?.item).toMatchObject({ status: 'in_review', assignee: adi });
    await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: null, fromAssignee: adi });
    expect((await fx.store.record(id))?.item).toMatchObject({ status: 'new', assignee: null });
  });
});

describe('assignee names', () => {
  it('refuse "none" (the unassigned filter), blank, control and bidi/format characters, naming assignee', async () => {
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo pilih nomor 1, penugasan', author: 'assignee-rules' })).json.id as string;
    for (const assignee of ['none', ' None ', '   ', '\u202eabc', 'sari\tadmin', 'sa\u200bri', 'x'.repeat(201)]) {
      const res = await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee });
      expect(res.status, JSON.stringify(assignee)).toBe(400);
      expect(fieldsOf(res.json)).toEqual(['assignee']);
    }
    expect((await fx.store.get(id))?.assignee).toBeNull();
    const ok = await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: '  Adi Admin  ' });
    expect(ok.status).toBe(200);
    expect(ok.json.assignee).toMatch(/^Adi Admin#[0-9a-f]{16}$/); // trimmed, and stored as the key's actor
  });
});

describe('assignment that changes nothing', () => {
  it('writes no audit row (unassigning an unassigned item, assigning to the holder)', async () => {
    const id = (await api('POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo pilih nomor 2, tanpa perubahan', author: 'assign-noop' })).json.id as string;
    expect((await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: null })).status).toBe(200);
    expect((await fx.store.audit(id)).map((a) => a.action)).toEqual(['create']);
    await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: 'Adi Admin' });
    expect((await api('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: 'Adi Admin' })).status).toBe(200);
    expect((await fx.store.audit(id)).map((a) => a.action)).toEqual(['create', 'assign']);
  });
});

describe('static files', () => {
  it('serves its own files and answers other names, inherited property names included, with 404', async () => {
    expect((await fetch(`${fx.srv.base}/review/static/review.css`)).status).toBe(200);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'nope.js']) {
      expect((await fetch(`${fx.srv.base}/review/static/${name}`)).status, name).toBe(404);
    }
  });
});

describe('POST /v1/review/items with slow posts', () => {
  it('lets other requests through while a batch is scored (it yields between posts)', async () => {
    // Long posts of unseen words are the slow case: each word goes through the stemmer once.
    const rand = mulberry32(7);
    const word = () => Array.from({ length: 6 + Math.floor(rand() * 5) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join('');
    const items = Array.from({ length: 45 }, () => ({ text: Array.from({ length: 28 }, word).join(' ') }));
    const answered: string[] = [];
    const batch = api('POST', '/v1/review/items', fx.keys.analyst, { items }).then((r) => (answered.push('batch'), r));
    await new Promise((r) => setTimeout(r, 30));
    const stats = await api('GET', '/v1/review/stats', fx.keys.analyst).then((r) => (answered.push('stats'), r));
    expect(stats.status).toBe(200);
    expect((await batch).status).toBe(201);
    // Not a speed test: an order. Without yielding, the stats request is read only after the whole
    // batch is scored, so its answer comes after the batch's.
    expect(answered).toEqual(['stats', 'batch']);
  });
});
