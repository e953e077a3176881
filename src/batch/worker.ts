// Worker thread entry: builds its own Scorer (createScorer) once, reports ready with the model
// version, then scores chunks as they arrive and posts each result back with its sequence number.
import { parentPort, workerData } from 'node:worker_threads';
import { createScorer } from '../pipeline/create.js';
import { chunkScorer, withElection } from './score-chunk.js';
import { shortMessage } from './errors.js';
import type { PoolInit, ToMain, ToWorker } from './pool.js';

const port = parentPort;
if (!port) throw new Error('src/batch/worker.ts must run in a worker thread');
const init = workerData as PoolInit;

try {
  const scorer = withElection(await createScorer({ model: init.model, electionsDir: init.electionsDir }), init.election);
  const score = chunkScorer(scorer, init.chunk);
  // The service's workers also score slices of batch request bodies (src/service/batch-items.ts).
  const scoreSlice = init.items ? (await import('../service/batch-items.js')).sliceScorer(scorer, init.items) : undefined;
  port.on('message', (msg: ToWorker) => {
    try {
      if ('slice' in msg) {
        if (!scoreSlice) throw new Error('this worker was started without request limits');
        const result = scoreSlice(msg.slice);
        port.postMessage({ type: 'slice', seq: msg.seq, result } satisfies ToMain, [result.out.buffer as ArrayBuffer]);
        return;
      }
      const result = score(msg.records);
      port.postMessage({ type: 'result', seq: msg.seq, result } satisfies ToMain, [result.out.buffer as ArrayBuffer]);
    } catch (err) {
      port.postMessage({ type: 'failed', seq: msg.seq, message: shortMessage(err) } satisfies ToMain);
    }
  });
  port.postMessage({ type: 'ready', model: scorer.model.spec.version, backend: scorer.backend } satisfies ToMain);
} catch (err) {
  port.postMessage({ type: 'fatal', message: shortMessage(err) } satisfies ToMain);
}
