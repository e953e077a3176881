// `netra normalize --election FILE` is the debugging view of what `score --election FILE` reads: the
// file's names must split hashtags and make rosters as they do when scoring, not only ELECTIONS_DIR's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { normalizeCommand } from '../../src/cli/commands/normalize.js';
import { createScorer } from '../../src/pipeline/create.js';
import { parseElectionConfig } from '../../src/elections/schema.js';

const BUDI = {
  id: 'pilkada-uji',
  kind: 'other',
  schedule: { campaign: ['2030-01-01', '2030-02-01'], voting: '2030-02-14' },
  candidates: [{ number: 1, names: ['Budi Santoso'] }, { number: 2, names: ['Siti Aminah'] }],
};

async function normalized(...argv: string[]): Promise<{ tokens: string[]; mentions: { text: string }[] }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    expect(await normalizeCommand.run(argv)).toBe(0);
    return JSON.parse(String(log.mock.calls[0][0]));
  } finally {
    log.mockRestore();
  }
}

it("reads a post with the names of a config given as a file, as score --election FILE does", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'netra-normalize-')), 'budi.json');
  writeFileSync(file, JSON.stringify(BUDI));
  const text = 'Selamat ulang tahun bos! #budisantosojuara';
  const withFile = await normalized('--election', file, text);
  expect(withFile.tokens).toEqual(expect.arrayContaining(['budi', 'santoso', 'juara']));
  expect(withFile.mentions.map((m) => m.text)).toContain('budi santoso');
  const scored = (await createScorer()).withElection(parseElectionConfig(BUDI)).score({ text, election: BUDI.id });
  expect(scored.mentions.map((m) => m.text)).toContain('budi santoso');
  // without the file, the tag does not split at his name
  expect((await normalized(text)).tokens).not.toContain('santoso');
});
