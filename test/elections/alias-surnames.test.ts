// The last word of an alias that is a person's full name: a surname, read as a name's last word is when
// it is anyone's, with a title, a role or vote word or the race beside it; never alone.
import { describe, expect, it } from 'vitest';
import { parseElectionConfig } from '../../src/elections/schema.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { normalize } from '../../src/text/normalize.js';
import { electionNamesOf } from '../../src/text/election-names.js';

const cfg = parseElectionConfig({
  id: 'pilwalkot-contoh-2029',
  kind: 'pilwalkot',
  candidates: [
    { number: 1, names: ['Kartika Sari Dewi'], aliases: ['Rudi Hadikusumo', 'Budi Santoso', 'Kartika-Hadikusumo'] },
    { number: 2, names: ['Teguh Pranadipa'], aliases: ['Pak Wiryo', 'Bulan Emas'] },
  ],
});
const names = electionNamesOf([cfg]); // as a scorer with this config reads posts
const index = new MentionIndex([cfg], names);
const found = (text: string) => index.detect(normalize(text, names)).mentions.map((m) => [m.text, m.candidate?.number]);

describe('an alias that is a full name', () => {
  it('gives no surname that another candidate\'s name has: the name is theirs alone (it read "Hadikusumo" alone as number 1)', () => {
    const two = parseElectionConfig({
      id: 'pilwalkot-contoh-2030',
      kind: 'pilwalkot',
      candidates: [
        { number: 1, names: ['Kartika Sari Dewi'], aliases: ['Rudi Hadikusumo'] },
        { number: 2, names: ['Agus Hadikusumo'] },
      ],
    });
    const both = electionNamesOf([two]);
    const read = (text: string) => new MentionIndex([two], both).detect(normalize(text, both)).mentions.map((m) => [m.text, m.candidate?.number]);
    expect(read('Hadikusumo menang')).toEqual([['hadikusumo', 2]]);
    expect(read('Rudi Hadikusumo menang')).toEqual([['rudi hadikusumo', 1]]);
  });

  it('its surname counts with a title or a vote word (it was never read)', () => {
    expect(found('Pak Hadikusumo hadir di acara warga')).toEqual([['hadikusumo', 1]]);
    expect(found('dukung Hadikusumo')).toEqual([['hadikusumo', 1]]);
  });

  it('but not alone: a relative or namesake has it', () => {
    expect(found('keluarga Hadikusumo berduka')).toEqual([]);
  });

  it('a common given name as surname needs a role word, as a name\'s last word does: not a title', () => {
    expect(found('Pak Santoso hadir')).toEqual([]);
    expect(found('paslon Santoso')).toEqual([['santoso', 1]]);
  });

  it('a title alias, a pair alias or an everyday word gives no surname', () => {
    expect(found('Bu Wiryo datang')).toEqual([]); // "Pak Wiryo" names Pak Wiryo only
    expect(found('Pak Emas datang')).toEqual([]); // "Bulan Emas" names no one "Emas"
    expect(found('pak Hadikusumo')).toEqual([['hadikusumo', 1]]); // from the full-name alias, not the pair's
  });
});
