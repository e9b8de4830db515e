/**
 * Which network addresses the fetcher may connect to. Private, loopback, link-local (which holds the
 * cloud metadata address 169.254.169.254), carrier-grade NAT, multicast and reserved ranges are
 * refused unless the host or the address is listed in `INGEST_ALLOW_HOSTS`: a URL pasted in chat
 * must never make the bot read the newsroom's own network. Built on Node's `net.BlockList`.
 */
import dns from 'node:dns';
import net from 'node:net';
import { IngestError } from './errors.ts';

const BLOCKED = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(prefix, bits, 'ipv4');
for (const [prefix, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const)
  BLOCKED.addSubnet(prefix, bits, 'ipv6');

/** True for an address the bot must not reach unless allowed (IPv4-mapped and NAT64 IPv6 read as their IPv4). */
export function isBlockedAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
  if (embedded) return BLOCKED.check(embedded, 'ipv4');
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mappedHex) {
    const n = (parseInt(mappedHex[1] ?? '0', 16) << 16) | parseInt(mappedHex[2] ?? '0', 16);
    return BLOCKED.check([24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.'), 'ipv4');
  }
  return BLOCKED.check(address, 'ipv6');
}

/** A host name as URLs carry it, without IPv6 brackets, lower-cased. */
export function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** Refuses `address` for `host` unless one of them is allowed. */
export function checkAddress(host: string, address: string, allowHosts: ReadonlySet<string>): void {
  if (allowHosts.has(bareHost(host)) || allowHosts.has(address.toLowerCase())) return;
  if (isBlockedAddress(address)) throw new IngestError('private_address', { host: bareHost(host), address });
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `http.request` that resolves as usual, then refuses blocked addresses: the check is
 * made on the very address the socket connects to, so a name that resolves differently the second
 * time (DNS rebinding) cannot slip through. (Node skips `lookup` for IP literals: `checkAddress` them first.)
 */
export function guardedLookup(allowHosts: ReadonlySet<string>) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      try {
        for (const a of addresses) checkAddress(hostname, a.address, allowHosts);
      } catch (refusal) {
        return callback(refusal as NodeJS.ErrnoException, '');
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
}
