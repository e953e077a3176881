// `--posted-at-order dmy|mdy|ymd` for `score` and `explain`: the order of day, month and year in
// numeric posting dates (05/11/2024). `needs` is the flag that gives those times, as for the zone.
import { DATE_ORDERS, type DateOrder } from '../batch/date-order.js';
import { UsageError } from './command.js';

export const POSTED_AT_ORDER_HELP = 'numeric dates: dmy 29/11/2024 (the default), mdy 11/29/2024, ymd 24/11/29';

/** The order, or undefined when the flag is absent (day first, see parsePostedAt). */
export function postedAtOrderFlag(flag: string | undefined, needs: { name: string; given: boolean }): DateOrder | undefined {
  if (flag === undefined) return undefined;
  if (!needs.given) throw new UsageError(`--posted-at-order needs ${needs.name}`);
  const order = DATE_ORDERS.find((o) => o === flag.toLowerCase());
  if (order === undefined) throw new UsageError(`--posted-at-order must be one of ${DATE_ORDERS.join(', ')}; got ${JSON.stringify(flag)}`);
  return order;
}
