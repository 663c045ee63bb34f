import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

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
    // Offline: a service worker precaches every file of the build, lazy chunks included (deck
    // writer, workbook, SVG renderer, the data worker, the sample, any language pack), so the app
    // starts, follows links and exports with no network. 'prompt': a new version waits until the
    // user chooses to reload (UpdatePrompt.vue), never swapping under their work. Registered from
    // the app's own bundle (virtual:pwa-register), since the CSP forbids inline scripts.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already takes every icon.
      includeManifestIcons: false,
      manifest: {
        name: 'Cooperation follow-up',
        short_name: 'Follow-up',
        description: 'Follow-up of international cooperation commitments; the data stays in this browser.',
        // Relative to the manifest: the app works from any sub-path of a host.
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f3f5f8',
        theme_color: '#0b3d5c',
        lang: 'en',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,woff2,webmanifest}'],
        // The ECharts renderer chunk is about 0.5 MB; leave room for larger language packs.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Every navigation (…/?sphere=x, a reload, an installed app's start) gets the app's page;
        // routes live after the hash, so one page serves them all.
        navigateFallback: 'index.html',
        // A link's query names filters, not files: the precached page answers it.
        ignoreURLParametersMatching: [/.*/],
        // The first visit's page is controlled at once, so it works offline without a reload.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // The runtime in sw.js itself: one file to fetch, nothing from a CDN.
        inlineWorkboxRuntime: true,
      },
    }),
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
      // read-excel-file's unzipper does the same for large parts, and trusts the sizes a zip
      // declares: ours needs no worker and unpacks within the size limit (src/import/workbookFile.ts).
      {
        find: /^\.\.\/zip\/unzipFromArrayBuffer\.js$/,
        replacement: fileURLToPath(new URL('./src/import/xlsxUnzip.ts', import.meta.url)),
      },
    ],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    projects: [
      {
        extends: true,
        // Property tests run hundreds of generated files: on a busy two-core machine one can take
        // longer than Vitest's 5 s default without anything being wrong.
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
          // Transformed like app code, so the unzipper alias above applies in Node tests too.
          server: { deps: { inline: ['read-excel-file'] } },
        },
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
