// The one CSV cell writer (batch CSV output and the review decisions export): quoted only when the
// cell holds a delimiter (the file's, or , or ;), a quote or a line break; formulas guarded; controls named.
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../src/util/csv-cell.js';
import { outputDelimiter } from '../../src/util/csv-output-delimiter.js';
import { decimalDelimiterProblem, outputDecimal } from '../../src/util/csv-output-decimal.js';

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

describe('csvCell with a decimal comma', () => {
  it('writes a number cell with the comma, unquoted, and leaves text, integers and booleans as they are', () => {
    expect(csvLine([0.912, -0.5, 1, 0, 'a1', '0.5', 'berkata (0.7)', true, null], ';', ',')).toBe('0,912;-0,5;1;0;a1;0.5;berkata (0.7);true;\n');
    expect(csvLine([0.000001, 0.999993], '\t', ',')).toBe('0,000001\t0,999993\n');
    // Never written so, but a number holding the delimiter is quoted all the same.
    expect(csvCell(0.5, ',', ',')).toBe('"0,5"');
    expect(csvCell(0.5, ';', '.')).toBe('0.5');
  });
});

describe('outputDecimal', () => {
  it('takes , or . and nothing else; a decimal comma needs a delimiter other than the comma', () => {
    expect([',', '.'].map(outputDecimal)).toEqual([',', '.']);
    for (const bad of ['', 'comma', ',,', undefined, [','], 'toString']) expect(outputDecimal(bad), String(bad)).toBeUndefined();
    expect(decimalDelimiterProblem(',', ',')).toMatch(/needs ; or tab/);
    expect([decimalDelimiterProblem(',', ';'), decimalDelimiterProblem(',', '\t'), decimalDelimiterProblem('.', ',')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('outputDelimiter', () => {
  it('takes , ; tab (or a tab character) and nothing else', () => {
    expect([',', ';', 'tab', '\t'].map(outputDelimiter)).toEqual([',', ';', '\t', '\t']);
    for (const bad of ['|', '', 'semicolon', ';;', undefined, ['a'], 'toString', '__proto__']) expect(outputDelimiter(bad), String(bad)).toBeUndefined();
  });
});
