import { describe, expect, it } from 'vitest';
import { createHostAllowance, findForbiddenRange } from './address-policy.js';

describe('findForbiddenRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.8.9.10', 'loopback'], ['10.1.2.3', 'private'], ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'], ['192.168.0.1', 'private'], ['100.64.0.1', 'shared (CGNAT)'],
    ['169.254.169.254', 'link-local'], ['0.0.0.0', 'unspecified'], ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved'], ['::', 'unspecified'], ['::1', 'loopback'], ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'], ['fe80::1', 'link-local'], ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local'], ['localhost', 'not an IP address'],
  ])('%s is %s', (address, label) => {
    expect(findForbiddenRange(address)).toBe(label);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(findForbiddenRange(address)).toBeNull();
  });
});

describe('createHostAllowance', () => {
  const allowed = createHostAllowance(['127.0.0.1', 'Intranet.Example.', '*.corp.example', '[::1]']);
  it.each([
    ['127.0.0.1', true], ['intranet.example', true], ['INTRANET.example', true], ['a.corp.example', true],
    ['corp.example', false], ['evilcorp.example', false], ['::1', true], ['[::1]', true], ['127.0.0.2', false],
  ])('%s → %s', (host, expected) => {
    expect(allowed(host)).toBe(expected);
  });
});
