// The two fields configs add to the shared contract, a Pileg's `caleg` and a race's own
// `ambiguousAcronyms`, are checked where every other field is: loading a directory and
// `elections --check` refuse a bad value, naming the file and the field.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp-dir.js';
import { loadElectionDir } from '../../src/elections/load.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const fixture = JSON.parse(readFileSync(path.join(root, 'test/fixtures/elections-lumbah/pileg-lumbah-2029.json'), 'utf8'));

/** A directory holding the Lumbah Pileg config with `edit` applied, and the file's path. */
function configWith(edit: (cfg: Record<string, unknown>) => void): { dir: string; file: string } {
  const dir = tempDir('netra-contract-');
  const cfg = structuredClone(fixture);
  edit(cfg);
  const file = path.join(dir, 'pileg.json');
  writeFileSync(file, JSON.stringify(cfg));
  return { dir, file };
}

describe('caleg and ambiguousAcronyms in the contract', () => {
  it('a bad value fails loading the directory, naming the file and the field', () => {
    const cases: [(cfg: Record<string, unknown>) => void, string][] = [
      [(c) => (c.caleg = { name: 'Andi' }), 'caleg: must be an array, got an object'],
      [(c) => ((c.caleg as Record<string, unknown>[])[0].number = '2'), 'caleg[0].number: must be a number, got "2"'],
      [(c) => ((c.caleg as Record<string, unknown>[])[0].nomor = 2), 'caleg[0].nomor: unknown field'],
      [(c) => delete (c.caleg as Record<string, unknown>[])[0].party, 'caleg[0].party: is required'],
      [(c) => ((c.caleg as Record<string, unknown>[])[0].number = 25), 'caleg[0].number: posts are read for list numbers up to 24 only'],
      [(c) => (c.ambiguousAcronyms = 'PKM'), 'ambiguousAcronyms: must be an array, got "PKM"'],
      [(c) => (c.ambiguousAcronyms = ['PKM', 7]), 'ambiguousAcronyms[1]: must be a string, got 7'],
      [(c) => (c.ambiguousAcronyms = ['XYZ']), 'ambiguousAcronyms[0]: "XYZ" is no party or alias of this config: listing it changes nothing'],
    ];
    for (const [edit, problem] of cases) {
      const { dir, file } = configWith(edit);
      expect(() => loadElectionDir(dir), problem).toThrow(`${file}: invalid election config: ${problem}`);
    }
  });

  it('elections --check lists each problem under the file', () => {
    const { file } = configWith((c) => {
      (c.caleg as Record<string, unknown>[])[0].number = 0;
      c.ambiguousAcronyms = ['P K M'];
    });
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'elections', '--check', file], { cwd: root, encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([
      1,
      `FAIL ${file}: invalid election config: 2 problems\n` +
        '  caleg[0].number: must be at least 1\n' +
        '  ambiguousAcronyms[0]: an acronym of 2 to 6 letters, as a party or alias writes it\n',
    ]);
  });
});
