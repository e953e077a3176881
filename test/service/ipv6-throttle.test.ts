// One IPv6 client (a home line, a cloud VM) holds a /64 or more: counted per address, it could try
// 20 scoring keys from each of 2^64 addresses, and a few thousand addresses also pushed the real
// counts out of the throttle's bounded memory. An IPv6 client is counted by its /64.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/service/throttle.js';
import { postJson, startService, type TestService } from './helpers.js';

const KEY = 'ipv6-throttle-key-0123456789abc';
let svc: TestService;
beforeAll(async () => {
  svc = await startService({ config: { apiKeys: [KEY], trustProxy: ['loopback'] } });
});
afterAll(() => svc.close());

const from = (client: string, key: string) => postJson(`${svc.url}/v1/score`, { text: 'ayo' }, { authorization: `Bearer ${key}`, 'x-forwarded-for': client });

describe('the failed-key throttle and IPv6 clients', () => {
  it('counts the addresses of one /64 as one client, and refuses the next of them', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 20; i++) statuses.push((await from(`2001:db8:aa:1::${i.toString(16)}`, 'wrong-key-wrong-key-wrong')).status);
    expect(statuses).toEqual(Array(20).fill(401));
    expect((await from('2001:db8:aa:1:ffff:1:2:3', KEY)).status).toBe(429);
    expect((await from('2001:db8:aa:2::1', KEY)).status).toBe(200); // another /64
    expect((await from('192.0.2.7', KEY)).status).toBe(200);
  });

  it('names a /64 by its prefix, whatever the spelling; IPv4 and IPv4-mapped addresses as they are', () => {
    const of = (ip: string) => clientAddress({ ip });
    expect(of('2001:db8:0:1::5')).toBe(of('2001:0DB8:0000:0001:abcd:0:0:9'));
    expect(of('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
    expect(of('2001:db8:0:2::5')).not.toBe(of('2001:db8:0:1::5'));
    expect(of('::1')).toBe('0:0:0:0::/64');
    expect(of('192.0.2.1')).toBe('192.0.2.1');
    expect(of('::ffff:192.0.2.1')).toBe('::ffff:192.0.2.1');
    expect(of('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
