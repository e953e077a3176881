import { describe, expect, it } from 'vitest';
import { parse as parseSync } from 'csv-parse/sync';
import { LineEndSniffer, readCsv } from '../../src/batch/csv-reader.js';
import { mulberry32 } from '../../src/util/random.js';
import { readJsonl, parseJsonLine } from '../../src/batch/jsonl-reader.js';
import { BatchUsageError } from '../../src/batch/errors.js';
import type { RawRecord } from '../../src/batch/types.js';
import { all, chunked } from './helpers.js';

/** `text` as UTF-16BE after its BOM (FE FF), as some Java and Mac tools export. */
const utf16be = (text: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

/** Feeds `data` in chunks of random sizes from 1 to `max` bytes. */
async function* randomChunks(data: Buffer, rand: () => number, max = 5): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; ) {
    const n = 1 + Math.floor(rand() * max);
    yield data.subarray(i, i + n);
    i += n;
  }
}

const fields = (rs: RawRecord[]) => rs.map((r) => r.fields);

/** The line ends csv-parse is to split at in a file written with `lineEnd`, as LineEndSniffer is to find them. */
const LINE_ENDS: Record<string, string[]> = { '\n': ['\r\n', '\n'], '\r\n': ['\r\n', '\n'], '\r': ['\r\n', '\n', '\r'], '\r\r\n': ['\r\r\n', '\r\n', '\n'] };

/**
 * What csv-parse alone reads from a whole CSV written with `lineEnd` (undefined if it fails), with
 * each record's start line counted independently of the reader (line ends before the record's first
 * byte, by the file's own line ends) and its length in bytes without its line end.
 */
function csvParseAlone(csv: Buffer, delimiter: string, lineEnd: string): { line: number; bytes: number; fields: Record<string, string> }[] | undefined {
  const recordDelimiter = LINE_ENDS[lineEnd];
  let parsed: { record: string[]; info: { bytes: number } }[];
  try {
    parsed = parseSync(csv, { delimiter, record_delimiter: recordDelimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch {
    return undefined;
  }
  const lineEndAt = (at: number) => recordDelimiter.find((e) => csv.subarray(at, at + e.length).toString('latin1') === e)?.length ?? 0;
  const names = parsed[0].record.map((h) => h.trim());
  return parsed.slice(1).map(({ record, info }, k) => {
    const fields: Record<string, string> = {};
    record.slice(0, names.length).forEach((v, j) => (fields[names[j]] = v));
    // a record runs from after the previous one and any empty lines, to its own line end
    let start = parsed[k].info.bytes;
    for (let len = 1; len > 0; start += len) len = lineEndAt(start);
    const end = info.bytes - (recordDelimiter.find((e) => csv.subarray(0, info.bytes).toString('latin1').endsWith(e))?.length ?? 0);
    const before = csv.subarray(0, start).toString('latin1');
    return { line: 1 + (before.match(recordDelimiter.includes('\r') ? /\r\n|\r|\n/g : /\n/g)?.length ?? 0), bytes: end - start, fields };
  });
}

describe('CSV reader', () => {
  it('handles BOM, CRLF, doubled quotes and quoted newlines, in any chunking', async () => {
    const csv = '\uFEFFid,text\r\n1,"halo, ""pak"" RT\r\nbaris dua"\r\n2,biasa saja\r\n3,"x\ny"\r\n4,z\r\n';
    for (const size of [1, 3, 7, 1000]) {
      const rs = await all(readCsv(chunked(csv, size)));
      expect(fields(rs), `chunk ${size}`).toEqual([
        { id: '1', text: 'halo, "pak" RT\r\nbaris dua' },
        { id: '2', text: 'biasa saja' },
        { id: '3', text: 'x\ny' },
        { id: '4', text: 'z' },
      ]);
      expect(rs.map((r) => [r.n, r.line])).toEqual([[1, 2], [2, 4], [3, 5], [4, 7]]);
    }
  });

  it('reads a file whose line ends change midway (a CRLF export with LF rows appended), with right line numbers', async () => {
    for (const csv of ['id,text\r\n1,ayo coblos nomor 2\n2,halo pagi\n3,"rapat\r\ndinas"\r\n4,akhir\n', 'id,text\n1,ayo coblos nomor 2\r\n2,halo pagi\r\n3,"rapat\r\ndinas"\n4,akhir\r\n']) {
      for (const size of [1, 5, 1000]) {
        const rs = await all(readCsv(chunked(csv, size)));
        expect(rs.map((r) => [r.n, r.line, r.fields?.id, r.fields?.text]), `chunk ${size}`).toEqual([
          [1, 2, '1', 'ayo coblos nomor 2'],
          [2, 3, '2', 'halo pagi'],
          [3, 4, '3', 'rapat\r\ndinas'],
          [4, 6, '4', 'akhir'],
        ]);
      }
    }
  });

  it('reads old Mac files (CR only, also with LF rows appended) and CRLF files converted twice (CR CR LF)', async () => {
    for (const [csv, lines] of [
      ['id,text\r1,ayo coblos nomor 2\r2,cuaca cerah\r', [2, 3]],
      ['id,text\r1,ayo coblos nomor 2\n2,cuaca cerah\r\n', [2, 3]],
      ['text,id\r\r\nayo coblos nomor 2,1\r\r\ncuaca cerah,2\r\r\n', [2, 3]],
    ] as const) {
      for (const size of [1, 2, 1000]) {
        const rs = await all(readCsv(chunked(csv, size)));
        expect(rs.map((r) => [r.fields?.id, r.fields?.text]), `${JSON.stringify(csv)} chunk ${size}`).toEqual([
          ['1', 'ayo coblos nomor 2'],
          ['2', 'cuaca cerah'],
        ]);
        expect(rs.map((r) => r.line)).toEqual(lines);
      }
    }
  });

  it('numbers lines by the file\'s own line ends: a bare CR in an LF or CRLF file is text, not a line', async () => {
    for (const [csv, lines] of [
      ['id,text\n1,"a\rb"\n2,c\n3,"d\r\re"\n4,f\n', [2, 3, 4, 5]], // bare CRs inside quotes
      ['id,text\r\n1,"a\rb"\r\n2,c\r\n3,"d\r"\r\n4,f\r\n', [2, 3, 4, 5]],
      ['id,text\n1,a\rb\n2,c\n3,"d\r\ne"\n4,f\n', [2, 3, 4, 6]], // unquoted bare CR; CRLF in quotes is one line
      ['id,text\r\n1,"a\r\nb",x,"extra\r\ncolumn"\r\n2,c\r\n', [2, 5]], // line breaks in a dropped extra column count
      ['\n\nid,text\n\n1,a\n2,b\n', [5, 6]], // blank lines before the header
      ['id,text\r1,"a\rb"\r2,"c\nd"\r3,"e\r\nf"\r4,g\r', [2, 4, 6, 8]], // CR-only file: CR, LF and CRLF each end a line
      ['text,id\r\r\n"a\r\r\nb",1\r\r\n"c\rd",2\r\r\ne,3\r\r\n', [2, 4, 5]], // CR CR LF is one line end, a bare CR none
    ] as const) {
      for (const size of [1, 2, 1000]) {
        const rs = await all(readCsv(chunked(csv, size)));
        expect(rs.map((r) => r.line), `${JSON.stringify(csv)} chunk ${size}`).toEqual(lines);
      }
    }
  });

  it('reads the same records as csv-parse alone, on the lines an independent count gives, for random input in any chunking', async () => {
    const rand = mulberry32(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const alphabet = ['a', 'é', ',', ';', '¦', '"', '"', '\r', '\n', ' ', '\0'];
    const lineEnds = ['\n', '\r\n', '\r', '\r\r\n'];
    const delimiters = [',', ';', '¦'];
    /**
     * A header line with quotes where csv-parse takes them as text (within a name, after a quoted
     * field closes) or as quoting ("" escapes, line breaks and delimiters inside), ending in `lineEnd`:
     * the reader must find that line end, whatever the quotes before it.
     */
    const randomHeader = (delimiter: string, lineEnd: string) => {
      const cells = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) => {
        const plain = (n: number) => Array.from({ length: n }, () => pick(['a', 'é', '"', ' ', '""'])).join('');
        const kind = rand();
        if (kind < 0.4) return `${k === 0 ? 'id' : 'c'}${plain(Math.floor(rand() * 4))}`; // stray quotes within the name
        const inside = Array.from({ length: Math.floor(rand() * 6) }, () => pick(['a', '""', '\r', '\n', '\r\n', delimiter, ',', ' '])).join('');
        return `"${inside}"${kind < 0.7 ? '' : `x${plain(Math.floor(rand() * 3))}`}`; // quoted, then maybe text and quotes after the close
      });
      return [...cells, 'text'].join(delimiter) + lineEnd;
    };
    let compared = 0;
    for (let t = 0; t < 1000; t++) {
      const delimiter = t < 500 ? [',', ',', ';', ',', '¦'][t % 5] : pick(delimiters);
      const lineEnd = t < 500 ? lineEnds[[0, 1, 2, 3, 0][t % 5]] : pick(lineEnds);
      // the first 500 with a plain header, the rest with quotes in it
      const header = t < 500 ? `id${delimiter}text${lineEnd}` : randomHeader(delimiter, lineEnd);
      const body = Array.from({ length: Math.floor(rand() * 60) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const csv = Buffer.from(header + body);
      // a CR that the body follows with LF, or CR LF, is the first line end of a CRLF or CR CR LF file
      const firstEnd = lineEnd !== '\r' ? lineEnd : body.startsWith('\n') ? '\r\n' : body.startsWith('\r\n') ? '\r\r\n' : '\r';
      const alone = csvParseAlone(csv, delimiter, firstEnd);
      if (!alone) continue; // a quote never closed: csv-parse alone fails, readCsv reports a bad record
      compared++;
      // limits the header fits in (a longer one is a failure)
      for (const limit of [undefined, 8, 16].filter((l) => l === undefined || Buffer.byteLength(header) - lineEnd.length <= l)) {
        const tooLong = (r: { bytes: number }) => limit !== undefined && r.bytes > limit;
        // a row of empty cells is skipped, as an empty line is (unless it is too long to read)
        const want = alone.filter((r) => tooLong(r) || Object.values(r.fields).some((v) => v !== '')).map((r) => [r.line, tooLong(r) ? 'too long' : r.fields]);
        for (const size of [1, 2, 3, 64]) {
          const rs = await all(readCsv(chunked(csv, size), { delimiter, maxRecordBytes: limit }));
          expect(rs.map((r) => [r.line, r.error ? 'too long' : r.fields]), `${JSON.stringify(csv.toString())} limit ${limit} chunk ${size}`).toEqual(want);
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('finds the line end after stray quotes and quoted fields in the header, as csv-parse reads them', async () => {
    for (const [csv, lineEnd] of [
      ['id,te"xt\rr1,hello\rr2,bye\r', '\r'], // a stray quote within a name: it hid every CR, the header took the file
      ['id,text,no"te\rr1,hello,a\rr2,bye,b\r', '\r'],
      ['"no""te"x"y,id,text\rx,r1,hello\rx,r2,bye\r', '\r'], // text and a quote after a quoted name closes
      ['"a""b\rc",id,text\rx,r1,hello\rx,r2,bye\r', '\r'], // "" and a CR inside a quoted name (read right before too)
      ['id,te"xt,text\nr1,x "y,hel\rlo\nr2,z,bye\n', '\n'], // LF file: the CR is text, not the file's line end
      ['id,te"xt,text\r\nr1,x "y,hello\rworld\r\nr2,z,bye\r\n', '\r\n'], // CRLF file: a CR within a field is text
      ['id,text,a"b\r\r\nr1,hello,"c\rd"\r\r\nr2,bye,e\r\r\n', '\r\r\n'], // a file converted twice: the CR inside "c\rd" is text
      ['a""b,"c""d""\ne"" f",id,text\nx,y,r1,hello\nx,y,r2,bye\n', '\n'], // "" in and out of quotes, all as csv-parse reads them
    ] as const) {
      const want = csvParseAlone(Buffer.from(csv), ',', lineEnd)!.map((r) => [r.line, r.fields.id, r.fields.text]);
      expect(want.map((r) => r[1])).toEqual(['r1', 'r2']);
      expect(new LineEndSniffer(',').sniff(Buffer.from(csv), true), JSON.stringify(csv)).toEqual(LINE_ENDS[lineEnd]);
      for (const size of [1, 2, 7, 1000]) {
        const rs = await all(readCsv(chunked(csv, size)));
        expect(rs.map((r) => [r.line, r.fields?.id, r.fields?.text]), `${JSON.stringify(csv)} chunk ${size}`).toEqual(want);
      }
    }
    // another delimiter: a quote after a comma is not at a field's start, so it is text
    const semi = 'id;a,"b;text\rr1;x;hello\rr2;y;bye\r';
    expect(fields(await all(readCsv(chunked(semi), { delimiter: ';' })))).toEqual([
      { id: 'r1', 'a,"b': 'x', text: 'hello' },
      { id: 'r2', 'a,"b': 'y', text: 'bye' },
    ]);
  });

  // A quote that opens a header field and closes lines later takes the records in between into the
  // header. Its names then hold posts, and the messages that list the columns go to stderr (job logs):
  // they show the names as far as the header's first line goes, never what lies past its line break.
  it('lists only the header\'s first line in its messages, never the records a quote in it took in', async () => {
    const warnings: string[] = [];
    await all(readCsv(chunked('id,"note\nr1,rahasia zzqmarker,a\nr2,zzqmarker b",x\n'), { onWarning: (w) => warnings.push(w) }));
    expect(warnings).toEqual(['no records were read, but the CSV header (line 1) runs on to line 3: a quote in it opened a field that holds those lines (columns: "id", "note…", 1 more)']);
    const missing = all(readCsv(chunked('id,"body\n1,rahasia zzqmarker\n2,zzqmarker lagi",x\n3,y,z\n'), { requiredColumns: [{ column: 'text', flag: 'text-field' }] }));
    await expect(missing).rejects.toThrow(/^the CSV header has no column "text" \(columns: id, body…, 1 more\); /);
    await expect(missing).rejects.not.toThrow(/zzqmarker/);
  });

  it('warns when no record was read: the header ran on over more lines (a quote in it took in the data), or stands alone', async () => {
    const warned = async (csv: string) => {
      const warnings: string[] = [];
      const rs = await all(readCsv(chunked(csv), { onWarning: (w) => warnings.push(w) }));
      return { n: rs.length, warnings };
    };
    expect(await warned('id,text,"note\nr1,hello,a\nr2,bye,b"\n\n')).toEqual({
      n: 0,
      warnings: ['no records were read, but the CSV header (line 1) runs on to line 3: a quote in it opened a field that holds those lines (columns: "id", "text", "note…")'],
    });
    // a header alone that holds a quoted line break is such a header too (it may have taken in a line)
    expect((await warned('id,"te\nxt"\n')).warnings).toEqual([expect.stringMatching(/^no records were read, but the CSV header \(line 1\) runs on to line 2/)]);
    // a quoted line break in a header with records after it: no warning; nothing at all is for the job to say
    for (const csv of ['id,"te\nxt"\nr1,hello\n', '']) expect((await warned(csv)).warnings, JSON.stringify(csv)).toEqual([]);
    // a header alone, or with empty lines after it: an export of nothing, said so
    for (const [csv, line] of [['id,text\n', 1], ['id,text', 1], ['id,text\n\n\n', 1], ['\n\nid,text\r\n\r\n', 3]] as const) {
      expect((await warned(csv)).warnings, JSON.stringify(csv)).toEqual([`no records were read: the CSV has its header (line ${line}; columns: "id", "text") and nothing after it`]);
    }
  });

  it("reads Excel's Unicode text (UTF-16LE with a BOM, CRLF, tabs) without stray line breaks in the fields", async () => {
    const text = 'id\ttext\r\na1\tAyo coblos nomor 2 ya\r\na2\tRapat koordinasi \u{1F64F}\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const size of [1, 2, 3, 1000]) {
      const rs = await all(readCsv(chunked(utf16, size), { delimiter: '\t' }));
      expect(rs.map((r) => [r.n, r.line, r.fields?.id, r.fields?.text]), `chunk ${size}`).toEqual([
        [1, 2, 'a1', 'Ayo coblos nomor 2 ya'],
        [2, 3, 'a2', 'Rapat koordinasi \u{1F64F}'],
      ]);
    }
  });

  it('reads UTF-16BE with a BOM (FE FF), a code unit or surrogate pair split over chunks', async () => {
    const text = 'id,text\r\nb1,"Sore ini hujan, jalan ke Cibubur macet \u{1F327}\u{FE0F}"\r\nb2,Selamat pagi Bu Lurah \u{1F64F}\u{1F64F}\r\n';
    const data = utf16be(text);
    const want = [[1, 2, 'b1', 'Sore ini hujan, jalan ke Cibubur macet \u{1F327}\u{FE0F}'], [2, 3, 'b2', 'Selamat pagi Bu Lurah \u{1F64F}\u{1F64F}']];
    for (const size of [1, 2, 3, 5, 1000]) {
      const rs = await all(readCsv(chunked(data, size)));
      expect(rs.map((r) => [r.n, r.line, r.fields?.id, r.fields?.text]), `chunk ${size}`).toEqual(want);
    }
    const rand = mulberry32(31);
    for (let k = 0; k < 20; k++) expect((await all(readCsv(randomChunks(data, rand)))).map((r) => [r.n, r.line, r.fields?.id, r.fields?.text])).toEqual(want);
    // with an Excel sep line, and tabs
    const sep = utf16be('sep=\t\r\nid\ttext\r\nb3\tSalam dari Medan \u{1F600}\r\n');
    for (const size of [1, 3, 1000]) expect((await all(readCsv(chunked(sep, size)))).map((r) => [r.line, r.fields?.text])).toEqual([[3, 'Salam dari Medan \u{1F600}']]);
  });

  it('finds the line ends outside quotes, however the input is cut', async () => {
    const long = 'x'.repeat(3000);
    for (const csv of [
      `id,text,"catatan\nlain"\r1,ayo coblos nomor dua\r2,rapat dinas\r`, // CR-only, LF in a quoted header cell
      `id,text,"a\rb"\r\n1,ayo coblos nomor dua\r\n2,rapat dinas\r\n`, // CRLF, CR in a quoted header cell
      `id,text,"${long}"\r\n1,ayo coblos nomor dua\r\n2,rapat dinas\r\n`, // a long first line
      `id,text,"${long}"\r1,ayo coblos nomor dua\r2,rapat dinas\r`,
    ]) {
      for (const size of [1, 7, 1000, 100_000]) {
        if (size === 1 && csv.length > 100) continue;
        const rs = await all(readCsv(chunked(csv, size)));
        expect(rs.map((r) => [r.fields?.id, r.fields?.text]), `${JSON.stringify(csv.slice(0, 30))} chunk ${size}`).toEqual([
          ['1', 'ayo coblos nomor dua'],
          ['2', 'rapat dinas'],
        ]);
      }
    }
  });

  it("takes Excel's sep= first line as the delimiter, counting its line, in any chunking", async () => {
    const rand = mulberry32(23);
    for (const [csv, delimiter, lines] of [
      ['sep=;\r\nid;text\r\na1;Ayo, coblos nomor 2\r\n\r\na2;"rapat\r\ndinas"\r\na3;akhir\r\n', ';', [3, 5, 7]],
      ['"sep=;"\nid;text\na1;Ayo, coblos nomor 2\n\na2;"rapat\ndinas"\na3;akhir', ';', [3, 5, 7]],
      ['\uFEFFsep=\t\nid\ttext\na1\tAyo, coblos nomor 2\n\na2\t"rapat\ndinas"\na3\takhir\n', '\t', [3, 5, 7]],
      ['sep=|\rid|text\ra1|Ayo, coblos nomor 2\r\ra2|"rapat\rdinas"\ra3|akhir\r', '|', [3, 5, 7]],
      ['sep=¦\r\r\nid¦text\r\r\na1¦Ayo, coblos nomor 2\r\r\n\r\r\na2¦"rapat\r\r\ndinas"\r\r\na3¦akhir\r\r\n', '¦', [3, 5, 7]],
      ['sep=,\nid,text\na1,"Ayo, coblos nomor 2"\n\na2,"rapat\ndinas"\na3,akhir\n', ',', [3, 5, 7]],
    ] as const) {
      const sizes = [1, 2, 3, 7, 1000, 1 + Math.floor(rand() * 9), 1 + Math.floor(rand() * 9)];
      for (const size of sizes) {
        const rs = await all(readCsv(chunked(csv, size)));
        const text = csv.includes('\r\r\n') ? 'rapat\r\r\ndinas' : csv.includes('\r\n') ? 'rapat\r\ndinas' : csv.includes('\r') ? 'rapat\rdinas' : 'rapat\ndinas';
        expect(rs.map((r) => [r.n, r.line, r.fields?.id, r.fields?.text]), `${JSON.stringify(csv.slice(0, 12))} chunk ${size}`).toEqual([
          [1, lines[0], 'a1', 'Ayo, coblos nomor 2'],
          [2, lines[1], 'a2', text],
          [3, lines[2], 'a3', 'akhir'],
        ]);
      }
      // the same delimiter given as a flag is fine; another is bad usage naming both
      expect((await all(readCsv(chunked(csv), { delimiter, delimiterGiven: true }))).map((r) => r.fields?.id)).toEqual(['a1', 'a2', 'a3']);
      const other = delimiter === ';' ? ',' : ';';
      await expect(all(readCsv(chunked(csv), { delimiter: other, delimiterGiven: true }))).rejects.toThrow(
        new BatchUsageError(`the CSV's first line ${JSON.stringify(csv.replace(/^\uFEFF/, '').split(/\r|\n/)[0])} sets the delimiter ${JSON.stringify(delimiter)}, but --delimiter gives ${JSON.stringify(other)}; drop --delimiter, or fix or delete that first line`),
      );
      // a default delimiter (not given) gives way to the sep line
      expect((await all(readCsv(chunked(csv), { delimiter: '\t' }))).map((r) => r.fields?.id)).toEqual(['a1', 'a2', 'a3']);
    }
    // Excel's "Unicode text" with a sep line
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sep=;\r\nid;text\r\nb1;Salam dari Medan\r\n', 'utf16le')]);
    for (const size of [1, 3, 1000]) {
      expect((await all(readCsv(chunked(utf16, size)))).map((r) => [r.line, r.fields?.text])).toEqual([[3, 'Salam dari Medan']]);
    }
    // not a sep line: two characters, something after it, upper case, a quote as the delimiter; a sep line alone
    for (const [csv, header] of [
      ['sep=;;\nb1\n', ['sep=;;']],
      ['sep=;,text\nb1,halo\n', ['sep=;', 'text']],
      ['SEP=;\nb1\n', ['SEP=;']],
      ['sep="\nb1\n', ['sep="']],
    ] as const) {
      const rs = await all(readCsv(chunked(csv, 1)));
      expect(Object.keys(rs[0]?.fields ?? {}), JSON.stringify(csv)).toEqual(header);
    }
    for (const csv of ['sep=;', 'sep=;\r\n', 'sep=;\r\nid;text\r\n']) expect(await all(readCsv(chunked(csv, 1)))).toEqual([]);
  });

  it('keeps stray and undoubled quotes as text (relax_quotes)', async () => {
    const rs = await all(readCsv(chunked('id,text\n1,kata "dia" tadi\n2,"tutup "salah" lagi",x\n')));
    expect(rs.map((r) => r.fields?.text)).toEqual(['kata "dia" tadi', '"tutup "salah" lagi"']);
    expect(rs.every((r) => r.error === undefined)).toBe(true);
  });

  it('skips empty lines without counting them and reports the right start lines', async () => {
    const rs = await all(readCsv(chunked('id,text\n\n1,a\n\n\n2,"b\nc"\n3,d\n')));
    expect(rs.map((r) => [r.n, r.line, r.fields?.id])).toEqual([[1, 3, '1'], [2, 6, '2'], [3, 8, '3']]);
  });

  it('tolerates short and long rows (relax_column_count)', async () => {
    const rs = await all(readCsv(chunked('id,text,author\n1\n2,b,c,extra\n')));
    expect(fields(rs)).toEqual([{ id: '1' }, { id: '2', text: 'b', author: 'c' }]);
  });

  it('uses another delimiter and trims header names', async () => {
    const rs = await all(readCsv(chunked(' id ;\ttext\n7;halo, dunia\n'), { delimiter: ';', requiredColumns: [{ column: 'text', flag: 'text-field' }] }));
    expect(fields(rs)).toEqual([{ id: '7', text: 'halo, dunia' }]);
    const tsv = await all(readCsv(chunked('id\ttext\n8\tpakai, koma\n'), { delimiter: '\t' }));
    expect(fields(tsv)).toEqual([{ id: '8', text: 'pakai, koma' }]);
  });

  it('decodes invalid UTF-8 as U+FFFD and keeps mojibake text as it is', async () => {
    const bad = Buffer.concat([Buffer.from('id,text\n1,caf'), Buffer.from([0xe9, 0xff]), Buffer.from('\n2,Ã¢â‚¬Å“coblosÃ¢â‚¬Â 02\n')]);
    const rs = await all(readCsv(chunked(bad, 5)));
    expect(rs[0].fields?.text).toBe('caf\uFFFD\uFFFD');
    expect(rs[1].fields?.text).toBe('Ã¢â‚¬Å“coblosÃ¢â‚¬Â 02');
  });

  it('marks the records whose bytes are not UTF-8 (a Windows-1252 export), not a U+FFFD that is valid UTF-8, however the input is cut', async () => {
    const w1252 = (s: string) => Buffer.from(s, 'latin1'); // each character one byte, as Windows-1252 writes é
    const data = Buffer.concat([
      Buffer.from('id,te'), w1252('\xe9'), Buffer.from('xt,text\r\n'), // a bad byte in the header is no record's
      Buffer.from('c1,,Jalan santai bareng warga \u{1F6B6}\u{1F3FD}\r\n'),
      Buffer.from('c2,,Kata Pak Camat '), w1252('\x93siap menang\x94'), Buffer.from('\r\n'),
      Buffer.from('c3,,Tanda \uFFFD ini memang ada di teks\r\n'),
      Buffer.from('c4,,"Kopi '), w1252('caf\xe9'), Buffer.from('\r\nenak sekali"\r\n'),
      Buffer.from('c5,,Mantap '), Buffer.from([0xe2, 0x82]), // a character cut short by the end of the input
    ]);
    const want = [['c1', false], ['c2', true], ['c3', false], ['c4', true], ['c5', true]];
    const rand = mulberry32(41);
    for (const size of [1, 2, 3, 7, 1000, 0]) {
      const rs = await all(readCsv(size ? chunked(data, size) : randomChunks(data, rand)));
      expect(rs.map((r) => [r.fields?.id, r.notUtf8 === true]), `chunk ${size}`).toEqual(want);
      expect(rs[1].fields?.text).toBe('Kata Pak Camat \uFFFDsiap menang\uFFFD');
    }
    // a valid file: none
    for (const size of [1, 5, 1000]) {
      expect((await all(readCsv(chunked('id,text\nc6,Salam \u{1F64F} dari Bandung\nc7,Tanda \uFFFD juga\n', size)))).some((r) => r.notUtf8)).toBe(false);
    }
  });

  it('marks UTF-16 records with an unpaired surrogate or an odd last byte (LE and BE, CSV and JSONL), not a whole pair, however the input is cut', async () => {
    // u1: lone high; u2: a pair; u3: lone low; u4: U+FFFD itself; u5: a high surrogate before another; u6: cut to an odd byte
    const text = 'id,text\r\nu1,Rapat \uD83D jam 8\r\nu2,Salam \u{1F64F}\r\nu3,\uDE4F Kerja bakti\r\nu4,Tanda \uFFFD asli\r\nu5,Dua \uD83D\uD83D\uDE4F\r\nu6,Mantap';
    const want = [['u1', true, 'Rapat \uFFFD jam 8'], ['u2', false, 'Salam \u{1F64F}'], ['u3', true, '\uFFFD Kerja bakti'], ['u4', false, 'Tanda \uFFFD asli'], ['u5', true, 'Dua \uFFFD\u{1F64F}'], ['u6', true, 'Mantap\uFFFD']];
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le'), Buffer.from([0x41])]);
    const be = Buffer.concat([utf16be(text), Buffer.from([0x00])]);
    const rand = mulberry32(47);
    for (const data of [le, be]) {
      for (const size of [1, 2, 3, 5, 1000, 0]) {
        const rs = await all(readCsv(size ? chunked(data, size) : randomChunks(data, rand)));
        expect(rs.map((r) => [r.fields?.id, r.notUtf8 === true, r.fields?.text]), `chunk ${size}`).toEqual(want);
      }
    }
    const lines = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"j1","text":"Rapat \uD83D"}\n{"id":"j2","text":"Salam \u{1F64F}"}\n', 'utf16le')]);
    for (const size of [1, 3, 1000]) {
      expect((await all(readJsonl(chunked(lines, size)))).map((r) => [JSON.parse(r.json!).text, r.notUtf8 === true]), `chunk ${size}`).toEqual([['Rapat \uFFFD', true], ['Salam \u{1F64F}', false]]);
    }
  });

  it('reports an unclosed quote at the end as one bad record, not a failure', async () => {
    const rs = await all(readCsv(chunked('id,text\n1,ok\n2,"tidak ditutup\n3,lagi\n')));
    expect(rs).toHaveLength(2);
    expect(rs[0].fields).toEqual({ id: '1', text: 'ok' });
    expect(rs[1]).toMatchObject({ n: 2, line: 3 });
    expect(rs[1].error).toMatch(/never closed/);
    expect(rs[1].fatal).toBeUndefined();
  });

  it('reports a record over the size limit as one bad record and reads on after it, however it is cut', async () => {
    const long = 'x'.repeat(5000);
    const tooLong = 'record is longer than 1000 bytes';
    for (const [csv, want] of [
      // an unquoted field, then a quoted one with a line break in the same record
      [`id,text\n1,ok\n2,${long},"a\nb"\n3,after\n`, [[1, 2, 'ok'], [2, 3, tooLong], [3, 5, 'after']]],
      // a quoted field with line breaks and doubled quotes, closed
      [`id,text\r\n1,ok\r\n2,"${'y ""z""\r\n'.repeat(600)}"\r\n3,after\r\n`, [[1, 2, 'ok'], [2, 3, tooLong], [3, 604, 'after']]],
      // a stray quote at a field's start runs on to the next quote (relax_quotes), as csv-parse reads it
      [`id,text\n1,"${long}\n2,x\n3,"ok"\n4,after\n`, [[1, 2, tooLong], [2, 5, 'after']]],
      // old Mac line ends; the last record has no line end
      [`id,text\r1,ok\r2,${long}\r3,"a\rb"\r4,${long}`, [[1, 2, 'ok'], [2, 3, tooLong], [3, 4, 'a\rb'], [4, 6, tooLong]]],
      // at the end of the input inside quotes: never closed
      [`id,text\n1,ok\n2,"${long}\n`, [[1, 2, 'ok'], [2, 3, 'quoted field is never closed (the record runs to the end of the input)']]],
      // exactly the limit is allowed, one byte more is not (bytes of the line without its end)
      [`id,text\n1,${'é'.repeat(499)}\n2,${'x'.repeat(999)}\n3,ok\n`, [[1, 2, 'é'.repeat(499)], [2, 3, tooLong], [3, 4, 'ok']]],
    ] as const) {
      for (const size of [7, 333, 4096, 100_000]) {
        const rs = await all(readCsv(chunked(csv, size), { maxRecordBytes: 1000 }));
        expect(rs.map((r) => [r.n, r.line, r.error ?? r.fields?.text]), `${JSON.stringify(csv.slice(0, 40))} chunk ${size}`).toEqual(want);
        expect(rs.some((r) => r.fatal)).toBe(false);
      }
    }
  });

  it('fails on a header over the size limit: no record can be read without it', async () => {
    await expect(all(readCsv(chunked(`id,"${'x'.repeat(5000)}\n1,ok\n`, 512), { maxRecordBytes: 1000 }))).rejects.toThrow(/^unreadable CSV: the CSV header \(line 1\): quoted field is never closed/);
    await expect(all(readCsv(chunked(`id,${'x'.repeat(5000)}\n1,ok\n`, 512), { maxRecordBytes: 1000 }))).rejects.toThrow(/^unreadable CSV: the CSV header \(line 1\): record is longer than 1000 bytes/);
  });

  it('refuses a header without the text column', async () => {
    await expect(all(readCsv(chunked('id,body\n1,x\n'), { requiredColumns: [{ column: 'text', flag: 'text-field' }] }))).rejects.toThrow(BatchUsageError);
    await expect(all(readCsv(chunked('id,body\n'), { requiredColumns: [{ column: 'text', flag: 'text-field' }] }))).rejects.toThrow(/no column "text"/);
    expect(await all(readCsv(chunked(''), { requiredColumns: [{ column: 'text', flag: 'text-field' }] }))).toEqual([]);
    // Every column a flag names is checked, so a typo in --posted-at-field is not silently ignored;
    // a column named twice would otherwise be read from its last copy.
    const named = { requiredColumns: [{ column: 'text', flag: 'text-field' }, { column: 'createdAt', flag: 'posted-at-field' }] };
    await expect(all(readCsv(chunked('id,text,created_at\n1,x,2024-01-01\n'), named))).rejects.toThrow(/no column "createdAt".*--posted-at-field/);
    await expect(all(readCsv(chunked('id,text,text\n1,a,b\n'), { requiredColumns: [{ column: 'text', flag: 'text-field' }] }))).rejects.toThrow(/2 columns named "text"/);
    // the two usual causes are named: another delimiter (Excel's ;) and a name that differs in case
    const text = { requiredColumns: [{ column: 'text', flag: 'text-field' }] };
    await expect(all(readCsv(chunked('id;text\n1;x\n'), text))).rejects.toThrow(/\(columns: id;text\); the header reads as one column: if the file is ;-separated, give --delimiter ';'$/);
    await expect(all(readCsv(chunked('id\ttext\n1\tx\n'), text))).rejects.toThrow(/give --delimiter 'tab'$/);
    // a .tsv (tab by default) or a --delimiter given that is really comma-separated
    await expect(all(readCsv(chunked('id,text\n1,x\n'), { ...text, delimiter: '\t' }))).rejects.toThrow(/\(columns: id,text\); the header reads as one column: if the file is ,-separated, give --delimiter ','$/);
    await expect(all(readCsv(chunked('ID,Text\n1,x\n'), text))).rejects.toThrow(/\(columns: ID, Text\); names are matched exactly: use --text-field "Text"$/);
    // otherwise the hint says what to give the flag (it stopped at "use --text-field")
    const isi = { requiredColumns: [{ column: 'isi', flag: 'text-field' }] };
    await expect(all(readCsv(chunked('id,text,created_at\n1,halo,2024-01-01\n'), isi))).rejects.toThrow(/^the CSV header has no column "isi" \(columns: id, text, created_at\); use --text-field NAME with one of those columns$/);
    await expect(all(readCsv(chunked('id,text,created_at\n1,x,2024-01-01\n'), named))).rejects.toThrow(/\(columns: id, text, created_at\); use --posted-at-field NAME with one of those columns$/);
    // an optional column (the default id) may be missing, but not repeated
    const idOptional = { requiredColumns: [{ column: 'text', flag: 'text-field' }, { column: 'id', flag: 'id-field', optional: true }] };
    expect(fields(await all(readCsv(chunked('text\nhalo\n'), idOptional)))).toEqual([{ text: 'halo' }]);
    await expect(all(readCsv(chunked('id,text,id\n1,a,2\n'), idOptional))).rejects.toThrow(/2 columns named "id"/);
  });
});

describe('JSONL reader', () => {
  it('splits lines across chunks, strips BOM and CR, and skips blank lines without numbering them', async () => {
    const data = '\uFEFF{"id":"a","text":"satu"}\r\n\r\n   \n{"text":"dua 🙏"}\n{"text":"tiga"}';
    for (const size of [1, 2, 5, 1000]) {
      const rs = await all(readJsonl(chunked(data, size)));
      expect(rs.map((r) => [r.n, r.line]), `chunk ${size}`).toEqual([[1, 1], [2, 4], [3, 5]]);
      expect(rs.map((r) => JSON.parse(r.json!).text)).toEqual(['satu', 'dua 🙏', 'tiga']);
    }
  });

  it('reads UTF-16LE with a BOM (PowerShell\'s `>` writes it) as the CSV reader does, not as lines of NUL-riddled invalid JSON', async () => {
    const text = '{"id":"a1","text":"Ayo coblos nomor 2 ya"}\r\n\r\n{"id":"a2","text":"Rapat koordinasi \u{1F64F}"}\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const size of [1, 2, 3, 1000]) {
      const rs = await all(readJsonl(chunked(utf16, size)));
      expect(rs.map((r) => [r.n, r.line, r.error, JSON.parse(r.json ?? 'null')?.text]), `chunk ${size}`).toEqual([
        [1, 1, undefined, 'Ayo coblos nomor 2 ya'],
        [2, 3, undefined, 'Rapat koordinasi \u{1F64F}'],
      ]);
    }
  });

  it('reads UTF-16BE with a BOM (FE FF) as it reads UTF-16LE, however the input is cut', async () => {
    const text = '{"id":"b1","text":"Sore ini hujan di Cibubur \u{1F327}\u{FE0F}"}\r\n\r\n{"id":"b2","text":"Selamat pagi Bu Lurah \u{1F64F}"}\n';
    const data = utf16be(text);
    const want = [[1, 1, undefined, 'Sore ini hujan di Cibubur \u{1F327}\u{FE0F}'], [2, 3, undefined, 'Selamat pagi Bu Lurah \u{1F64F}']];
    const read = async (chunks: AsyncGenerator<Buffer>) => (await all(readJsonl(chunks))).map((r) => [r.n, r.line, r.error, JSON.parse(r.json ?? 'null')?.text]);
    for (const size of [1, 2, 3, 5, 1000]) expect(await read(chunked(data, size)), `chunk ${size}`).toEqual(want);
    const rand = mulberry32(37);
    for (let k = 0; k < 20; k++) expect(await read(randomChunks(data, rand))).toEqual(want);
  });

  it('reads old Mac files (CR only), also with blank lines, LF rows appended and CRLF, numbering their lines', async () => {
    for (const data of [
      '\uFEFF{"id":"a","text":"satu"}\r\r   \r{"text":"dua 🙏"}\r{"text":"tiga"}',
      '\uFEFF{"id":"a","text":"satu"}\r\r   \n{"text":"dua 🙏"}\r\n{"text":"tiga"}\r', // CR, LF and CRLF each end a line
    ]) {
      for (const size of [1, 2, 5, 1000]) {
        const rs = await all(readJsonl(chunked(data, size)));
        expect(rs.map((r) => [r.n, r.line, JSON.parse(r.json!).text]), `${JSON.stringify(data)} chunk ${size}`).toEqual([
          [1, 1, 'satu'],
          [2, 4, 'dua 🙏'],
          [3, 5, 'tiga'],
        ]);
      }
    }
  });

  it('keeps a CR inside a line of an LF or CRLF file as JSON whitespace, not a line end', async () => {
    for (const data of ['{"id":"a","text":"satu"}\n{"text":"dua",\r"id":"b"}\r\r\n\r\n{"text":\r"tiga"}\n', '{"id":"a","text":"satu"}\r\n{"text":"dua",\r"id":"b"}\r\n\r\r\n{"text":\r"tiga"}']) {
      for (const size of [1, 2, 1000]) {
        const rs = await all(readJsonl(chunked(data, size)));
        expect(rs.map((r) => [r.n, r.line, r.json]), `${JSON.stringify(data)} chunk ${size}`).toEqual([
          [1, 1, '{"id":"a","text":"satu"}'],
          [2, 2, '{"text":"dua",\r"id":"b"}'],
          [3, 4, '{"text":\r"tiga"}'],
        ]);
        expect(rs.map((r) => parseJsonLine(r.json!))).toEqual([{ fields: { id: 'a', text: 'satu' } }, { fields: { text: 'dua', id: 'b' } }, { fields: { text: 'tiga' } }]);
      }
    }
  });

  it('tells the line ends from the first break even when a CR ends a chunk', async () => {
    async function* parts(...ps: string[]): AsyncGenerator<Buffer> {
      for (const p of ps) yield Buffer.from(p);
    }
    const read = async (...ps: string[]) => (await all(readJsonl(parts(...ps)))).map((r) => [r.line, r.json]);
    // CRLF cut between CR and LF: an LF file
    expect(await read('{"a":1}\r', '\n{"a":2}\r\n{"b":\r3}\r', '\n')).toEqual([[1, '{"a":1}'], [2, '{"a":2}'], [3, '{"b":\r3}']]);
    // CR CR LF (a CRLF file converted twice) cut after each byte: still one line end
    expect(await read('{"a":1}\r', '\r', '\n{"a":2}\r\r\n')).toEqual([[1, '{"a":1}'], [2, '{"a":2}']]);
    // CR then anything else: a CR file, whose CRLF cut between chunks is one line end
    expect(await read('{"a":1}\r', '{"a":2}\r', '\n{"a":3}')).toEqual([[1, '{"a":1}'], [2, '{"a":2}'], [3, '{"a":3}']]);
    expect(await read('{"a":1}\r', '\r', '{"a":2}\r')).toEqual([[1, '{"a":1}'], [3, '{"a":2}']]);
    // the input ends at the first CR, or at CR CR
    expect(await read('{"a":1}\r')).toEqual([[1, '{"a":1}']]);
    expect(await read('{"a":1}\r', '\r')).toEqual([[1, '{"a":1}']]);
    expect(await read('\r', '\r', '{"a":1}')).toEqual([[3, '{"a":1}']]);
  });

  it('reads the same lines as a whole-input split, for random input in any chunking', async () => {
    const rand = mulberry32(11);
    const alphabet = ['{"a":1}', 'x', ' ', 'é', '\uFEFF', '\r', '\r', '\n', '\r\n'];
    /** The reader's rule applied to the whole input at once: the first break decides the line ends. */
    const alone = (text: string, limit: number) => {
      const at = text.search(/[\r\n]/);
      const crFile = at !== -1 && text[at] === '\r' && !text.startsWith('\n', at + 1) && !text.startsWith('\r\n', at + 1);
      const want: [number, number, string][] = [];
      text.split(crFile ? /\r\n|\r|\n/ : '\n').forEach((raw, i) => {
        if (Buffer.byteLength(raw.replace(/\r{1,2}$/, '').replace(/^\uFEFF/, '')) > limit) return want.push([want.length + 1, i + 1, 'too long']); // nor the line end (LF, CRLF, CR CR LF) nor a BOM count
        const t = raw.replace(/\r+$/, '').replace(/^\uFEFF/, '');
        if (t.trim() !== '') want.push([want.length + 1, i + 1, t]);
      });
      return want;
    };
    for (let t = 0; t < 500; t++) {
      const text = Array.from({ length: Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const data = Buffer.from(text);
      for (const limit of [1000, 8]) {
        const want = alone(text, limit);
        const sizes = [1, 2, 3, 1000];
        for (let k = 0; k < 3; k++) sizes.push(1 + Math.floor(rand() * 12));
        for (const size of sizes) {
          const rs = await all(readJsonl(chunked(data, size), { maxLineBytes: limit }));
          expect(rs.map((r) => [r.n, r.line, r.error ? 'too long' : r.json]), `${JSON.stringify(text)} limit ${limit} chunk ${size}`).toEqual(want);
        }
        // chunks of random sizes within one input
        async function* randomly(): AsyncGenerator<Buffer> {
          for (let i = 0; i < data.length; ) {
            const n = 1 + Math.floor(rand() * 6);
            yield data.subarray(i, i + n);
            i += n;
          }
        }
        expect((await all(readJsonl(randomly(), { maxLineBytes: limit }))).map((r) => [r.n, r.line, r.error ? 'too long' : r.json]), JSON.stringify(text)).toEqual(want);
      }
    }
  });

  it('turns bad lines into errors without stopping', async () => {
    expect(parseJsonLine('{"text":"ok"}')).toEqual({ fields: { text: 'ok' } });
    expect(parseJsonLine('{"text": "potong')).toMatchObject({ error: expect.stringMatching(/^invalid JSON/) });
    expect(parseJsonLine('[1,2]')).toEqual({ error: 'not a JSON object (got an array)' });
    expect(parseJsonLine('null')).toEqual({ error: 'not a JSON object (got null)' });
    expect(parseJsonLine('"teks"')).toEqual({ error: 'not a JSON object (got string)' });
  });

  // The reasons go to the errors file and, without one, into the summary on stderr: V8's JSON.parse
  // messages quote the start of the line (`"{'text': 'r"...`), which is the post for a line that is
  // almost JSON, so only the position is kept, as the service's invalid-json detail does.
  it('never quotes the line in an invalid-JSON reason, only where it stops being JSON', () => {
    const lines: [string, string][] = [
      ["{'text': 'rahasia zzqmarker pilih 02'}", 'invalid JSON (error at position 1)'],
      ['rahasia zzqmarker pilih 02', 'invalid JSON (error at position 0)'],
      ['{"text":"rahasia zzqmarker"} zzqmarker', 'invalid JSON (error at position 29)'],
      ['{"text":"rahasia zzqmarker', 'invalid JSON (unexpected end of input at position 26)'],
      ['{text:"rahasia zzqmarker"}', 'invalid JSON (error at position 1)'],
    ];
    for (const [line, reason] of lines) expect(parseJsonLine(line), line).toEqual({ error: reason });
  });

  it('reports a line over the cap as one error record and carries on after it', async () => {
    const huge = `{"text":"${'x'.repeat(10_000)}"}`;
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      for (const data of [`{"text":"a"}${lineEnd}${huge}${lineEnd}{"text":"b"}${lineEnd}${huge}`, `${huge}${lineEnd}{"text":"a"}${lineEnd}`]) {
        const want = data.startsWith(huge)
          ? [[1, 1, 'line is longer than 4096 bytes'], [2, 2, 'a']]
          : [[1, 1, 'a'], [2, 2, 'line is longer than 4096 bytes'], [3, 3, 'b'], [4, 4, 'line is longer than 4096 bytes']];
        for (const size of [333, 4096, 100_000]) {
          const rs = await all(readJsonl(chunked(data, size), { maxLineBytes: 4096 }));
          expect(rs.map((r) => [r.n, r.line, r.error ?? JSON.parse(r.json!).text]), `${JSON.stringify(lineEnd)} chunk ${size}`).toEqual(want);
        }
      }
    }
  });

  it('does not count a CRLF line end or a BOM against the cap: a line of exactly the cap is read', async () => {
    const line = (bytes: number) => `{"text":"${'x'.repeat(bytes - 11)}"}`;
    for (const lineEnd of ['\n', '\r\n', '\r\r\n', '\r']) {
      const data = `\uFEFF${line(64)}${lineEnd}${line(65)}${lineEnd}{"text":"b"}${lineEnd}`; // nor does a BOM
      for (const size of [1, 7, 1000]) {
        const rs = await all(readJsonl(chunked(data, size), { maxLineBytes: 64 }));
        expect(rs.map((r) => r.error ?? JSON.parse(r.json!).text.length), `${JSON.stringify(lineEnd)} chunk ${size}`).toEqual([53, 'line is longer than 64 bytes', 1]);
      }
    }
  });

  it('streams past a 20 MB line under the default cap without keeping it', async () => {
    async function* big(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"text":"a"}\n{"text":"');
      const block = Buffer.alloc(1 << 20, 0x61);
      for (let i = 0; i < 20; i++) yield block;
      yield Buffer.from('"}\n{"text":"b"}\n');
    }
    const rs = await all(readJsonl(big()));
    expect(rs.map((r) => r.error ?? JSON.parse(r.json!).text)).toEqual(['a', expect.stringMatching(/^line is longer than/), 'b']);
  });

  it('marks the lines whose bytes are not UTF-8, not a U+FFFD that is valid UTF-8, however the input is cut', async () => {
    const data = Buffer.concat([
      Buffer.from('{"id":"j1","text":"Jalan santai \u{1F6B6}\u{1F3FD}"}\n'),
      Buffer.from('{"id":"j2","text":"Kata Pak Camat '), Buffer.from([0x93]), Buffer.from('siap'), Buffer.from([0x94]), Buffer.from('"}\r\n'),
      Buffer.from('{"id":"j3","text":"Tanda \uFFFD asli, \\ufffd juga"}\n'),
      Buffer.from('{"id":"j4","text":"Mantap '), Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from('"}'),
    ]);
    const rand = mulberry32(43);
    for (const size of [1, 2, 3, 7, 1000, 0]) {
      const rs = await all(readJsonl(size ? chunked(data, size) : randomChunks(data, rand)));
      expect(rs.map((r) => [JSON.parse(r.json!).id, r.notUtf8 === true]), `chunk ${size}`).toEqual([['j1', false], ['j2', true], ['j3', false], ['j4', true]]);
    }
  });

  it('decodes invalid UTF-8 bytes as U+FFFD', async () => {
    const data = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xc3]), Buffer.from('"}\n')]);
    const rs = await all(readJsonl(chunked(data, 3)));
    expect(JSON.parse(rs[0].json!).text).toBe('caf\uFFFD');
  });
});
