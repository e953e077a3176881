// The commands that read election configs all honour ELECTIONS_DIR and take --election FILE|ID, and an
// unknown election or blank text is bad usage (exit 2) in each of them. In-process, console captured.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeCommand } from '../../src/cli/commands/normalize.js';
import { explainCommand } from '../../src/cli/commands/explain.js';
import { electionsCommand } from '../../src/cli/commands/elections.js';
import { UsageError } from '../../src/cli/command.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A config of our own (the Banten one renamed) in a fresh directory; returns the directory and file. */
function ownElection(): { dir: string; file: string } {
  const dir = tempDir('netra-elections-');
  const config = JSON.parse(readFileSync(path.join('data', 'elections', 'pilgub-banten-2024.json'), 'utf8'));
  const file = path.join(dir, 'own.json');
  writeFileSync(file, JSON.stringify({ ...config, id: 'pilbup-contoh-2025', name: 'Pilbup Contoh 2025' }));
  return { dir, file };
}

async function run(command: typeof normalizeCommand, ...argv: string[]): Promise<unknown> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await command.run(argv);
    return JSON.parse(String(log.mock.calls[0][0]));
  } finally {
    log.mockRestore();
  }
}

const usage = (command: typeof normalizeCommand, ...argv: string[]) => command.run(argv).then(() => undefined, (e: unknown) => e);

afterEach(() => {
  delete process.env.ELECTIONS_DIR;
});

describe('election configs on the command line', () => {
  it('elections --dir of a directory with no configs says so on stderr (and lists nothing), rather than printing nothing', async () => {
    const dir = tempDir('netra-elections-');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await electionsCommand.run(['--dir', dir])).toBe(0);
      expect(log).not.toHaveBeenCalled();
      expect(String(err.mock.calls[0]?.[0])).toBe(`netra elections: no election configs (*.json) in ${dir}\n`);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  });

  it('normalize reads ELECTIONS_DIR, as explain and score do', async () => {
    const { dir } = ownElection();
    process.env.ELECTIONS_DIR = dir;
    const out = (await run(normalizeCommand, '--election', 'pilbup-contoh-2025', 'Ayo coblos nomor 2')) as { mentions: { kind: string }[]; election?: string };
    expect(out.mentions.map((m) => m.kind)).toEqual(['number']);
    expect(out.election).toBe('pilbup-contoh-2025');
  });

  it('explain takes an election config file, like score --election FILE', async () => {
    const { file } = ownElection();
    const out = (await run(explainCommand, '--election', file, 'Ayo coblos nomor 2')) as { election: string; mentions: { candidate?: string }[] };
    expect(out.election).toBe('pilbup-contoh-2025');
    expect(out.mentions[0].candidate).toMatch(/\(02, pilbup-contoh-2025\)$/);
  }, 30_000);

  it('an unknown election or blank text is bad usage in both commands', async () => {
    for (const [command, argv] of [
      [normalizeCommand, ['--election', 'pilkada-atlantis', 'x']],
      [normalizeCommand, ['  ']],
      [explainCommand, ['--election', 'pilkada-atlantis', 'x']],
      [explainCommand, ['--election', '/nonexistent/own.json', 'x']],
    ] as const) {
      const err = await usage(command, ...argv);
      expect(err, argv.join(' ')).toBeInstanceOf(UsageError);
      // the message names the flag at fault in both commands
      if (argv[0] === '--election') expect((err as Error).message, argv.join(' ')).toMatch(/^--election/);
    }
  }, 30_000);
});
