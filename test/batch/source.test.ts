// The input byte source: sizes known up front, bytes counted as read, and nothing opened before reading.
import { describe, expect, it } from 'vitest';
import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openSource } from '../../src/batch/source.js';
import { tempDir } from './helpers.js';

describe('openSource', () => {
  it('knows the size at once and counts bytes as they are read', async () => {
    const file = path.join(tempDir(), 'feed.jsonl');
    writeFileSync(file, '{"text":"satu"}\n{"text":"dua"}\n');
    const source = openSource(file);
    expect(source.size).toBe(31);
    expect(source.bytesRead).toBe(0);
    const chunks: Buffer[] = [];
    for await (const c of source.chunks) chunks.push(c);
    expect(Buffer.concat(chunks).toString()).toBe('{"text":"satu"}\n{"text":"dua"}\n');
    expect(source.bytesRead).toBe(31);
  });

  it('opens nothing until read, so a job that stops early leaves no open behind to fail later', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'feed.jsonl');
    writeFileSync(file, '{"text":"satu"}\n');
    const uncaught: unknown[] = [];
    const record = (err: unknown): void => void uncaught.push(err);
    process.on('uncaughtException', record);
    try {
      openSource(file); // never read, as when a usage error is found after the input was checked
      rmSync(dir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off('uncaughtException', record);
    }
    expect(uncaught).toEqual([]);
  });
});
