// The client a failed-key throttle counts. An IPv4 address is one client. An IPv6 client (a home line,
// a cloud VM) is given a whole /64 or more, so counted per address it could try 20 keys from each of
// 2^64 addresses, and a few thousand of them would push real counts out of the throttle's bounded
// memory: an IPv6 address is counted by its /64. IPv4-mapped addresses (a dual-stack socket) stay as they are.
import { isIPv6 } from 'node:net';

const MAPPED_IPV4 = /^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i;

/** `2001:db8:0:1::/64` for any address in that /64, however written; anything else unchanged. */
export function addressBucket(address: string): string {
  const bare = address.replace(/%.*$/, ''); // a link-local address's zone (fe80::1%eth0)
  if (!isIPv6(bare) || MAPPED_IPV4.test(bare)) return address;
  const [head, tail] = bare.toLowerCase().split('::');
  const groupsOf = (part: string | undefined): string[] => (part ? part.split(':') : []);
  const before = groupsOf(head);
  const after = groupsOf(tail).flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])); // an IPv4 tail is two groups
  const groups = tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after];
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
