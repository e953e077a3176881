// The item page's "Kandidat" says how the post refers to each candidate: a supervisor must tell a post
// that names Prabowo from one whose ✌️ may mean 02. Each candidate is a chip with its mentions and
// their kind; one reached only by a ballot number or a gesture is marked so ("inferred").
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import type { ScoreResult } from '../../src/pipeline/scorer.js';

const PAIR = 'Calon Contoh – Wakil Contoh (02, pilpres-2024)';
const OTHER = 'Calon Lain – Wakil Lain (01, pilpres-2024)';

/** Hand-written results: a gesture alone, a name and a gesture, a number of one pair beside another's name. */
function result(text: string): ScoreResult {
  const base = fakeResult(0.9);
  if (text.startsWith('Foto')) return { ...base, evidence: [{ text: 'salam 2 jari', weight: 1, candidate: PAIR }], mentions: [{ kind: 'gesture', text: 'salam 2 jari', candidate: PAIR }] };
  if (text.startsWith('Pak')) {
    return { ...base, evidence: [], mentions: [{ kind: 'alias', text: 'pak contoh', candidate: PAIR }, { kind: 'gesture', text: 'salam 2 jari', candidate: PAIR }] };
  }
  return { ...base, evidence: [], mentions: [{ kind: 'name', text: 'lain', candidate: OTHER }, { kind: 'number', text: 'nomor 2', candidate: PAIR }] };
}

const fx = reviewServer(sqliteKind(), () => ({ score: ({ text }: { text: string }) => result(text) }));

describe('the candidates on the item page', () => {
  it('show how the post refers to each one, and mark those only a number or gesture points at', async () => {
    const add = async (text: string, author: string) => (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text, author })).json.id as string;
    const gesture = await add('Foto bareng ✌️', 'kind-1');
    const named = await add('Pak Contoh ✌️', 'kind-2');
    const both = await add('Lain dan nomor 2', 'kind-3');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const candidatesOf = async (id: string) => {
      const page = await (await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie } })).text();
      return /<dt>Kandidat<\/dt><dd>(.*?)<\/dd>/s.exec(page)?.[1];
    };

    expect(await candidatesOf(gesture)).toBe(`<span class="chip candidate inferred">${PAIR} <small>salam 2 jari → 02 (gesture)</small></span>`);
    expect(await candidatesOf(named)).toBe(`<span class="chip candidate">${PAIR} <small>pak contoh (alias) · salam 2 jari → 02 (gesture)</small></span>`);
    expect(await candidatesOf(both)).toBe(
      `<span class="chip candidate">${OTHER} <small>lain (name)</small></span> <span class="chip candidate inferred">${PAIR} <small>nomor 2 → 02 (number)</small></span>`,
    );
  });
});
