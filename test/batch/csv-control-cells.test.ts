// The batch CSV is for spreadsheets, as the review export is, and is written by the same cell writer:
// a control character from the feed (NUL, where spreadsheets cut a cell short; ESC, which a terminal
// acts on; C1 from mojibake) is written by name, never raw. Tab and line breaks stay (quoted).
import { describe, expect, it } from 'vitest';
import { csvRow } from '../../src/batch/format.js';
import type { ScoreResult } from '../../src/pipeline/scorer.js';

const result = (id: string): ScoreResult => ({
  id,
  label: 'netral',
  risk: 0.1,
  level: 'rendah',
  scores: { ajakan: 0.05, dukungan: 0.03, serangan: 0.02, netral: 0.9 },
  evidence: [],
  mentions: [],
  model: { version: 'v', backend: 'sparse' },
});

describe('batch CSV cells', () => {
  it('writes control characters by name, as the review export does', () => {
    expect(csvRow(result('a\u0000b\u001b[31m\u007f\u009d')).split(',')[0]).toBe('a[U+0000]b[U+001B][31m[U+007F][U+009D]');
  });

  it('keeps tab and line breaks as they are, quoting the line breaks', () => {
    expect(csvRow(result('a\tb')).split(',')[0]).toBe('a\tb');
    expect(csvRow(result('a\r\nb')).split(',')[0]).toBe('"a\r\nb"');
  });
});
