/**
 * The file name of each kind of export, so that no two kinds of file of one view share a name
 * (a deck of pictures saved beside the native deck must not replace it):
 * `<snapshot>_<view>[-<kind>]_<asOf>.<ext>`.
 */
import { exportFileName } from './download'

/** What a view exports, each its own name. */
export type ExportFileKind = 'slides' | 'pictures' | 'csv' | 'xlsx' | 'json'

/** The part a kind adds after the view, and its extension. */
const KINDS: Record<ExportFileKind, { suffix: string; ext: string }> = {
  slides: { suffix: '', ext: 'pptx' },
  pictures: { suffix: '-pictures', ext: 'pptx' },
  csv: { suffix: '', ext: 'csv' },
  xlsx: { suffix: '', ext: 'xlsx' },
  json: { suffix: '', ext: 'json' },
}

/**
 * `view`: the deck's view (`dashboard`, `country-MN`) for slides and pictures, the data's
 * (`commitments`, `commitments-MN`) for CSV and XLSX, `snapshot` for JSON.
 */
export function exportFile(snapshotId: string, view: string, asOf: string, kind: ExportFileKind): string {
  const { suffix, ext } = KINDS[kind]
  return exportFileName(snapshotId, `${view}${suffix}`, asOf, ext)
}
