// Candidate accounts: the account keys each candidate's names and aliases give, and the candidates an
// @handle in a post names (the matching itself: account-handles.ts).
import { NAME_TITLES } from '../text/honorifics.js';
import { BoundedCache } from '../text/lru.js';
import type { ElectionConfig } from './schema.js';
import type { CandidateRef } from './mention-types.js';
import { isCommonGivenName } from './word-lists.js';
import { handleHasKey, handleWords, keyPattern } from './account-handles.js';

export class CandidateAccounts {
  /** Account keys with their patterns, compiled once: a handle not seen before is tested against them all. */
  private readonly accountKeys: { key: string; pattern: RegExp; ref: CandidateRef }[] = [];
  /** Candidates named in an @handle, per handle: a scan over every account key is too slow per post. */
  private readonly handleRefs = new BoundedCache<string, CandidateRef[]>(20_000);

  /**
   * A candidate's account keys: each full name joined (@budihartono, @tri_rismaharini) and its first and
   * last words joined; distinctive first words and aliases; an alias that is a common given name only
   * with the surname of the name it shortens (@sandiuno, not @wahyu_kurniawan); never a title and a
   * common given name (@kangasep is any Asep).
   */
  add(c: Pick<ElectionConfig['candidates'][number], 'names' | 'aliases'>, ref: CandidateRef): void {
    const keys = new Set<string>();
    const names = c.names.map(handleWords).filter((words) => words.length > 0);
    for (const words of names) {
      if (words.length > 1) keys.add(words.join(' ')).add(`${words[0]} ${words[words.length - 1]}`);
      if (!isCommonGivenName(words[0])) keys.add(words[0]);
    }
    for (const alias of c.aliases ?? []) {
      const words = handleWords(alias);
      if (words.length === 1 && isCommonGivenName(words[0])) {
        for (const name of names) if (name.length > 1 && name[0].startsWith(words[0])) keys.add(`${words[0]} ${name[name.length - 1]}`);
      } else if (words.length > 0 && !(words.length === 2 && NAME_TITLES.has(words[0]) && isCommonGivenName(words[1]))) keys.add(words.join(' '));
    }
    for (const key of keys) if (key.replace(/ /g, '').length >= 5) this.accountKeys.push({ key, pattern: keyPattern(key), ref });
  }

  refsOf(handle: string): CandidateRef[] {
    let refs = this.handleRefs.get(handle);
    if (refs === undefined) {
      refs = this.accountKeys.filter((a) => handleHasKey(handle, a.key, a.pattern)).map((a) => a.ref);
      this.handleRefs.set(handle, refs);
    }
    return refs;
  }
}
