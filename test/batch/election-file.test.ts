// A config given as a file (--election FILE) is added to the scorer of every worker. This test once
// had to run in a file of its own: the config's name words were the process's, and after it the
// single-threaded run of batch.test.ts read "01 Budi" in a duty roster as ballot numbers while its
// worker threads did not. They are the scorer's own now (test/pipeline/scorer-name-words.test.ts).
import { expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonl, options, runCaptured, tempDir } from './helpers.js';

it('adds an election config given as a file (--election FILE) to the scorer', async () => {
  const dir = tempDir();
  const config = {
    id: 'pilkada-uji',
    kind: 'other',
    schedule: { campaign: ['2030-01-01', '2030-02-01'], voting: '2030-02-14' },
    candidates: [{ number: 1, names: ['Budi Santoso'], aliases: ['Pak Budi'] }, { number: 2, names: ['Siti Aminah'] }],
  };
  const input = path.join(dir, 'feed.jsonl');
  writeFileSync(input, jsonl([{ text: 'ayo coblos pak budi nomor 1', at: '2030-01-10' }]));
  const run = await runCaptured(options({ input, postedAtField: 'at', election: { config: config as never, fromFile: true } }));
  const out = JSON.parse(run.stdout);
  expect(out).toMatchObject({ election: 'pilkada-uji', stage: 'campaign' });
  expect(out.mentions).toContainEqual({ kind: 'alias', text: 'pak budi', candidate: 'Budi Santoso (01, pilkada-uji)' });
});
