import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}
export class BadJsonError extends Error {}

/** Reads a request body up to `limit` bytes; JSON is parsed, other types are returned as text. */
export async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BadJsonError();
  }
}
