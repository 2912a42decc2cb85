// A tiny static server for the demo, on 127.0.0.1 only. `?csp=strict` sends a strict page CSP
// (default-src 'self') to prove the extension still works where blob: workers are blocked.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../demo');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };
const FACEBOOK_LIKE_CSP = "default-src * data: blob: 'self'; script-src *.facebook.com 'self' blob: 'unsafe-inline' 'unsafe-eval'; worker-src * blob:";

/** CSP reports the demo received (`?csp=report`): an extension must cause none. */
const reports = [];

export function startDemoServer(port = 0) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/csp-report' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      reports.push(body);
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/csp-reports') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(reports));
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (extname(file) === '.html') {
        const csp = url.searchParams.get('csp');
        // `report`: strict, and every violation is posted back here, as Facebook's report-uri would be.
        headers['content-security-policy'] = csp === 'strict' ? "default-src 'self'" : csp === 'report' ? "default-src 'self'; report-uri /csp-report" : FACEBOOK_LIKE_CSP;
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const arg = process.argv.indexOf('--port');
  const port = arg > 0 ? Number(process.argv[arg + 1]) : Number(process.env.PORT ?? 4817);
  const server = await startDemoServer(port);
  const { port: actual } = server.address();
  console.log(`Demo: http://127.0.0.1:${actual}/  (Bahasa Indonesia: /?lang=id, gelap: /?theme=dark, textarea: /textarea.html)`);
}
