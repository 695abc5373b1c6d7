import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DevMailbox } from './mail.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escapes the text, then turns http(s) links into anchors (the escaped URL is a valid attribute value). */
export function linkify(text: string): string {
  return escapeHtml(text).replace(/\bhttps?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`);
}

/**
 * GET /dev/mailbox: the development mailbox as a plain HTML page, newest first; `?to=<email>` shows one
 * recipient's mails, and `Accept: application/json` (or `?format=json`) gives them as
 * `{ "mails": [{ id, to, subject, text, sentAt }] }` for scripts and e2e tests. Mounted only outside
 * production (the app answers 404 there, see app.ts). Everything from the database is escaped.
 */
export function createMailboxHandler(mailbox: DevMailbox) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' });
      return res.end();
    }
    const to = url.searchParams.get('to')?.trim() || undefined;
    const mails = await mailbox.list({ limit: 100, to });
    if (url.searchParams.get('format') === 'json' || req.headers.accept?.includes('application/json')) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      return res.end(JSON.stringify({ mails }));
    }
    const items = mails
      .map(
        (m) => `<article>
<h2>${escapeHtml(m.subject)}</h2>
<p>To <b>${escapeHtml(m.to)}</b> · <time datetime="${new Date(m.sentAt).toISOString()}">${escapeHtml(new Date(m.sentAt).toISOString())}</time></p>
<pre>${linkify(m.text)}</pre>
</article>`,
      )
      .join('\n');
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dev mailbox</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}article{border-top:1px solid #ccc;padding:.5rem 0}pre{white-space:pre-wrap}</style>
</head><body><h1>Dev mailbox</h1><p>Mails the API would have sent (newest first, at most 100). Development only.</p>
${items || '<p>No mail yet.</p>'}
</body></html>`;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
    });
    res.end(html);
  };
}
