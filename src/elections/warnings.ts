// Warnings for an election config that is valid but will read posts in ways its author may not expect
// (`netra elections --check` prints them; they do not fail the check). See docs/elections.md.
import type { ElectionConfig } from './schema.js';
import { NAME_TITLES } from '../text/honorifics.js';
import { normalize } from '../text/normalize.js';
import { partyEntryIndex } from './caleg-party.js';
import { ambiguousAcronyms, isAcronym, isCommonGivenName } from './word-lists.js';
import { MentionIndex } from './mentions.js';
import { hasEmptyBox } from './empty-box.js';
import { aliasesBesideParties } from './party-aliases.js';
import { isEverydayPhrase, phraseWords } from './phrase-words.js';
import { isCommonWord } from './needed-context.js';
import { capitalsAlias } from './acronym-aliases.js';
import type { MentionKind } from './mention-types.js';
import { refIn } from './races.js';
import { configDistrict } from './districts.js';

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
  (cfg.caleg ?? []).forEach((p, i) => {
    // a post names a district by its number ("dapil Kalsel 1"): one without can never be the one named
    if (configDistrict(p.dapil) === undefined) {
      out.push(`caleg[${i}].dapil: "${p.dapil}" has no number (digits or Roman, I to XII): a post naming a district by its number ("dapil Kalsel 2") never names this one`);
    }
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
  const region = new Set(phraseWords(cfg.region ?? '').filter((w) => !isCommonWord(w)));
  for (const [k, c] of cfg.candidates.entries()) {
    const words = new Set<string>();
    // a party's caleg count as its entry: their words too ("Mappasessu" of its caleg Andi Mappasessu)
    const caleg = (cfg.caleg ?? []).filter((p) => partyEntryIndex(cfg.candidates, p.party) === k).flatMap((p) => [p.name, ...(p.aliases ?? [])]);
    for (const text of [...c.names, ...(c.aliases ?? []), ...caleg]) for (const w of text.split(/[^\p{L}\p{N}'’]+/u)) if (w) words.add(w);
    const alone: string[] = [];
    const names: string[] = [];
    for (const w of words) {
      const r = index.detect(normalize(w));
      const m = r.mentions.length === 1 && r.mentions[0].candidate?.number === c.number ? r.mentions[0] : undefined;
      if (m?.kind === 'name' || m?.kind === 'alias') alone.push(w);
      if (m?.kind === 'name') names.push(w);
    }
    if (alone.length > 0) out.push(`number ${c.number}: these words alone count as this candidate in any post: ${alone.join(', ')}`);
    const capitals = aliasesBesideParties(c).filter((a) => capitalsAlias(a, 'alias', phraseWords(a)) !== undefined);
    if (capitals.length > 0) out.push(`number ${c.number}: counts alone only written in capitals, as the config writes it, in a post not typed all in capitals: ${capitals.join(', ')}`);
    // a first or last name is also a colleague's: only a common given name needs context
    if (names.length > 0) out.push(`number ${c.number}: of them, first or last names (anyone who bears one reads as this candidate; a common given name belongs in data/common-given-names.txt): ${names.join(', ')}`);
    const phrases = phrasesAlone(index, cfg.id, c, region);
    if (phrases.length > 0) out.push(`number ${c.number}: these phrases alone count as this candidate in any post: ${phrases.join(', ')}`);
  }
  return out;
}

const KIND_ORDER: readonly MentionKind[] = ['name', 'alias', 'slogan', 'party', 'hashtag'];

/**
 * The phrases that count alone as candidate `c` of election `id`: names and aliases of several words,
 * forms of names ("Budi Hadiwijaya"), slogans, parties and hashtags; those holding a distinctive word of
 * the region ("Lumbah Bangkit", #LumbahBangkit) are said to, as the region's own news and events write
 * them. Words listed for two candidates are listed under the one a mention reads as (a party: the
 * first one listing it).
 */
function phrasesAlone(index: MentionIndex, id: string, c: ElectionConfig['candidates'][number], region: ReadonlySet<string>): string[] {
  const found = new Map<string, { kind: MentionKind; text: string; words: string[] }>();
  for (const p of index.phraseList()) {
    if (p.context !== 'none' || refIn(p.refs, id)?.number !== c.number) continue;
    if ((p.kind === 'name' || p.kind === 'alias') && p.keys.length === 1) continue; // the words line
    found.set(`${p.kind} ${p.text}`, { kind: p.kind, text: p.text, words: p.text.split(' ') });
  }
  // a tag of everyday words (#Lanjutkan) counts only beside another mention: not found alone
  for (const tag of c.hashtags ?? []) {
    const written = `#${tag.replace(/^#/, '')}`;
    const read = index.detect(normalize(written)).mentions.find((m) => m.kind === 'hashtag');
    // its words as the config's capitals split them: "LumbahBangkit" is "lumbah bangkit"
    if (read?.candidate?.number === c.number) found.set(`hashtag ${read.text}`, { kind: 'hashtag', text: read.text, words: phraseWords(written) });
  }
  return [...found.values()]
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .map(({ kind, text, words }) => {
      const local = words.filter((w) => region.has(w));
      const notes = [...(kind === 'name' || kind === 'alias' ? [] : [kind]), ...(local.length > 0 ? [`a word of the region: ${local.join(', ')}`] : [])];
      const shown = kind === 'hashtag' ? text : `"${text}"`;
      return notes.length > 0 ? `${shown} (${notes.join('; ')})` : shown;
    });
}
