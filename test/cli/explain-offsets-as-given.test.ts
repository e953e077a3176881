// `netra explain` places evidence by offsets into the text exactly as given, as POST /v1/score?written=true
// does: a caller slicing what they sent gets the phrase as written, leading spaces or blank lines included.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const explain = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'explain', ...args], { cwd: root, encoding: 'utf8', input });

type Place = { text: string; start: number; end: number };
const places = (stdout: string): Place[] =>
  (JSON.parse(stdout).evidence as { written?: Place[] }[]).flatMap((e) => e.written ?? []);

describe('netra explain offsets', () => {
  const post = '  \n\t Ayo c0bl0s nomor 02 ya gaes!!!  ';

  it('index the argument as given, leading spaces and a line break included', () => {
    const r = explain([post]);
    expect(r.status).toBe(0);
    const found = places(r.stdout);
    expect(found.map((p) => p.text)).toContain('c0bl0s');
    for (const p of found) expect(post.slice(p.start, p.end)).toBe(p.text);
    expect(found.find((p) => p.text === 'Ayo')).toEqual({ text: 'Ayo', start: 5, end: 8 });
  });

  it('index the text read from stdin as given (less the one line end that closes it)', () => {
    const r = explain(['-'], `${post}\n`);
    expect(r.status).toBe(0);
    const found = places(r.stdout);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(post.slice(p.start, p.end)).toBe(p.text);
  });
});
