// `--posted-at-zone ZONE` for `score` and `explain`: the zone of posting times written without one.
// `needs` is the flag that gives those times; without it the zone would silently do nothing.
import { parseZone } from '../batch/posted-at.js';
import { UsageError } from './command.js';

export const POSTED_AT_ZONE_HELP = 'zone of posting times written without one: +07:00, WIB, WITA, WIT, UTC';

/** Minutes east of UTC, or undefined when the flag is absent. */
export function postedAtZoneFlag(flag: string | undefined, needs: { name: string; given: boolean }): number | undefined {
  if (flag === undefined) return undefined;
  if (!needs.given) throw new UsageError(`--posted-at-zone needs ${needs.name}`);
  const zone = parseZone(flag);
  if (zone === undefined) throw new UsageError(`--posted-at-zone must be an offset such as +07:00 or one of WIB, WITA, WIT, UTC; got ${JSON.stringify(flag)}`);
  return zone;
}
