/**
 * IP addresses and CIDRs as the Kubernetes API server reads them in its legacy fields (Service
 * clusterIP, externalIPs, loadBalancerSourceRanges): Go's `net.ParseIP` before Go 1.17, which
 * k8s.io/utils/net keeps as ParseIPSloppy. Lenient on purpose: numbers may have leading zeros
 * ("010.0.0.1", "::0001"), a dotted IPv4 tail may end an IPv6 address; zones ("%eth0") are refused.
 */
export interface IpAddress {
  /** 4 for dotted IPv4 text, 6 for colon text (an IPv4-mapped "::ffff:1.2.3.4" is 6 here). */
  readonly family: 4 | 6;
  /** The 16 bytes of the address; an IPv4 address is stored IPv4-mapped (::ffff:a.b.c.d), as Go does. */
  readonly bytes: readonly number[];
}

const DIGITS = /^[0-9]+$/;
const HEX = /^[0-9A-Fa-f]+$/;

/** Parses an IP address, or returns null when the API server would not read it as one. */
export function parseIp(text: string): IpAddress | null {
  // Go decides by the first "." or ":" it meets.
  const dot = text.indexOf('.');
  const colon = text.indexOf(':');
  if (colon !== -1 && (dot === -1 || colon < dot)) {
    const bytes = parseIpv6(text);
    return bytes ? { family: 6, bytes } : null;
  }
  const v4 = parseIpv4(text);
  return v4 ? { family: 4, bytes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4] } : null;
}

/** Whether the text is a CIDR ("10.0.0.0/8", "2001:db8::/32") as Go's ParseCIDR reads it; host bits may be set. */
export function isCidr(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash === -1 || text.indexOf('/', slash + 1) !== -1) return false;
  const ip = parseIp(text.slice(0, slash));
  const prefix = text.slice(slash + 1);
  if (!ip || !DIGITS.test(prefix)) return false;
  return Number(prefix) <= (ip.family === 4 ? 32 : 128);
}

/**
 * What is special about an address, to follow "is" ("in the loopback range (127.0.0.0/8)"), for the ranges
 * the API server refuses in ValidateNonSpecialIP (unspecified, loopback, link-local, link-local
 * multicast), or undefined for an ordinary address.
 */
export function specialIpRange(ip: IpAddress): string | undefined {
  const b = ip.bytes;
  const v4 = b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;
  if (v4) {
    if (b[12] === 0 && b[13] === 0 && b[14] === 0 && b[15] === 0) return 'the unspecified address (0.0.0.0)';
    if (b[12] === 127) return 'in the loopback range (127.0.0.0/8)';
    if (b[12] === 169 && b[13] === 254) return 'in the link-local range (169.254.0.0/16)';
    if (b[12] === 224 && b[13] === 0 && b[14] === 0) return 'in the link-local multicast range (224.0.0.0/24)';
    return undefined;
  }
  if (b.every((x) => x === 0)) return 'the unspecified address (::)';
  if (b.slice(0, 15).every((x) => x === 0) && b[15] === 1) return 'the loopback address (::1)';
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return 'in the link-local range (fe80::/10)';
  if (b[0] === 0xff && (b[1]! & 0x0f) === 0x02) return 'in the link-local multicast range (ff02::/16)';
  return undefined;
}

function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const part of parts) {
    if (!DIGITS.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

function parseIpv6(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === '') return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (!v4) return null;
        out.push(v4[0]!, v4[1]!, v4[2]!, v4[3]!);
        continue;
      }
      if (!HEX.test(part)) return null;
      const n = parseInt(part, 16);
      if (n > 0xffff) return null;
      out.push(n >> 8, n & 0xff);
    }
    return out;
  };
  const head = groups(halves[0]!);
  if (!head) return null;
  if (halves.length === 1) return head.length === 16 ? head : null;
  // a dotted IPv4 part may only end the address
  if (halves[0]!.includes('.')) return null;
  const tail = groups(halves[1]!);
  // "::" stands for at least one zero group
  if (!tail || head.length + tail.length > 14) return null;
  return [...head, ...new Array<number>(16 - head.length - tail.length).fill(0), ...tail];
}
