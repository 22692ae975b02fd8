import { describe, expect, it } from 'vitest';
import { isCidr, parseIp, specialIpRange } from '../../src/core/ip';

describe('IP addresses as the API server reads them (Go ParseIPSloppy)', () => {
  it.each([
    ['10.0.0.1', 4],
    ['010.000.000.001', 4],
    ['255.255.255.255', 4],
    ['2001:db8::1', 6],
    ['::', 6],
    ['::1', 6],
    ['1::', 6],
    ['fe80::0001', 6],
    ['1:2:3:4:5:6:7:8', 6],
    ['::ffff:10.0.0.1', 6],
    ['64:ff9b::192.0.2.33', 6],
    ['1:2:3:4:5:6:1.2.3.4', 6],
    ['2001:DB8::ABCD', 6],
  ])('%s is an IPv%i address', (text, family) => {
    expect(parseIp(text)?.family).toBe(family);
  });

  it.each([
    '',
    'None',
    'example.com',
    '10.0.0',
    '10.0.0.1.2',
    '10.0.0.256',
    '10.0.0.-1',
    '10.0.0.1/32',
    '10.0.0.1:80',
    ' 10.0.0.1',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4::5:6:7:8',
    '1::2::3',
    ':1::',
    '1:::2',
    '12345::',
    'g::1',
    'fe80::1%eth0',
    '1.2.3.4::',
    '::1.2.3',
  ])('%j is not an IP address', (text) => {
    expect(parseIp(text)).toBeNull();
  });

  it('stores addresses as 16 bytes, IPv4 mapped, with "::" expanded', () => {
    expect(parseIp('10.1.2.3')?.bytes).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 10, 1, 2, 3]);
    expect(parseIp('2001:db8::1')?.bytes).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIp('::ffff:10.1.2.3')?.bytes).toEqual(parseIp('10.1.2.3')?.bytes);
  });

  it.each([
    ['10.0.0.0/8', true],
    ['10.0.0.1/24', true],
    ['0.0.0.0/0', true],
    ['192.168.0.0/032', true],
    ['2001:db8::/32', true],
    ['::/0', true],
    ['::1/128', true],
    ['10.0.0.0', false],
    ['10.0.0.0/33', false],
    ['10.0.0.0/', false],
    ['10.0.0.0/8/8', false],
    ['10.0.0.0/-1', false],
    ['2001:db8::/129', false],
    ['example.com/8', false],
    ['any', false],
  ])('CIDR %s: %s', (text, expected) => {
    expect(isCidr(text)).toBe(expected);
  });

  it.each([
    ['0.0.0.0', 'the unspecified address (0.0.0.0)'],
    ['127.0.0.1', 'in the loopback range (127.0.0.0/8)'],
    ['::ffff:127.0.0.1', 'in the loopback range (127.0.0.0/8)'],
    ['169.254.169.254', 'in the link-local range (169.254.0.0/16)'],
    ['224.0.0.251', 'in the link-local multicast range (224.0.0.0/24)'],
    ['::', 'the unspecified address (::)'],
    ['::1', 'the loopback address (::1)'],
    ['fe80::1', 'in the link-local range (fe80::/10)'],
    ['febf::1', 'in the link-local range (fe80::/10)'],
    ['ff02::fb', 'in the link-local multicast range (ff02::/16)'],
    ['10.0.0.1', undefined],
    ['224.0.1.1', undefined],
    ['128.0.0.1', undefined],
    ['fec0::1', undefined],
    ['ff05::1', undefined],
    ['::2', undefined],
    ['2001:db8::1', undefined],
  ])('%s is %s', (text, range) => {
    expect(specialIpRange(parseIp(text)!)).toBe(range);
  });
});
