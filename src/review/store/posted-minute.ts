// A posting time to the minute, as dedupe compares it: chats give the minute (an iOS export the
// seconds too, an Android one not), so a re-export of the same chat from another phone agrees.
const MINUTE_MS = 60_000;

/** `2029-11-01T01:00Z` for any time in that UTC minute; undefined for none or one that does not parse. */
export function postedMinute(postedAt: string | null | undefined): string | undefined {
  if (!postedAt) return undefined;
  const ms = Date.parse(postedAt);
  if (Number.isNaN(ms)) return undefined;
  return `${new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS).toISOString().slice(0, 16)}Z`;
}
