// Warnings for an election config that is valid but will read posts in ways its author may not expect
// (`netra elections --check` prints them; they do not fail the check). See docs/elections.md.
import type { ElectionConfig } from './schema.js';
import { NAME_TITLES } from '../text/honorifics.js';
import { normalize } from '../text/normalize.js';
import { ambiguousAcronyms, isAcronym, isCommonGivenName } from './word-lists.js';
import { MentionIndex } from './mentions.js';
import { hasEmptyBox } from './empty-box.js';
import { isEverydayPhrase } from './phrase-words.js';

export function configWarnings(cfg: ElectionConfig, shippedIds: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (shippedIds.has(cfg.id)) out.push(`id "${cfg.id}" is a shipped election: given with --election FILE, this config replaces it for that run`);
  const partyOwner = new Map<string, number>();
  cfg.candidates.forEach((c, i) => {
    (c.aliases ?? []).forEach((alias, j) => {
      const where = `candidates[${i}].aliases[${j}]`;
      const words = alias.toLowerCase().split(/[\s-]+/).filter(Boolean);
      if (words.length === 2 && NAME_TITLES.has(words[0]) && isCommonGivenName(words[1])) {
        out.push(`${where}: "${alias}" is a title and a common given name: it matches any colleague called ${words[1]}; prefer the candidate's own nickname`);
      }
      if (isAcronym(alias) && ambiguousAcronyms().has(alias.trim().toLowerCase())) {
        out.push(`${where}: "${alias}" also stands for something else (data/ambiguous-acronyms.txt): it counts only with context`);
      }
    });
    (c.parties ?? []).forEach((party, j) => {
      const key = party.toLowerCase().replace(/[\s-]+/g, '');
      const owner = partyOwner.get(key);
      if (owner !== undefined && owner !== c.number) {
        out.push(`candidates[${i}].parties[${j}]: "${party}" is also listed for ballot number ${owner}: a mention of it is read as number ${owner}'s`);
      } else partyOwner.set(key, c.number);
    });
  });
  return out;
}

/**
 * What a config author should know about how posts will be read, though nothing is wrong: slogans and
 * hashtags of everyday words count only beside another mention, and which single words of the names
 * and aliases count alone as the candidate ("Nugroho" in any post about anyone called Nugroho).
 */
export function configNotes(cfg: ElectionConfig): string[] {
  const out: string[] = [];
  const everyday: string[] = [];
  for (const c of cfg.candidates) {
    for (const text of c.slogans ?? []) if (isEverydayPhrase(text)) everyday.push(`"${text}"`);
    for (const tag of c.hashtags ?? []) if (isEverydayPhrase(tag, true)) everyday.push(`#${tag.replace(/^#/, '')}`);
  }
  if (everyday.length > 0) out.push(`everyday language (data/everyday-phrases.txt), counts only in a post with another mention: ${everyday.join(', ')}`);
  if (cfg.candidates.length === 1) {
    out.push(
      hasEmptyBox(cfg)
        ? 'one pair in a regional race: "kotak kosong" and "kolom kosong" are read as the empty box, a contestant (docs/elections.md)'
        : 'one candidate and no Pilkada kind: if this is a race against the empty box, set kind (pilgub, pilbup or pilwalkot) so that "kotak kosong" reads as a contestant',
    );
  }
  const index = new MentionIndex([cfg]);
  for (const c of cfg.candidates) {
    const words = new Set<string>();
    for (const text of [...c.names, ...(c.aliases ?? [])]) for (const w of text.split(/[^\p{L}\p{N}'’]+/u)) if (w) words.add(w);
    const alone = [...words].filter((w) => {
      const r = index.detect(normalize(w));
      return r.mentions.length === 1 && r.mentions[0].candidate?.number === c.number && (r.mentions[0].kind === 'name' || r.mentions[0].kind === 'alias');
    });
    if (alone.length > 0) out.push(`number ${c.number}: these words alone count as this candidate in any post: ${alone.join(', ')}`);
  }
  return out;
}
