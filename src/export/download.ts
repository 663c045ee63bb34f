/** Saving a file the app made, without any network request. */

/** `<snapshot-id>_<view>_<asOf>.<ext>`, with characters unsafe in file names replaced. */
export function exportFileName(snapshotId: string, view: string, asOf: string, ext: string): string {
  const safe = (s: string) => s.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '') || 'snapshot'
  return `${safe(snapshotId)}_${safe(view)}_${asOf}.${ext}`
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The same export name with another extension (a chart's CSV name -> its PNG or SVG name). */
export function withExtension(fileName: string, ext: string): string {
  return fileName.replace(/\.[^.]*$/, '') + `.${ext}`
}
