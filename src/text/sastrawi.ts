// Indonesian stemming: the Sastrawi (enhanced confix stripping) algorithm exactly as natural's
// stemmers/indonesian implements it, quirks included (some rules match anywhere in the word; a
// disambiguator keeps its last candidate even when it is not a dictionary word), so every stem is
// the same and the model's features do not move. natural's code spends 40–60 µs per uncached word
// (for…in over rule arrays, results written to the global object, every rule tried); this one ≈ 5 µs.
// test/text/stem.test.ts checks it against natural on affixed forms of the root list and random words.
import { requireNatural } from './resources.js';

type AffixType = 'DP' | 'DS' | 'PP' | 'P';

interface Removal {
  original: string;
  result: string;
  removed: string;
  type: AffixType;
}

/** A disambiguation rule: the candidate stem, or undefined when the rule does not apply. */
type Candidate = (word: string) => string | undefined;

const C = 'bcdfghjklmnpqrstvwxyz'; // consonants as natural's character classes list them
const V = 'aiueo';

/**
 * A candidate from a regex: the concatenation of `parts` (group numbers or literal strings), or
 * undefined when the regex does not match or `refuse` says the match does not count.
 */
function rx(pattern: RegExp, parts: (number | string)[], refuse?: (m: RegExpExecArray) => boolean): Candidate {
  return (word) => {
    const m = pattern.exec(word);
    if (!m || refuse?.(m)) return undefined;
    let out = '';
    for (const p of parts) out += typeof p === 'number' ? m[p] : p;
    return out;
  };
}

// natural's conditions: "C != 'r'" on group 1, "P != 'er…'" on a later group.
const rIn1 = (m: RegExpExecArray): boolean => m[1] === 'r';
const erIn = (g: number) => (m: RegExpExecArray): boolean => m[g].startsWith('er');

const re = (source: string): RegExp => new RegExp(source);

const PE_L = rx(/^pe(l[aiueo])(.*)/, [1, 2]);

/**
 * The prefix rules in natural's order: 'plain' is di-/ke-/se-, the rest are lists of disambiguators.
 * `lead`: the letters every candidate of the rule needs at the start of the word ("*x": anywhere in
 * it), so a word without them skips the rule's regexes; null: always run.
 */
const PREFIX_RULES: { lead: string | null; rule: 'plain' | Candidate[] }[] = [
  { lead: null, rule: 'plain' },
  { lead: 'be', rule: [rx(re(`^ber([${V}].*)$`), [1]), rx(re(`^ber([${V}].*)$`), ['r', 1])] }, // 1
  { lead: 'be', rule: [rx(re(`^ber([${C}])([a-z])(.*)`), [1, 2, 3], erIn(3))] }, // 2
  { lead: '*ber', rule: [rx(re(`ber([${C}])([a-z])er([${V}])(.*)`), [1, 2, 'er', 3, 4], rIn1)] }, // 3, unanchored as in natural
  { lead: 'be', rule: [(w) => (w === 'belajar' ? 'ajar' : undefined)] }, // 4
  { lead: '*be', rule: [rx(re(`be([bcdfghjklmnpqstvwxyz])(er[${C}])(.*)$`), [1, 2, 3])] }, // 5, unanchored start
  { lead: 'te', rule: [rx(re(`^ter([${V}].*)$`), [1]), rx(re(`^ter([${V}].*)$`), ['r', 1])] }, // 6
  { lead: 'te', rule: [rx(re(`^ter([${C}])er([${V}].*)$`), [1, 'er', 2], rIn1)] }, // 7
  { lead: 'te', rule: [rx(re(`^ter([${C}])(.*)$`), [1, 2], (m) => rIn1(m) || erIn(2)(m))] }, // 8
  { lead: 'te', rule: [rx(re(`^te([${C}])er([${C}])(.*)$`), [1, 'er', 2, 3], rIn1)] }, // 9
  { lead: 'me', rule: [rx(/^me([lrwy])([aiueo])(.*)$/, [1, 2, 3])] }, // 10
  { lead: 'me', rule: [rx(/^mem([bfv])(.*)$/, [1, 2])] }, // 11
  { lead: 'me', rule: [rx(/^mempe(.*)$/, ['pe', 1])] }, // 12
  { lead: 'me', rule: [rx(/^mem([aiueo])(.*)$/, ['m', 1, 2]), rx(/^mem([aiueo])(.*)$/, ['p', 1, 2])] }, // 13
  { lead: 'me', rule: [rx(/^men([cdjstz])(.*)$/, [1, 2])] }, // 14
  { lead: 'me', rule: [rx(/^men([aiueo])(.*)$/, ['n', 1, 2]), rx(/^men([aiueo])(.*)$/, ['t', 1, 2])] }, // 15
  { lead: 'me', rule: [rx(/^meng([g|h|q|k])(.*)$/, [1, 2])] }, // 16 ("|" in the class, as in natural)
  { lead: 'me', rule: [rx(/^meng([aiueo])(.*)$/, [1, 2]), rx(/^meng([aiueo])(.*)$/, ['k', 1, 2]), rx(/^menge(.*)$/, [1]), rx(/^meng([aiueo])(.*)$/, ['ng', 1, 2])] }, // 17
  { lead: 'me', rule: [rx(/^meny([aiueo])(.*)$/, ['ny', 1, 2]), rx(/^meny([aiueo])(.*)$/, ['s', 1, 2])] }, // 18
  { lead: 'me', rule: [rx(/^memp([abcdfghijklmopqrstuvwxyz])(.*)$/, ['p', 1, 2])] }, // 19
  { lead: 'pe', rule: [rx(/^pe([wy])([aiueo])(.*)$/, [1, 2, 3])] }, // 20
  { lead: 'pe', rule: [rx(/^per([aiueo])(.*)$/, [1, 2]), rx(/^pe(r[aiueo])(.*)$/, [1, 2])] }, // 21
  { lead: 'pe', rule: [rx(re(`^per([${C}])([a-z])(.*)$`), [1, 2, 3], erIn(3))] }, // 23
  { lead: 'pe', rule: [rx(re(`^per([${C}])([a-z])er([${V}])(.*)$`), [1, 2, 'er', 3, 4], rIn1)] }, // 24
  { lead: 'pe', rule: [rx(/^pem([bfv])(.*)$/, [1, 2])] }, // 25
  { lead: 'pe', rule: [rx(/^pem([aiueo])(.*)$/, ['m', 1, 2]), rx(/^pem([aiueo])(.*)$/, ['p', 1, 2])] }, // 26
  { lead: 'pe', rule: [rx(/^pen([cdjstz])(.*)$/, [1, 2])] }, // 27
  { lead: 'pe', rule: [rx(/^pen([aiueo])(.*)$/, ['n', 1, 2]), rx(/^pen([aiueo])(.*)$/, ['t', 1, 2])] }, // 28
  { lead: 'pe', rule: [rx(re(`^peng([${C}])(.*)$`), [1, 2])] }, // 29
  { lead: 'pe', rule: [rx(/^peng([aiueo])(.*)$/, [1, 2]), rx(/^peng([aiueo])(.*)$/, ['k', 1, 2]), rx(/^penge(.*)$/, [1])] }, // 30
  { lead: 'pe', rule: [rx(/^peny([aiueo])(.*)$/, ['ny', 1, 2]), rx(/^peny([aiueo])(.*)$/, ['s', 1, 2])] }, // 31
  { lead: 'pe', rule: [(w) => (w === 'pelajar' ? 'ajar' : PE_L(w))] }, // 32
  { lead: 'pe', rule: [rx(re(`^pe([${C}])(.*)$`), [1, 2], erIn(2))] }, // 34
  { lead: 'te', rule: [rx(re(`^ter([bcdfghjkpqstvxz])(er[${C}])(.*)$`), [1, 2, 3])] }, // 35
  { lead: 'pe', rule: [rx(re(`^pe([bcdfghjkpqstvxz])(er[${C}])(.*)$`), [1, 2, 3])] }, // 36
  { lead: null, rule: [rx(re(`^([${C}])(er[${V}])(.*)$`), [1, 2, 3]), rx(re(`^([${C}])er([${V}])(.*)$`), [1, 2, 3])] }, // 37
  { lead: null, rule: [rx(re(`^([${C}])(el[${V}])(.*)$`), [1, 2, 3]), rx(re(`^([${C}])el([${V}])(.*)$`), [1, 2, 3])] }, // 38
  { lead: null, rule: [rx(re(`^([${C}])(em[${V}])(.*)$`), [1, 2, 3]), rx(re(`^([${C}])em([${V}])(.*)$`), [1, 2, 3])] }, // 39
  { lead: null, rule: [rx(re(`^([${C}])(in[${V}])(.*)$`), [1, 2, 3]), rx(re(`^([${C}])in([${V}])(.*)$`), [1, 2, 3])] }, // 40
  { lead: 'ku', rule: [rx(/^ku(.*)$/, [1])] }, // 41
  { lead: 'ka', rule: [rx(/^kau(.*)$/, [1])] }, // 42
];

/** Whether a word has what a rule's `lead` asks for. */
function passesLead(word: string, lead: string | null): boolean {
  if (lead === null) return true;
  return lead.startsWith('*') ? word.includes(lead.slice(1)) : word.startsWith(lead); // "*": rules 3 and 5 match anywhere
}

const SUFFIX_RULES: [RegExp, AffixType][] = [
  [/-*(lah|kah|tah|pun)$/, 'P'],
  [/-*(ku|mu|nya)$/, 'PP'],
  [/(is|isme|isasi|i|kan|an)$/, 'DS'],
];

const PRECEDENCE = [/^be(.*)lah$/, /^be(.*)an$/, /^me(.*)i$/, /^di(.*)i$/, /^pe(.*)i$/, /^ter(.*)i$/];

let dictionary: Set<string> | undefined;
function dict(): Set<string> {
  return (dictionary ??= new Set((requireNatural('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter(Boolean)));
}

/** One word's stemming state (natural keeps it in module variables). */
class Stemming {
  current: string;
  removals: Removal[] = [];

  constructor(
    readonly original: string,
    private readonly known: Set<string>,
  ) {
    this.current = original;
  }

  found(): boolean {
    return this.known.has(this.current);
  }

  private removal(word: string, result: string, type: AffixType): Removal {
    return { original: word, result, removed: word.replace(result, ''), type };
  }

  removeSuffixes(): void {
    for (const [pattern, type] of SUFFIX_RULES) {
      const word = this.current;
      const result = word.replace(pattern, '');
      if (result !== word) this.removals.push(this.removal(word, result, type));
      this.current = result;
      if (this.found()) return;
    }
  }

  private checkPrefixRules(): void {
    const before = this.removals.length;
    for (const { lead, rule } of PREFIX_RULES) {
      const word = this.current;
      if (!passesLead(word, lead)) continue; // no candidate could apply: nothing changes
      if (rule === 'plain') {
        const result = word.replace(/^(di|ke|se)/, '');
        if (result !== word) this.removals.push(this.removal(word, result, 'DP'));
        this.current = result;
      } else {
        let result: string | undefined;
        for (const candidate of rule) {
          result = candidate(word);
          if (result !== undefined && this.known.has(result)) break;
        }
        if (result !== undefined) {
          this.removals.push(this.removal(word, result, 'DP'));
          this.current = result;
        }
      }
      if (this.found()) return;
      if (this.removals.length > before) return;
    }
  }

  removePrefixes(): void {
    for (let i = 0; i < 3; i++) {
      this.checkPrefixRules();
      if (this.found()) return;
    }
  }

  private restorePrefix(): void {
    if (this.removals.length > 0) this.current = this.removals[this.removals.length - 1].original;
    this.removals = this.removals.filter((r) => r.type !== 'DP');
  }

  loopRestorePrefixes(): void {
    this.restorePrefix();
    this.removals.reverse();
    const kept = this.current;
    // natural iterates with for…in over this array while removePrefixes appends to it; appended
    // entries are prefix removals, which the loop skips anyway, so a snapshot of its length is the same.
    const n = this.removals.length;
    for (let i = 0; i < n; i++) {
      const r = this.removals[i];
      if (r.type === 'DP') continue;
      if (r.removed === 'kan') {
        this.current = `${r.result}k`;
        this.removePrefixes();
        if (this.found()) return;
        this.current = `${r.result}kan`;
      } else this.current = r.original;
      this.removePrefixes();
      if (this.found()) return;
      this.current = kept;
    }
  }

  run(): void {
    if (this.found()) return;
    if (PRECEDENCE.some((p) => p.test(this.original))) {
      this.removePrefixes();
      if (this.found()) return;
      this.removeSuffixes();
      if (this.found()) return;
      this.current = this.original;
      this.removals = [];
    }
    this.removeSuffixes();
    if (this.found()) return;
    this.removePrefixes();
    if (this.found()) return;
    this.loopRestorePrefixes();
  }
}

/** The stem of one lowercase word without hyphens (natural's stemSingularWord). */
export function sastrawiStem(word: string): string {
  const known = dict();
  const s = new Stemming(word, known);
  if (word.length > 3) s.run();
  return known.has(s.current) ? s.current : word;
}
