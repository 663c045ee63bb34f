import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

/**
 * The Content-Security-Policy of the built app, in one place: vite.config.ts puts it in the built
 * index.html (a meta tag, for hosts that cannot set headers) and in `vite preview`'s headers (so
 * that the worker, which a meta tag does not cover, runs under it too); the README gives it for
 * hosting. Scripts only from the app's own files, no eval; inline styles are allowed because
 * ECharts' tooltips and Vue's style bindings set them; nothing is fetched from anywhere else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/**
 * The policy as a server sends it: the same, and no page of another origin may frame the app
 * (clickjacking). Only a header can carry frame-ancestors (browsers ignore it in a meta tag and
 * warn), so the meta tag keeps the policy above; X-Frame-Options: DENY says the same to older browsers.
 */
export const HEADER_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`

// base './' keeps every asset URL relative, so dist/ works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [
    vue(),
    // The dev server runs without the policy: hot reload needs what it forbids.
    {
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
  preview: { headers: { 'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY, 'X-Frame-Options': 'DENY' } },
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // write-excel-file's zipper starts a worker from a blob: URL for large parts, which the
      // policy above forbids (the workbook export then hung): ours needs no worker.
      {
        find: /^\.\.\/zip\/zipToArrayBuffer\.js$/,
        replacement: fileURLToPath(new URL('./src/export/xlsxZip.ts', import.meta.url)),
      },
    ],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
