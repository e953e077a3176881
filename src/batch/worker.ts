// Worker thread entry: builds its own Scorer once (poolScorers, as the inline pool does), reports ready with the model
// version, then scores chunks as they arrive and posts each result back with its sequence number.
import { parentPort, workerData } from 'node:worker_threads';
import { shortMessage } from './errors.js';
import { poolScorers, type PoolInit, type ToMain, type ToWorker } from './pool.js';
import { earliestElection } from './long-before.js';

const port = parentPort;
if (!port) throw new Error('src/batch/worker.ts must run in a worker thread');
const init = workerData as PoolInit;

try {
  const { scorer, chunk, skipped, slice, warning } = await poolScorers(init);
  port.on('message', (msg: ToWorker) => {
    try {
      // The service's workers score slices of batch request bodies (src/service/batch-items.ts).
      if ('slice' in msg) {
        const result = slice(msg.slice);
        port.postMessage({ type: 'slice', seq: msg.seq, result } satisfies ToMain, [result.out.buffer as ArrayBuffer]);
        return;
      }
      if (msg.skipped) {
        const hashes = skipped(msg.records);
        port.postMessage({ type: 'skipped', seq: msg.seq, hashes } satisfies ToMain, [hashes.buffer as ArrayBuffer]);
        return;
      }
      const result = chunk(msg.records);
      port.postMessage({ type: 'result', seq: msg.seq, result } satisfies ToMain, [result.out.buffer as ArrayBuffer]);
    } catch (err) {
      port.postMessage({ type: 'failed', seq: msg.seq, message: shortMessage(err) } satisfies ToMain);
    }
  });
  port.postMessage({ type: 'ready', model: scorer.model.spec.version, backend: scorer.backend, warning, earliestElection: earliestElection(scorer.elections) } satisfies ToMain);
} catch (err) {
  port.postMessage({ type: 'fatal', message: shortMessage(err) } satisfies ToMain);
}
