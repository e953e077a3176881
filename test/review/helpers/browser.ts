// A review test server on SQLite with the real scorer, and a headless Chromium (Debian `chromium` +
// playwright-core) to drive its pages; shared by the browser suites.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createScorer } from '../../../src/pipeline/create.js';
import type { ReviewStore } from '../../../src/review/store/index.js';
import type { Scorer } from '../../../src/pipeline/scorer.js';
import type { Role } from '../../../src/review/roles.js';
import { sqliteKind } from './stores.js';
import { keysFor, startServer, type TestServer } from './app.js';

const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));
export const haveChromium = existsSync(CHROMIUM);
export const chromiumSuite = `review web page in Chromium${haveChromium ? '' : ' (skipped: /usr/bin/chromium not found — apt-get install chromium)'}`;

export interface BrowserFixture {
  store: ReviewStore;
  srv: TestServer;
  keys: Record<Role, string>;
  browser: Browser;
  scorer: Scorer;
  /** A fresh context logged in with `role`'s key; its page is on the queue. */
  loggedIn(role: Role, viewport?: { width: number; height: number }, options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  /** A new item of `text` (election pilpres-2019); its id. */
  addPost(text: string, externalId: string): Promise<string>;
  /** A new item of `text`, open on its page for a supervisor. */
  openNewItem(text: string, externalId: string): Promise<{ id: string; context: BrowserContext; page: Page }>;
}

/** Each `selector` element's text and the number of lines it takes on the page. */
export const linesOf = (page: Page, selector: string): Promise<[string, number][]> =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return [el.textContent ?? '', new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size] as [string, number];
    }),
  );

/** The page's full width and the window's: the page fits when `scroll` is at most `view` (no sideways scrolling). */
export const pageWidths = (page: Page): Promise<{ scroll: number; view: number }> =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: innerWidth }));

/** The values of the fields with these ids, by id. */
export const fieldValues = async (page: Page, ids: string[]): Promise<Record<string, string>> =>
  Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await page.locator(`#${id}`).inputValue()])));

/**
 * Waits for the page a form or key sent to show this one-time status message, then for it to finish
 * loading (its script restores typed values). Reading `p.flash` at once could read the previous
 * page's message: a key press does not wait for the navigation it starts.
 */
export const flashShown = async (page: Page, text: string): Promise<void> => {
  await page.locator('p.flash', { hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();
  await page.waitForLoadState('load');
};

/**
 * A decision key pressed twice the way a reviewer decides: after a pause (a key less than 600 ms after
 * typing arms nothing) and again after another (a second press within 300 ms is a doubled letter, not sent).
 */
export const pressDecision = async (page: Page, key: 'c' | 'd' | 'e'): Promise<void> => {
  await page.waitForTimeout(650);
  await page.keyboard.press(key);
  await page.waitForTimeout(350);
  await page.keyboard.press(key);
};

/** A decision button clicked the way a reviewer decides by mouse: once to arm it, again after a pause to send. */
export const clickDecision = async (page: Page, selector: string): Promise<void> => {
  await page.click(selector);
  await page.waitForTimeout(350);
  await page.click(selector);
};

/** The page's dialogs (the beforeunload prompt) by type, as they come; each is answered with `answer` (dismiss: stay). */
export const dialogsOf = (page: Page): { asked: string[]; answer: 'accept' | 'dismiss' } => {
  const seen = { asked: [] as string[], answer: 'dismiss' as 'accept' | 'dismiss' };
  page.on('dialog', (dialog) => {
    seen.asked.push(dialog.type());
    void dialog[seen.answer]();
  });
  return seen;
};

/** Registers beforeAll/afterAll that serve a fresh store and launch Chromium; the fixture is filled in before the tests run. */
export function reviewBrowser(): BrowserFixture {
  const kind = sqliteKind();
  const fx = {} as BrowserFixture;
  fx.loggedIn = async (role, viewport = { width: 1200, height: 900 }, options = {}) => {
    const context = await fx.browser.newContext({ ...options, viewport });
    const page = await context.newPage();
    await page.goto(`${fx.srv.base}/review/login`);
    await page.fill('#key', fx.keys[role]);
    await page.click('button[type=submit]');
    await page.waitForURL(`${fx.srv.base}/review`);
    return { context, page };
  };
  fx.addPost = async (text, externalId) =>
    (await fx.store.add({ text, source: 'web-test', externalId, author: 'uji', election: 'pilpres-2019' }, fx.scorer.score({ text, election: 'pilpres-2019' }), 'setup')).item.id;
  fx.openNewItem = async (text, externalId) => {
    const id = await fx.addPost(text, externalId);
    const { context, page } = await fx.loggedIn('supervisor');
    await page.goto(`${fx.srv.base}/review/items/${id}`);
    return { id, context, page };
  };
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await kind.setup();
    fx.store = await kind.open();
    fx.scorer = await createScorer();
    fx.srv = await startServer(fx.store, fx.scorer);
    fx.keys = await keysFor(fx.store);
    fx.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 90_000);
  afterAll(async () => {
    await fx.browser?.close();
    await fx.srv?.close();
    await fx.store?.close();
    await kind.teardown();
  });
  return fx;
}
