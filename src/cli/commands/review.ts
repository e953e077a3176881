// `netra review`: queue maintenance from the command line.
//   review suggest [--n 100]   open items whose scores are most uncertain (label these first); no post text;
//                              tab-separated under a header line, or --json
//   review purge               run the retention purge now (NETRA_RETENTION_DAYS, NETRA_RETENTION_ESCALATED_DAYS)
import type { Command } from '../command.js';
import { parseFlags, UsageError, wholeNumberFlag } from '../command.js';
import { ReviewStore } from '../../review/store/index.js';
import { logToStderr } from '../../review/db/open.js';
import { reviewConfig, ReviewConfigError, type ReviewConfig } from '../../review/config.js';
import { mostUncertain } from '../../review/suggest.js';
import { probability } from '../../review/web/format.js';
import { escalatedNotice, runRetention } from '../../review/retention-run.js';

/** The header line of `review suggest`'s tab-separated output (the --help text says what each is). */
const SUGGEST_COLUMNS = ['id', 'entropy', 'label', 'risk', 'level', 'election'];

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
    '  suggest lists the open items whose scores are most uncertain, most uncertain first (label these first),',
    '  without post text, as tab-separated columns under a header line (printed on a terminal and in a pipe alike):',
    '    id        the item id (/review/items/ID)',
    '    entropy   how uncertain the model is: entropy of the four label probabilities, 0 (sure) to 2 bits (all equal)',
    '    label     the model\'s label',
    '    risk      the partisan risk, cut (not rounded) to 3 digits as the review page shows it: 0.9999 is 0.999, a stored 1 is > 0.999',
    '    level     rendah, sedang or tinggi',
    '    election  the election id, - when none',
    '    --n N   how many (default 100, at most 100000)',
    '    --json  one JSON object per line instead (id, entropy, label, risk unrounded, level, election, status), no header',
    '  purge removes the text of items past NETRA_RETENTION_DAYS now, and of open escalations past',
    '  NETRA_RETENTION_ESCALATED_DAYS; it names (on stderr) the escalations open longer than NETRA_RETENTION_DAYS.',
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
    const store = await ReviewStore.open({ url: config.databaseUrl, dataDir: config.dataDir, mustExist: true, log: logToStderr });
    try {
      if (action === 'purge') {
        if (config.retentionDays <= 0) throw new UsageError('retention is disabled (NETRA_RETENTION_DAYS=0)');
        const run = await runRetention(store, config, 'cli:retention');
        console.log(`purged text of ${run.purged} items`);
        const notice = escalatedNotice(run, config);
        if (notice) console.error(`netra review: ${notice}`);
        return 0;
      }
      const suggested = await mostUncertain(store, n);
      if (!values.json) console.log(SUGGEST_COLUMNS.join('\t'));
      for (const { item, entropy } of suggested) {
        if (values.json) console.log(JSON.stringify({ id: item.id, entropy: Number(entropy.toFixed(4)), label: item.label, risk: item.risk, level: item.level, election: item.election, status: item.status }));
        // risk as the review page shows it: 0.9999 rounded would read "1.000", a certainty the model never has
        else console.log(`${item.id}\t${entropy.toFixed(4)}\t${item.label}\t${probability(item.risk)}\t${item.level}\t${item.election ?? '-'}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
