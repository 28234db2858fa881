import { describe, it, expect } from 'vitest';
import { inetNtoa } from './inet-ntoa';

describe('inet_ntoa', () => {
  it('writes the dotted quad of a host-order address, whatever its sign as a JS number', () => {
    expect(inetNtoa(0x0a000001)).toBe('10.0.0.1');
    expect(inetNtoa(-1)).toBe('255.255.255.255');
    expect(inetNtoa(0)).toBe('0.0.0.0');
  });
});
