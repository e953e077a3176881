// Small HTTP helpers for tests against a review test server: API calls with a key, and the web
// login / form posts a browser would make.
import { expect } from 'vitest';

export interface Answer {
  status: number;
  json: any;
  text: string;
  headers: Headers;
}

export async function apiCall(base: string, method: string, path: string, key?: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

/** Sends the real login form with `key` (its CSRF token fetched first); the answer, not followed. */
export async function postLogin(base: string, key: string): Promise<Response> {
  const form = await fetch(`${base}/review/login`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  return fetch(`${base}/review/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `netra_review_login=${csrf}` },
    body: new URLSearchParams({ _csrf: csrf, key }).toString(),
  });
}

/** Logs in through the real login form; returns the session cookie (`name=value`). */
export async function webLogin(base: string, key: string): Promise<string> {
  const res = await postLogin(base, key);
  expect(res.status).toBe(303);
  return String(res.headers.getSetCookie().find((c) => c.startsWith('netra_review='))).split(';')[0];
}

/** The item page's HTML for a logged-in session. */
export async function itemHtml(base: string, cookie: string, id: string): Promise<string> {
  const res = await fetch(`${base}/review/items/${id}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return res.text();
}

/** The value of a hidden input in a page (first match). */
export const hiddenValue = (page: string, name: string): string | undefined => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1];

export const postForm = (base: string, cookie: string, path: string, form: Record<string, string>) =>
  fetch(base + path, { method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });

/** The item page's one-time status line, if it shows one. */
export const flashOf = (page: string): string | undefined => messageOf(page)?.text;

/** The item page's one-time status line with how it is shown: a success (role=status) or a refusal (class refused, role=alert). */
export const messageOf = (page: string): { text: string; className: string; role: string } | undefined => {
  const m = /<p class="(flash[^"]*)" role="([^"]*)"[^>]*>([^<]*)<\/p>/.exec(page);
  return m ? { className: m[1], role: m[2], text: m[3] } : undefined;
};

/**
 * Follows a web form's 303 as a browser would (session cookie plus the one-time flash cookie the answer
 * set) and returns the item page's status line, if it shows one.
 */
export async function flashAfter(base: string, cookie: string, res: Response): Promise<string | undefined> {
  expect(res.status).toBe(303);
  const flash = res.headers.getSetCookie().find((c) => c.startsWith('netra_review_flash='))?.split(';')[0];
  const page = await (await fetch(base + String(res.headers.get('location')), { headers: { cookie: flash ? `${cookie}; ${flash}` : cookie } })).text();
  return flashOf(page);
}
