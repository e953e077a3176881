// docs/elections.md "Adding an election": what each place a new config can go changes, as it says:
// ELECTIONS_DIR replaces data/elections, and a config in use can move an ambiguous post to its race.
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createScorer } from '../../src/pipeline/create.js';
import { SHIPPED_ELECTIONS_DIR } from '../../src/elections/load.js';
import { tempDir } from '../helpers/temp-dir.js';

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
