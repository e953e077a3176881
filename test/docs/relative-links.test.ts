// Every relative link in README.md, data/README.md and docs/*.md leads to a file of the repository,
// and every #anchor to a heading of its target as GitHub renders it. Docs are moved and split often;
// a link into a renamed section fails silently on GitHub, so it fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  'data/README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

const withoutCodeBlocks = (markdown: string): string => markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');

/** GitHub's anchor for a heading: its text, lower-cased, without punctuation, spaces as hyphens. */
function headingSlug(heading: string): string {
  const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of withoutCodeBlocks(readFileSync(file, 'utf8')).matchAll(/^#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm)) {
    const slug = headingSlug(m[1]);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

function brokenLinks(doc: string): string[] {
  const file = path.join(ROOT, doc);
  const broken: string[] = [];
  for (const m of withoutCodeBlocks(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
    const link = m[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto:
    const [target, anchor] = link.split('#', 2);
    const resolved = target ? path.resolve(path.dirname(file), target) : file;
    if (!resolved.startsWith(ROOT + path.sep)) continue; // ../shared beside the checkout: not ours
    if (!existsSync(resolved)) broken.push(`${link}: no such file`);
    else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) broken.push(`${link}: no such heading`);
  }
  return broken;
}

describe('relative links in the docs', () => {
  it('slugs headings as GitHub does', () => {
    expect(headingSlug('Evidence as written: `?written=true`')).toBe('evidence-as-written-writtentrue');
    expect(headingSlug('Results (model `2026-12-06i`, from `models/2026-12-06i/evaluation.md`)')).toBe(
      'results-model-2026-12-06i-from-models2026-12-06ievaluationmd',
    );
    expect(headingSlug('What the scores get wrong (read this before deciding)')).toBe(
      'what-the-scores-get-wrong-read-this-before-deciding',
    );
  });

  it.each(DOCS)('%s: every relative link and anchor resolves', (doc) => {
    expect(brokenLinks(doc)).toEqual([]);
  });
});
