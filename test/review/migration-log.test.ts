// What an operator sees of migrations: one line per migration applied (service start and CLI), the
// schema version in the service's start line, and a store newer than the code refused in words
// that say so (Kysely's own: "corrupted migrations: previously executed migration … is missing").
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import { openDatabase } from '../../src/review/db/open.js';
import { migrations } from '../../src/review/migrations/index.js';
import { openReview } from '../../src/review/mount.js';
import type { ReviewScorer } from '../../src/review/http/router.js';
import { tempDir } from '../helpers/temp-dir.js';

const names = Object.keys(migrations('sqlite'));
const latest = names[names.length - 1];
const run = promisify(execFile);

describe('migration lines and the schema version', () => {
  it('logs one line per migration applied, and none when the store is up to date', async () => {
    const dataDir = tempDir('netra-migration-log-');
    const lines: string[] = [];
    const first = await openDatabase({ url: '', dataDir, log: (m) => lines.push(m) });
    await first.close();
    expect(lines).toEqual(names.map((n) => `review store: applied migration ${n}`));
    lines.length = 0;
    const again = await openDatabase({ url: '', dataDir, log: (m) => lines.push(m) });
    expect(again.schema).toBe(latest);
    await again.close();
    expect(lines).toEqual([]);
  });

  it('the service names the schema version in its review store line', async () => {
    const dataDir = tempDir('netra-migration-log-');
    const lines: string[] = [];
    const review = await openReview({ scorer: {} as ReviewScorer, config: { dataDir, retentionDays: 0, maxBatch: 10, maxTextLength: 100 }, log: (m) => lines.push(m) });
    await review.close();
    expect(lines).toContain(`review store: applied migration ${names[0]}`);
    expect(lines).toContain(`review store: sqlite at ${path.join(dataDir, 'review.sqlite')} (schema ${latest})`);
  });

  it('the CLI prints the migrations it applies on stderr', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-migration-log-'));
    const made = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'keys', 'create', '--role', 'analyst', '--name', 'Uji'], { env: { ...process.env, NETRA_DATA_DIR: dataDir, DATABASE_URL: '' } });
    for (const n of names) expect(made.stderr).toContain(`netra: review store: applied migration ${n}\n`);
  }, 30_000);

  it('refuses a store migrated by a newer netra, saying so and what to do', async () => {
    const dataDir = tempDir('netra-migration-log-');
    const rdb = await openDatabase({ url: '', dataDir });
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('999_from_a_newer_netra', '2030-01-01T00:00:00.000Z')`.execute(rdb.db);
    await rdb.close();
    await expect(openDatabase({ url: '', dataDir })).rejects.toThrow(
      `the review store is newer than this netra: it was migrated to 999_from_a_newer_netra, which this version does not know (it knows up to ${latest}); a store cannot be downgraded: run the netra version that migrated it, or restore the backup made before the upgrade (docs/review.md, "Upgrades")`,
    );
  });
});
