// `netra review`: queue maintenance from the command line.
//   review suggest [--n 100]   open items whose scores are most uncertain (label these first); no post text
//   review purge               run the retention purge now (NETRA_RETENTION_DAYS)
import type { Command } from '../command.js';
import { parseFlags, UsageError, wholeNumberFlag } from '../command.js';
import { ReviewStore } from '../../review/store/index.js';
import { reviewConfig, ReviewConfigError, type ReviewConfig } from '../../review/config.js';
import { mostUncertain } from '../../review/suggest.js';

/** The review settings; a bad one is a usage error (exit 2), as it is for the service. */
function settings(): ReviewConfig {
  try {
    return reviewConfig();
  } catch (err) {
    if (err instanceof ReviewConfigError) throw new UsageError(err.message);
    throw err;
  }
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'review queue: suggest (most uncertain items first) | purge (retention)',
  usage: [
    'usage: netra review suggest [--n 100] [--json]',
    '       netra review purge',
    '  suggest lists the open items whose scores are most uncertain (label these first), no post text:',
    '    --n N   how many (default 100, at most 100000)',
    '    --json  one JSON object per line instead of tab-separated columns',
    '  purge removes the text of items past NETRA_RETENTION_DAYS now.',
    '  Uses DATABASE_URL or NETRA_DATA_DIR like the service.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { n: { type: 'string' }, json: { type: 'boolean' } }, true);
    const [action, ...extra] = positionals;
    if (action !== 'suggest' && action !== 'purge') throw new UsageError('expected suggest or purge');
    if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
    if (action === 'purge' && (values.n !== undefined || values.json)) throw new UsageError('purge takes no --n or --json');
    // Checked before the store opens, so a bad flag costs nothing and changes nothing.
    const n = wholeNumberFlag(values.n, 'n', 100, 1, 100_000);
    const config = settings();
    // Both only read or change what is there: a missing store is a mistyped NETRA_DATA_DIR, not an empty queue.
    const store = await ReviewStore.open({ url: config.databaseUrl, dataDir: config.dataDir, mustExist: true });
    try {
      if (action === 'purge') {
        if (config.retentionDays <= 0) throw new UsageError('retention is disabled (NETRA_RETENTION_DAYS=0)');
        console.log(`purged text of ${await store.purgeExpired(config.retentionDays, 'cli:retention')} items`);
        return 0;
      }
      for (const { item, entropy } of await mostUncertain(store, n)) {
        if (values.json) console.log(JSON.stringify({ id: item.id, entropy: Number(entropy.toFixed(4)), label: item.label, risk: item.risk, level: item.level, election: item.election, status: item.status }));
        else console.log(`${item.id}\t${entropy.toFixed(4)}\t${item.label}\t${item.risk.toFixed(3)}\t${item.level}\t${item.election ?? '-'}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
