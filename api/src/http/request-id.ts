import { randomUUID } from 'node:crypto';

/** A request id a caller (the storefront, a load balancer) may hand us: a short token, nothing to inject into logs. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id: the incoming `x-request-id` when it is a sane token, else a new random one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}
