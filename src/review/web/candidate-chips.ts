// The item page's "Kandidat": each candidate the post refers to, as a chip with how it refers to them
// ("pak prabowo (alias)", "salam 2 jari → 02 (gesture)"). A ballot number or a gesture only points at
// whoever has that number in the race ("✌️" in a holiday photo is peace): a candidate reached by
// nothing else is marked `inferred`, so a supervisor tells "named Prabowo" from "a ✌️ that may mean 02".
import type { Item } from '../store/items.js';
import { labelBallot } from '../../explain/evidence.js';
import { html, type Html } from './html.js';

/** Mention kinds that name no one: the race's config says whose the number is. */
const BY_NUMBER: ReadonlySet<string> = new Set(['number', 'gesture']);

/** One mention as the chip shows it: its words, the number they read as, and its kind. */
function how(m: Item['mentions'][number], candidate: string): string {
  const ballot = BY_NUMBER.has(m.kind) ? labelBallot(candidate) : undefined;
  return `${m.text}${ballot ? ` → ${ballot}` : ''} (${m.kind})`;
}

/** The candidates of the item's mentions, then those only its evidence names, one chip each. */
export function candidateChips(item: Pick<Item, 'mentions' | 'evidence'>): Html[] {
  const byCandidate = new Map<string, Item['mentions']>();
  for (const m of item.mentions) if (m.candidate) byCandidate.set(m.candidate, [...(byCandidate.get(m.candidate) ?? []), m]);
  for (const e of item.evidence) if (e.candidate && !byCandidate.has(e.candidate)) byCandidate.set(e.candidate, []);
  return [...byCandidate].map(([candidate, mentions], i) => {
    const ways = [...new Set(mentions.map((m) => how(m, candidate)))].join(' · ');
    const inferred = mentions.length > 0 && mentions.every((m) => BY_NUMBER.has(m.kind));
    return html`${i > 0 ? ' ' : ''}<span class="chip candidate${inferred ? ' inferred' : ''}">${candidate}${ways ? html` <small>${ways}</small>` : ''}</span>`;
  });
}
