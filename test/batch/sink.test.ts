// ByteSink on a stream that fails: the error it names must be the write's, whenever the caller asks.
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { existsSync } from 'node:fs';
import { ByteSink } from '../../src/batch/sink.js';
import { openOn } from '../helpers/open-fds.js';

describe('ByteSink on a failing stream', () => {
  it("names the failed write's error while the stream is still closing its file (as /dev/full under load)", async () => {
    // A file stream's failed write destroys it at once, but emits 'error' only after its descriptor
    // has closed, which under load comes late. Holding the destroy makes that window certain.
    let release: (() => void) | undefined;
    const full = new Writable({
      write: (_chunk, _enc, cb) => process.nextTick(cb, Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
      destroy: (err, cb) => {
        release = () => cb(err);
      },
    });
    const sink = ByteSink.stream(full, true, 'output');
    sink.write('{"id":"1"}\n');
    await sink.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(full.errored).toBeTruthy(); // the write has failed, and no 'error' event has come yet
    await expect(sink.close()).rejects.toThrow(/^cannot write output: ENOSPC: no space left on device, write$/);
    release?.();
  });
});


describe('ByteSink on a file', () => {
  it.skipIf(!existsSync('/dev/full') || !existsSync('/proc/self/fd'))('closes the file when its last write fails (a full disk), and names the write', async () => {
    const before = openOn('/dev/full');
    const sink = await ByteSink.open('/dev/full', 'output');
    expect(openOn('/dev/full')).toBe(before + 1);
    sink.write('{"id":"1"}\n');
    await expect(sink.close()).rejects.toThrow(/^cannot write output: ENOSPC/);
    expect(openOn('/dev/full')).toBe(before);
  });
});
