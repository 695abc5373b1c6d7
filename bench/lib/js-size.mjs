/** JavaScript a page makes the browser download: every script and module preload in its HTML, gzip-compressed. */
import { gzipSync } from 'node:zlib';

export async function pageJavaScript(pageUrl) {
  const html = await (await fetch(pageUrl)).text();
  const srcs = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/import\("([^"]+\.js)"\)|import "([^"]+\.js)"/g)) srcs.add(m[1] ?? m[2]);
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.size, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}
