import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local page server whose pages a test can swap between visits (to simulate edits). */
export interface PageServer {
  origin: string;
  setPage(path: string, html: string): void;
  /** Every path requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves HTML from memory on 127.0.0.1 at a free port; never on any other address. */
export async function startPageServer(pages: Record<string, string> = {}): Promise<PageServer> {
  const routes = new Map(Object.entries(pages));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(req.url ?? '/');
    const html = routes.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, html) => routes.set(path, html),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
