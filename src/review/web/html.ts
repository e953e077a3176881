// HTML helpers for the server-rendered review page: escaping and the page shell.
import type { Role } from '../roles.js';

// Characters that act unseen: controls (NUL, ESC, …; tab and newline are text) and invisible format
// characters (bidi overrides that show text reversed, zero-width characters). The page names them
// instead ("[U+202E]"), so reviewers see what the model read. ZWJ and ZWNJ stay: emoji sequences and
// scripts are built with them.
const UNSEEN = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const KEPT = new Set(['\n', '\t', '\u200c', '\u200d']);

/** "U+202E" for one character. */
const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

function nameUnseen(s: string, show: (c: string) => string): string {
  return s.replace(UNSEEN, (c, at: number, all: string) => (KEPT.has(c) || (c === '\r' && all[at + 1] === '\n') ? c : show(c)));
}

function escMarkup(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Escaped for text and attribute values alike; unseen characters become the plain text "[U+202E]". */
export function esc(v: unknown): string {
  return nameUnseen(escMarkup(String(v ?? '')), (c) => `[${codePoint(c)}]`);
}

/** Escaped for element content, unseen characters marked up so they stand out (post text). */
export function escShowingControls(v: unknown): string {
  return nameUnseen(escMarkup(String(v ?? '')), (c) => `<span class="ctl" title="${codePoint(c)}">[${codePoint(c)}]</span>`);
}

/** A trusted HTML fragment (already escaped). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Tagged template: interpolations are escaped unless they are Html (or arrays of Html). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new Html(out);
}

function render(v: unknown): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return esc(v);
}

/** A list's pager, named for screen readers; none when the list fits one page (an empty nav is still announced). */
export function pager(name: string, ...links: (Html | '')[]): Html | '' {
  const shown = links.filter((l): l is Html => l !== '');
  if (!shown.length) return '';
  return html`<nav class="pager" aria-label="${name}">${shown.map((l, i) => (i ? html` ${l}` : l))}</nav>`;
}

/**
 * Groups of review.js's shortcuts a page can offer: `move` j/k (queue rows, or an item's neighbours),
 * `open` Enter/o (the selected queue row), `decide` c/d and `escalate` e (the item page's decision
 * form and its escalate button; each pressed twice).
 */
export type ShortcutGroup = 'move' | 'open' | 'decide' | 'escalate';

const SHORTCUTS: Record<ShortcutGroup, Html> = {
  move: html`<kbd>j</kbd>/<kbd>k</kbd> berikut/sebelumnya`,
  open: html`<kbd>Enter</kbd>/<kbd>o</kbd> buka`,
  decide: html`<kbd>c</kbd> konfirmasi · <kbd>d</kbd> tolak`,
  escalate: html`<kbd>e</kbd> eskalasi`,
};

/** The footer's list of the shortcuts that work on this page; nothing where none do (login, audit and error pages). */
function shortcuts(groups: readonly ShortcutGroup[]): Html | '' {
  if (!groups.length) return '';
  // A decision key is pressed twice (the first press arms it, review.js), so a stray letter decides nothing.
  const twice = groups.includes('decide') ? ' (keputusan: tekan tombolnya dua kali)' : '';
  return html`Pintasan: ${groups.map((g, i) => html`${i ? ' · ' : ''}${SHORTCUTS[g]}`)}${twice}. `;
}

// The empty icon (`data:,`, which the CSP's img-src allows) keeps browsers from asking for
// /favicon.ico, outside /review, where it would only be a 404 on every page.
export function page(title: string, body: Html, opts: { user?: { name: string; role: Role }; csrf?: string; shortcuts?: readonly ShortcutGroup[] } = {}): string {
  return html`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · netra review</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/review/static/review.css">
<script src="/review/static/review.js" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/review">netra · review</a>
  ${opts.user
    ? html`${opts.user.role === 'admin' ? html`<a href="/review/audit" id="nav-audit">Audit</a>` : ''}
  <span class="who">${opts.user.name} (${opts.user.role})</span>
  <form method="post" action="/review/logout" class="inline"><input type="hidden" name="_csrf" value="${opts.csrf ?? ''}"><button type="submit">Keluar</button></form>`
    : ''}
</header>
<main>
${body}
</main>
<footer class="help">${shortcuts(opts.shortcuts ?? [])}netra hanya mengurutkan dan menjelaskan; keputusan ada pada peninjau.</footer>
</body>
</html>`.value;
}
