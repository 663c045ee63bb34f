/**
 * A plain static host for the offline tests: serves a folder (the build) under a sub-path, with
 * the app's Content-Security-Policy as a header, and can be stopped, as a real host goes away.
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../vite.config'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
}

export interface StaticHost {
  /** The app's address, ending with the sub-path's slash. */
  url: string
  /** How many requests reached the host: none may arrive once the app runs offline. */
  requests: () => number
  stop: () => Promise<void>
}

export async function serveStatic(dir: string, prefix = '/mfa/follow-up/'): Promise<StaticHost> {
  let requests = 0
  const server = createServer(async (req, res) => {
    requests++
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(prefix)) return void res.writeHead(404).end()
    const rel = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '')
    try {
      const body = await readFile(join(dir, rel))
      res.writeHead(200, {
        'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        // As a careful host does: the worker script is always checked for a newer version.
        'Cache-Control': rel === 'sw.js' || rel === 'index.html' ? 'no-cache' : 'max-age=31536000',
      })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests: () => requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
