// Child process for the durability test: decides the given items as fast as it can, four at a time,
// and prints "ack <itemId> <decisionId>" only after each decision has committed. The parent kills it
// with SIGKILL mid-burst.
import { ReviewStore } from '../../../src/review/store/index.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as { url?: string; dataDir?: string; ids: string[] };
const store = await ReviewStore.open({ url: opts.url ?? '', dataDir: opts.dataDir });
process.stdout.write('ready\n');
let next = 0;
async function worker(): Promise<void> {
  while (next < opts.ids.length) {
    const id = opts.ids[next++];
    const d = await store.decide(id, { outcome: next % 3 === 0 ? 'dismissed' : 'confirmed', reason: 'burst' }, 'burst#k');
    process.stdout.write(`ack ${id} ${d.id}\n`);
  }
}
await Promise.all([worker(), worker(), worker(), worker()]);
process.stdout.write('done\n');
await store.close();
