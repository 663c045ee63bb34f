/** English UI text of the exports (slides, images, data files); merged into ./en under `export`. */
export default {
  title: 'Export',
} as const
