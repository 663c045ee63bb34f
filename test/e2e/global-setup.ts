/**
 * Browser tests run against the built app (dist/, made by `npm run test:e2e`), served by
 * `vite preview` on a free local port. Chromium must exist before anything starts.
 */
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { preview } from 'vite'
import { chromiumPath } from './browser'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject) {
  chromiumPath() // throws with the install instructions when there is no Chromium
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).')
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report its address')
  project.provide('baseUrl', url.replace(/\/$/, ''))
  return async () => {
    await server.close()
  }
}
