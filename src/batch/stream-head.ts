// Some steps need the input's first bytes before anything passes (a BOM, a compressed file's magic
// number, Excel's sep= line): hold them, across chunks, until the step can tell, then pass all on.

/**
 * The chunks, with the input's first bytes held until `decide` tells how many of them to drop (0:
 * none), or throws; it returns undefined while it needs more bytes (`ended`: no more will come).
 */
export async function* decideHead(chunks: AsyncIterable<Buffer>, decide: (head: Buffer, ended: boolean) => number | undefined): AsyncGenerator<Buffer> {
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const chunk of chunks) {
    if (head === undefined) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    const drop = decide(head, false);
    if (drop === undefined) continue;
    if (drop < head.length) yield head.subarray(drop);
    head = undefined;
  }
  if (head !== undefined && head.length > 0) {
    const drop = decide(head, true) ?? 0;
    if (drop < head.length) yield head.subarray(drop);
  }
}
