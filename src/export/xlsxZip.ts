/**
 * The zipper of write-excel-file, replaced (vite.config.ts aliases its module to this one).
 * Its own compresses a large part in a worker made from a blob: URL, which the app's
 * Content-Security-Policy (worker-src 'self') forbids: the export then never finished. This one
 * uses jszip, which the app already loads for its other zip files and which needs no worker.
 * Same contract as the module it replaces: the files of the workbook -> the zip's bytes.
 */
import JSZip from 'jszip'

export default async function zipToArrayBuffer(files: Record<string, Uint8Array>): Promise<ArrayBuffer> {
  const zip = new JSZip()
  for (const [name, bytes] of Object.entries(files)) zip.file(name, bytes)
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}
