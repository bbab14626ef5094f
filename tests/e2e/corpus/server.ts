import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page the corpus server answers with, and any extra response headers (a CSP, say). */
export interface ServedPage {
  html: string;
  headers?: Record<string, string>;
}

/** Serves the corpus from memory on 127.0.0.1 (never any other address), logging each path. */
export async function serveCorpus(routes: Map<string, ServedPage>) {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const page = routes.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...page.headers,
      })
      .end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
