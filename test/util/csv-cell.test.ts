// The one CSV cell writer (batch CSV output and the review decisions export): quoted only when the
// cell holds a delimiter (the file's, or , or ;), a quote or a line break; formulas guarded; controls named.
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../src/util/csv-cell.js';
import { outputDelimiter } from '../../src/util/csv-output-delimiter.js';

describe('csvCell', () => {
  it('quotes the delimiter the file uses, and the list separator a spreadsheet of another locale splits on', () => {
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a\tb', '\t')).toBe('"a\tb"');
    expect(csvCell('\tx', '\t')).toBe(`"'\tx"`); // guarded, then quoted for the tab
    // A comma file opened by an Excel whose list separator is ';' splits an unquoted "x;=SUM(A1:A9)"
    // into a second cell that starts with '=': the formula guard only sees the cell's start.
    expect(csvCell('x;=SUM(A1:A9)')).toBe('"x;=SUM(A1:A9)"');
    expect(csvCell('a,b', ';')).toBe('"a,b"');
    expect(csvCell('a\tb')).toBe('a\tb'); // a tab splits only a file read by tabs
    expect(csvCell('a b|c')).toBe('a b|c');
  });

  it('writes numbers and booleans as they are, and null as an empty cell', () => {
    expect(csvLine([-0.5, true, null, undefined, 'x'], ';')).toBe('-0.5;true;;;x\n');
  });
});

describe('outputDelimiter', () => {
  it('takes , ; tab (or a tab character) and nothing else', () => {
    expect([',', ';', 'tab', '\t'].map(outputDelimiter)).toEqual([',', ';', '\t', '\t']);
    for (const bad of ['|', '', 'semicolon', ';;', undefined, ['a'], 'toString', '__proto__']) expect(outputDelimiter(bad), String(bad)).toBeUndefined();
  });
});
