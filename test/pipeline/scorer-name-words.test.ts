// The words of a scorer's election names (hashtag segmentation, rosters of people, names that make a
// post an election's) are its own: a scorer built with a config from a file (`--election FILE`) once
// taught its names to every later scorer of the process, so a service, a test file or a library user
// got other results from a scorer built after it than from one in a fresh process.
import { expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { parseElectionConfig } from '../../src/elections/schema.js';
import type { Scorer } from '../../src/pipeline/scorer.js';

const BUDI = parseElectionConfig({
  id: 'pilkada-uji',
  kind: 'other',
  schedule: { campaign: ['2030-01-01', '2030-02-01'], voting: '2030-02-14' },
  candidates: [{ number: 1, names: ['Budi Santoso'], aliases: ['Pak Budi'] }, { number: 2, names: ['Siti Aminah'] }],
});

const ROSTER = 'Piket hari ini: 01 Budi, 02 Sari, 03 Andi. Jangan telat ya';
const TAG = 'Selamat ulang tahun bos! #budisantosojuara';

const scored = (scorer: Scorer) => [ROSTER, TAG].map((text) => scorer.score({ text }, { written: true }));

it("a scorer reads its own election configs' names, and no other scorer of the process does", async () => {
  const shipped = await createScorer();
  const fresh = scored(shipped);
  expect(fresh[0].mentions).toEqual([]); // a duty roster: its numbers are places in the list

  const withBudi = shipped.withElection(BUDI);
  const [roster, tag] = scored(withBudi);
  // Budi is a candidate here: "01 Budi, 02 Sari" is no list of colleagues, and the tag splits at his name
  expect(roster.mentions).toContainEqual({ kind: 'number', text: 'nomor 1', candidate: 'Budi Santoso (01, pilkada-uji)' });
  expect(tag.mentions).toContainEqual({ kind: 'name', text: 'budi santoso', candidate: 'Budi Santoso (01, pilkada-uji)' });

  // built after it, with the shipped configs only: as a scorer in a fresh process reads the posts
  expect(scored(await createScorer())).toEqual(fresh);
  expect(scored(shipped)).toEqual(fresh);
});
