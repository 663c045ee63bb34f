/**
 * read-excel-file's unzipper, replaced (vite.config.ts aliases its module `../zip/unzipFromArrayBuffer.js`
 * to this one, as it does write-excel-file's zipper): the same contract, the zip's parts by path,
 * but unpacked without workers and within the size budget (see ./workbookFile).
 */
import { unzipWithin } from './workbookFile'

export default async function unzipFromArrayBuffer(
  input: ArrayBuffer | Uint8Array,
  options: { filter?: (entry: { path: string }) => boolean } = {},
): Promise<Record<string, Uint8Array>> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  return unzipWithin(bytes, (path) => !options.filter || options.filter({ path }))
}
