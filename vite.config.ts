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
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
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
        // 30 s, not the 5 s default: the property tests take seconds when the machine is shared, and a
        // timeout is no assertion here (no unit test measures time).
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
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
