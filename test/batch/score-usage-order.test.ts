// `netra score` names one usage error, the first wrong flag in the order of --help: after an unknown flag
// and a missing --input, how the input is read, then the output, then the run and the queue. Which one is
// named no longer depends on which check happened to run early: --output-delimiter was read before every
// input flag, so it was named before a bad --delimiter, --text-field or --election.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';
import { scoreUsage } from './score-usage.js';

/** A CSV feed that reads (in a temporary directory, removed after the test), and a name beside it that is no file. */
function files(): { dir: string; feed: string; missing: string } {
  const dir = tempDir();
  const feed = path.join(dir, 'feed.csv');
  writeFileSync(feed, 'id,text\n1,ayo coblos\n');
  return { dir, feed, missing: path.join(dir, 'tidak-ada.csv') };
}

describe('score usage errors', () => {
  /** One wrong flag each (with an existing CSV feed and CSV output), in the order of --help, and the start of its message. */
  const WRONG: [string[], RegExp][] = [
    [['--format', 'xml'], /^--format must be/],
    [['--delimiter', 'ab'], /^--delimiter must be one character/],
    [['--text-field', ' '], /^--text-field must not be empty/],
    [['--id-field', ''], /^--id-field must not be empty/],
    [['--posted-at-field', ''], /^--posted-at-field must not be empty/],
    [['--posted-at-zone', 'XYZ'], /^--posted-at-zone /],
    [['--posted-at-order', 'xyz'], /^--posted-at-order /],
    [['--election', 'pilkada-atlantis'], /^--election pilkada-atlantis/],
    [['--election-field', ''], /^--election-field must not be empty/],
    [['--output', ''], /^--output must not be empty/],
    [['--output-format', 'xml'], /^--output-format must be/],
    [['--output-delimiter', '|'], /^--output-delimiter must be/],
    [['--output-decimal', 'x'], /^--output-decimal must be/],
    [['--min-risk', '5'], /^--min-risk must be/],
    [['--errors', '-'], /^--errors needs a file name/],
    [['--workers', 'x'], /^--workers must be/],
    [['--model', ''], /^--model must not be empty/],
    [['--author-field', 'akun'], /^--author-field is for --enqueue/],
    [['--url-field', 'tautan'], /^--url-field is for --enqueue/],
    [['--source', 'ekspor'], /^--source names the feed/],
  ];

  it('names the first wrong flag in --help order, whatever else is wrong and in whatever order they are given', async () => {
    const { feed } = files();
    for (let i = 0; i < WRONG.length; i++) {
      const rest = WRONG.slice(i).flatMap(([flags]) => flags);
      const csvOut = ['--output-format', 'csv'].filter(() => !rest.includes('--output-format'));
      const want = WRONG[i][1];
      expect(await scoreUsage('--input', feed, ...csvOut, ...rest), WRONG[i][0].join(' ')).toMatch(want);
      const reversed = WRONG.slice(i).reverse().flatMap(([flags]) => flags);
      expect(await scoreUsage(...reversed, ...csvOut, '--input', feed), `${WRONG[i][0].join(' ')} (reversed)`).toMatch(want);
    }
  });

  it('names a missing --input or an unknown flag before any wrong value; a missing input file after them', async () => {
    const { dir, feed, missing } = files();
    const all = WRONG.flatMap(([flags]) => flags);
    expect(await scoreUsage(...all)).toBe('give --input FILE (or - for stdin)');
    expect(await scoreUsage('--output-delimiter', '|')).toBe('give --input FILE (or - for stdin)');
    expect(await scoreUsage('--input', feed, '--output-delimiter', '|', '--bogus')).toMatch(/^Unknown option '--bogus'/);
    // The file is opened once every flag reads well (so its name's format decides the reading flags).
    expect(await scoreUsage('--input', missing, '--output-format', 'csv', '--output-delimiter', '|')).toMatch(/^--output-delimiter must be/);
    expect(await scoreUsage('--input', missing)).toBe(`cannot read input ${missing}: no such file`);
    expect(await scoreUsage('--input', dir, '--format', 'csv')).toBe(`cannot read input ${dir}: it is a directory`);
    // A flag for CSV output with JSONL output is that, whatever its value.
    expect(await scoreUsage('--input', feed, '--output-format', 'jsonl', '--output-delimiter', '|')).toMatch(/^--output-delimiter applies to CSV output only/);
  });
});
