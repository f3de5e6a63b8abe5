import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { UsageError, type Values } from './errors.ts';
import { normaliseBase } from '../config/settings.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Maps a request path to a file in `root` under `base`, or null. Never leaves `root`. */
export function resolveRequest(root: string, base: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (!path.startsWith(base)) return null;
  const rel = normalize(path.slice(base.length)).replace(/^([/\\])+/, '');
  const full = resolve(root, rel);
  if (full !== root && !full.startsWith(root + sep)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(full) ? full : null;
}

/** `dossier serve`: a small static server for a built site, honouring its base path. */
export async function runServe(values: Values): Promise<number> {
  const root = resolve(typeof values['out'] === 'string' ? values['out'] : 'dist');
  if (!existsSync(root)) throw new UsageError(`no built site at ${root}: run dossier build first`);
  const base = normaliseBase(typeof values['base'] === 'string' ? values['base'] : '/');
  const port = Number(typeof values['port'] === 'string' ? values['port'] : 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number`);
  const host = typeof values['host'] === 'string' ? values['host'] : '127.0.0.1';
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const pathOnly = url.split('?')[0]!;
    if (pathOnly + '/' === base) {
      res.writeHead(301, { Location: base });
      res.end();
      return;
    }
    const file = resolveRequest(root, base, url);
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    if (statSync(file).isFile() && !pathOnly.endsWith('/') && extname(file) === '.html' && file.endsWith(`${sep}index.html`) && !pathOnly.endsWith('index.html')) {
      res.writeHead(301, { Location: `${pathOnly}/` });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ready) => server.listen(port, host, ready));
  process.stderr.write(`dossier: serving ${root} at http://${host}:${port}${base}\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      server.close(() => done());
      // A browser may hold keep-alive connections open; stopping must not wait for them.
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
