// The post on the item page: its text with evidence and mentions marked, or when it was purged.
import type { Item } from '../store/index.js';
import { html, Html } from './html.js';
import { highlight } from './highlight.js';
import { when } from './time-tag.js';

export function itemText(item: Item): Html {
  if (item.text === null) return html`<p class="purged">Teks unggahan telah dihapus (retensi) pada ${when(item.purgedAt)}.</p>`;
  const marks = [
    ...item.evidence.map((e) => ({ text: e.text, kind: 'evidence' as const, title: `bukti · bobot ${e.weight}${e.candidate ? ` · ${e.candidate}` : ''}` })),
    ...item.mentions.map((m) => ({ text: m.text, kind: 'mention' as const, title: `${m.kind}${m.candidate ? ` · ${m.candidate}` : ''}` })),
  ];
  // dir="auto": the post's own direction, isolated from the page around it.
  return html`<blockquote class="post" id="post-text" dir="auto">${new Html(highlight(item.text, marks, item.part ?? undefined, item.election ?? undefined))}</blockquote>`;
}
