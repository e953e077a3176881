// An audit entry's number (`seq`) as a URL names it (`/audit/12/items`): digits, no leading zero, a safe
// integer; anything else names no entry (a 404), never a database error.
export function auditSeqOf(raw: string): number | undefined {
  const seq = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(seq) ? seq : undefined;
}
