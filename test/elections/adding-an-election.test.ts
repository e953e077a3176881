// docs/elections.md "Adding an election": where a new config goes and what each place changes. The
// docs said ELECTIONS_DIR was "the directory of election configs" but not that it replaces
// data/elections, and nowhere where a new config goes. These check the docs say it, and that what they
// say holds.
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createScorer } from '../../src/pipeline/create.js';
import { SHIPPED_ELECTIONS_DIR } from '../../src/elections/load.js';
import { PROJECT_ROOT } from '../../src/text/resources.js';
import { tempDir } from '../helpers/temp-dir.js';

const doc = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

/** A newer race in which Golkar also backs number 1 (Banten's config with another id, dates and candidates). */
function newRace(dir: string): void {
  const c = JSON.parse(readFileSync(path.join(SHIPPED_ELECTIONS_DIR, 'pilgub-banten-2024.json'), 'utf8'));
  c.id = 'pilgub-contoh-2029';
  c.schedule = { voting: '2029-11-27' };
  c.candidates[0] = { ...c.candidates[0], names: ['Wirasaputra Kusumanegara', 'Lestiani Handayaningrum'], aliases: ['Wirasaputra'], slogans: [], hashtags: [] };
  c.candidates[1] = { ...c.candidates[1], names: ['Sutarjo Pramudyawardhana', 'Kurniasih Mandalawangi'], aliases: ['Sutarjo'], slogans: [], hashtags: [] };
  writeFileSync(path.join(dir, 'pilgub-contoh-2029.json'), JSON.stringify(c));
}

const partyMention = (r: { mentions: { kind: string; candidate?: string }[] }) => r.mentions.find((m) => m.kind === 'party')?.candidate;

describe('adding an election (docs/elections.md)', () => {
  it('the docs say where a new config goes, and that ELECTIONS_DIR replaces data/elections', () => {
    const elections = doc('docs/elections.md');
    expect(elections).toContain('## Adding an election');
    for (const place of ['`ELECTIONS_DIR=DIR`', '`--election FILE`', '`data/elections/`']) expect(elections).toContain(`| ${place}`);
    expect(elections).toContain('"Golkar nomor 1"');
    const readme = doc('README.md').split('\n').find((l) => l.startsWith('| `ELECTIONS_DIR`'));
    expect(readme).toContain('**instead of** `data/elections`');
    expect(readme).toContain('docs/elections.md#adding-an-election');
    const service = doc('docs/service.md').split('\n').find((l) => l.startsWith('| `ELECTIONS_DIR`'));
    expect(service).toContain('It **replaces** `data/elections`');
    expect(service).toContain('elections.md#adding-an-election');
  });

  it('as they say: an ELECTIONS_DIR without a shipped config does not know it, and a config in use moves "Golkar nomor 1"', async () => {
    const only = tempDir('netra-new-election-');
    newRace(only);
    const alone = await createScorer({ electionsDir: only });
    expect(alone.hasElection('pilgub-jatim-2024')).toBe(false);

    const shipped = await createScorer({ electionsDir: SHIPPED_ELECTIONS_DIR });
    expect(partyMention(shipped.score({ text: 'Golkar nomor 1' }))).toMatch(/\(01, pilgub-banten-2024\)$/);

    const both = tempDir('netra-new-election-');
    cpSync(SHIPPED_ELECTIONS_DIR, both, { recursive: true });
    newRace(both);
    const withNew = await createScorer({ electionsDir: both });
    const moved = withNew.score({ text: 'Golkar nomor 1' });
    expect(partyMention(moved)).toMatch(/\(01, pilgub-contoh-2029\)$/);
    // the same label and risk here: what changed is the race the post is matched to
    expect([moved.label, moved.risk]).toEqual([shipped.score({ text: 'Golkar nomor 1' }).label, shipped.score({ text: 'Golkar nomor 1' }).risk]);
    // a post scored with its election is read against that config alone
    expect(withNew.score({ text: 'Golkar nomor 1', election: 'pilgub-banten-2024' })).toEqual(shipped.score({ text: 'Golkar nomor 1', election: 'pilgub-banten-2024' }));
  });
});
