/**
 * Opaque global IDs for `Node`: base64url("<Type>:<database id>"). Clients must not parse them; the
 * type name lets `node(id)` route to the right service.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return null;
  return { type: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
}

/** The database id inside `globalId` when it names an object of `type`; null for malformed or other-type ids. */
export function localIdOf(globalId: string, type: string): string | null {
  const ref = fromGlobalId(globalId);
  return ref?.type === type ? ref.id : null;
}
