// A config's own ambiguous acronyms: a party acronym that is an everyday word where the race is (a
// local office, a tax) counts only with context, as those of data/ambiguous-acronyms.txt do.
import { describe, expect, it } from 'vitest';
import { ElectionConfigError, parseElectionConfig } from '../../src/elections/schema.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { normalize } from '../../src/text/normalize.js';

const config = (ambiguousAcronyms?: string[]) => ({
  id: 'pileg-contoh-2029',
  kind: 'pileg',
  candidates: [{ number: 2, names: ['Partai Karya Mandiri'], parties: ['PKM'] }, { number: 5, names: ['Partai Bulan Emas'], aliases: ['PBE'] }],
  ...(ambiguousAcronyms ? { ambiguousAcronyms } : {}),
});
const found = (cfg: unknown, text: string) => new MentionIndex([parseElectionConfig(cfg)]).detect(normalize(text)).mentions.map((m) => [m.text, m.candidate?.number]);

describe('ambiguousAcronyms of a config', () => {
  it('makes its acronyms count only with context (the field was refused: only the shipped list could)', () => {
    expect(found(config(), 'antre di PKM sejak pagi')).toEqual([['pkm', 2]]);
    expect(found(config(['PKM']), 'antre di PKM sejak pagi')).toEqual([]); // the health centre
    expect(found(config(['PKM']), 'coblos PKM')).toEqual([['pkm', 2]]);
    expect(found(config(['pbe']), 'PBE menang')).toEqual([]); // an alias too, in any case
  });

  it('is checked: an acronym the config gives a party or alias', () => {
    expect(() => parseElectionConfig(config(['PKB']), 'c')).toThrow('ambiguousAcronyms[0]: "PKB" is no party or alias of this config: listing it changes nothing');
    expect(() => parseElectionConfig(config(['PKM 2']), 'c')).toThrow('ambiguousAcronyms[0]: an acronym of 2 to 6 letters');
  });

  it('gives one problem for an entry that is no acronym, naming the file and the field (it also said the entry was no party)', () => {
    for (const bad of ['P K M', '', 'PKM2']) {
      let err: ElectionConfigError | undefined;
      try {
        parseElectionConfig(config(['PKM', bad]), 'pileg-contoh.json');
      } catch (e) {
        err = e as ElectionConfigError;
      }
      expect(err?.problems, bad).toEqual(['ambiguousAcronyms[1]: an acronym of 2 to 6 letters, as a party or alias writes it']);
      expect(err?.message).toBe('pileg-contoh.json: invalid election config: ambiguousAcronyms[1]: an acronym of 2 to 6 letters, as a party or alias writes it');
    }
  });
});
