import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, relayedClient, STOREFRONT_TOKEN_HEADER } from './storefront-client.js';

const TOKEN = 'storefront-secret-of-at-least-32-characters';
const relay = (address: string | string[] | undefined, token: string | string[] | undefined) => ({ [CLIENT_ADDRESS_HEADER]: address, [STOREFRONT_TOKEN_HEADER]: token });

describe("the shopper's address relayed by the storefront", () => {
  it('is believed with the right token, IPv4 and IPv6, IPv4-mapped addresses unwrapped', () => {
    expect(relayedClient(relay('203.0.113.7', TOKEN), TOKEN)).toEqual({ address: '203.0.113.7', ignored: null });
    expect(relayedClient(relay('2001:db8::1', TOKEN), TOKEN)).toEqual({ address: '2001:db8::1', ignored: null });
    expect(relayedClient(relay('::ffff:198.51.100.4', TOKEN), TOKEN)).toEqual({ address: '198.51.100.4', ignored: null });
  });

  it('is ignored without a token, with a wrong one (any length), or when this API has none configured', () => {
    expect(relayedClient(relay('203.0.113.7', undefined), TOKEN)).toEqual({ address: null, ignored: 'missing token' });
    expect(relayedClient(relay('203.0.113.7', TOKEN.replace(/.$/, 'X')), TOKEN)).toEqual({ address: null, ignored: 'wrong token' });
    expect(relayedClient(relay('203.0.113.7', 'short'), TOKEN)).toEqual({ address: null, ignored: 'wrong token' });
    expect(relayedClient(relay('203.0.113.7', `${TOKEN}and-more`), TOKEN)).toEqual({ address: null, ignored: 'wrong token' });
    expect(relayedClient(relay('203.0.113.7', TOKEN), undefined)).toEqual({ address: null, ignored: 'no token configured' });
  });

  it('is ignored when it is not one IP address, or a header comes twice', () => {
    expect(relayedClient(relay('203.0.113.7, 198.51.100.1', TOKEN), TOKEN)).toEqual({ address: null, ignored: 'not an IP address' });
    expect(relayedClient(relay('localhost', TOKEN), TOKEN)).toEqual({ address: null, ignored: 'not an IP address' });
    expect(relayedClient(relay(['203.0.113.7', '198.51.100.1'], TOKEN), TOKEN)).toEqual({ address: null, ignored: 'not an IP address' });
    expect(relayedClient(relay('203.0.113.7', [TOKEN, TOKEN]), TOKEN)).toEqual({ address: null, ignored: 'missing token' });
  });

  it('is absent without the address header, token or not', () => {
    expect(relayedClient({ [STOREFRONT_TOKEN_HEADER]: TOKEN }, TOKEN)).toEqual({ address: null, ignored: null });
    expect(relayedClient({}, undefined)).toEqual({ address: null, ignored: null });
  });
});
