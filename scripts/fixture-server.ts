// Serves test pages on 127.0.0.1 only. Pages come from tests/fixtures or are registered inline by a test.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

export const FIXTURES_DIR = new URL('../tests/fixtures/', import.meta.url).pathname;

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Registers a page served at `path` (overrides a fixture file of that name). */
  page(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inline = pages.get(path);
    if (inline !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(inline);
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR) || !file.endsWith('.html')) {
      res.writeHead(404).end();
      return;
    }
    try {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  // Node closes an idle kept-alive connection after 5 s; a browser that reuses it at that moment gets a
  // reset and may show an error page. The tests' browsers close their connections when they quit.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    page: (path, html) => pages.set(`/${path.replace(/^\//, '')}`, html),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps its connections open for minutes; close would wait for them.
        server.closeAllConnections();
      }),
  };
}
