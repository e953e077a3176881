// The bodies of the answers made of score results, as the bytes `res.json` would send
// (JSON.stringify, UTF-8), written by the result's own writer (src/pipeline/result-json.ts): a single
// POST /v1/score and a batch scored inline. The pooled batches' slices use the same writer.
import type { Response } from 'express';
import { Utf8Builder } from '../util/utf8-builder.js';
import { appendResultJson } from '../pipeline/result-json.js';
import type { BatchItemError, ServiceScoreResult } from './batch-items.js';

const out = new Utf8Builder(); // reused: an answer is written synchronously

/** Sends `bytes` as res.json sends its string: application/json; charset=utf-8. */
function sendJsonBytes(res: Response, bytes: Uint8Array): void {
  res.type('application/json').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** `res.json(result)`. */
export function sendResult(res: Response, result: ServiceScoreResult): void {
  out.clear();
  appendResultJson(out, result);
  sendJsonBytes(res, out.take());
}

/** `res.json({ results })` for a batch scored inline: results and refused items' error entries, in order. */
export function sendResults(res: Response, results: readonly (ServiceScoreResult | BatchItemError)[]): void {
  out.clear();
  out.append('{"results":[');
  for (let i = 0; i < results.length; i++) {
    if (i > 0) out.append(',');
    const r = results[i];
    if ('error' in r) out.append(JSON.stringify(r));
    else appendResultJson(out, r);
  }
  out.append(']}');
  sendJsonBytes(res, out.take());
}
