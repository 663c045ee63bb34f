/** Every kind of export of a view has its own file name (src/export/fileNames.ts). */
import { describe, expect, it } from 'vitest'
import { exportFile, type ExportFileKind } from '@/export/fileNames'

describe('export file names', () => {
  const kinds: [ExportFileKind, string][] = [
    ['slides', 'dashboard'],
    ['pictures', 'dashboard'],
    ['slides', 'country-MN'],
    ['pictures', 'country-MN'],
    ['csv', 'commitments'],
    ['xlsx', 'commitments'],
    ['csv', 'commitments-MN'],
    ['json', 'snapshot'],
  ]
  const names = kinds.map(([kind, view]) => exportFile('mfa-2026', view, '2026-06-30', kind))

  it('the native deck keeps its name; the pictures deck, the country deck and the data files have their own', () => {
    expect(names).toEqual([
      'mfa-2026_dashboard_2026-06-30.pptx',
      'mfa-2026_dashboard-pictures_2026-06-30.pptx',
      'mfa-2026_country-MN_2026-06-30.pptx',
      'mfa-2026_country-MN-pictures_2026-06-30.pptx',
      'mfa-2026_commitments_2026-06-30.csv',
      'mfa-2026_commitments_2026-06-30.xlsx',
      'mfa-2026_commitments-MN_2026-06-30.csv',
      'mfa-2026_snapshot_2026-06-30.json',
    ])
    expect(new Set(names).size).toBe(names.length)
  })

  it('characters unsafe in a file name are replaced', () => {
    expect(exportFile('a/b:c', 'dashboard', '2026-06-30', 'pictures')).toBe('a_b_c_dashboard-pictures_2026-06-30.pptx')
  })
})
