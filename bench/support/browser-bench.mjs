// What the browser benchmarks share: a loopback server for dist/ and a generated page, the
// project's Chromium, and the figures they print.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves `html` at /, any extra files at their paths (`{ '/data.json': absolutePath }`), and
 * dist/ below, on 127.0.0.1 and an ephemeral port.
 */
export async function startServer(html, extraFiles = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(html);
      return;
    }
    const file = extraFiles[path] ?? normalize(join(dist, path));
    if (!extraFiles[path] && !file.startsWith(dist + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return server;
}

export async function stopServer(server) {
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(() => resolve()));
}

/** Headless Chromium from CHROME_PATH or the Debian package, started as the tests start it. */
export function launchChromium(options = {}) {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 30_000, ...options });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const ms = (value) => `${value.toFixed(1)} ms`;
