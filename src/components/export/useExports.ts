/**
 * The export actions of a view: the deck, the commitments as CSV and as a workbook, the
 * snapshot as JSON. The heavy parts (pptxgenjs, the workbook writer, the chart renderers) load
 * on first use; everything is made in the browser, with no network request.
 */
import { ref } from 'vue'
import { pickText } from '@/domain/text'
import { toCsv } from '@/export/csv'
import { buildDeckPlan } from '@/export/deckPlan'
import { downloadBlob } from '@/export/download'
import { exportFile, type ExportFileKind } from '@/export/fileNames'
import { commitmentsTable, overdueItems } from '@/export/tables'
import { dataClient } from '@/data/client'
import { refOf } from '@/data/messages'
import type { SnapshotRecord } from '@/db/database'
import { useDataStore } from '@/stores/data'
import { readFailureOf } from '@/stores/shownVersion'
import { agreementsOf, type ExportScope } from './scope'
import { useExportWords } from './useExportWords'
import { useBrand } from './brand'

export type ExportKind = 'pptx' | 'csv' | 'xlsx' | 'json'
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function useExports(scope: () => Promise<ExportScope>) {
  const data = useDataStore()
  const words = useExportWords()
  /** What the last export did, for the status line. */
  const status = ref<{ state: 'busy' | 'saved' | 'failed'; text: string } | null>(null)
  const { deck, csv, xlsx, json } = exportFiles(scope, words)

  async function run(kind: ExportKind, options: { pictures?: boolean } = {}) {
    if (!data.active || status.value?.state === 'busy') return
    status.value = { state: 'busy', text: words.t('export.busy', { what: words.t(`export.bar.${kind}`) }) }
    // The version on screen when asked: the file is written only if it is still the one shown and
    // stored when the file is ready (another tab may have replaced or deleted it): never old or mixed data.
    const version = refOf(data.active.record)
    try {
      const [blob, name] =
        kind === 'pptx'
          ? await deck(!!options.pictures)
          : kind === 'csv'
            ? await csv()
            : kind === 'xlsx'
              ? await xlsx()
              : await json()
      if (!(await data.isCurrent(version))) {
        status.value = { state: 'failed', text: words.t('storedVersion.exportRefused') }
        return
      }
      downloadBlob(blob, name)
      status.value = { state: 'saved', text: words.t('export.saved', { file: name }) }
    } catch (e) {
      const failure = readFailureOf(e)
      status.value = {
        state: 'failed',
        text:
          failure === 'stale'
            ? words.t('storedVersion.exportRefused')
            : failure === 'damaged'
              ? words.t('storedVersion.damagedExport')
              : words.t('export.failed', { detail: e instanceof Error ? e.message : String(e) }),
      }
    }
  }

  return { status, run }
}

/** The files each export makes, each with its name. */
function exportFiles(scope: () => Promise<ExportScope>, words: ReturnType<typeof useExportWords>) {
  const data = useDataStore()
  const info = () => data.active!.record.info
  const fileName = (view: string, kind: ExportFileKind) => exportFile(info().id, view, info().asOf, kind)

  const brand = useBrand()

  async function deck(pictures: boolean): Promise<[Blob, string]> {
    const s = await scope()
    const kept = await brand.ready()
    const [{ writeDeck }, picture] = await Promise.all([
      import('@/export/deckWriter'),
      pictures ? import('@/export/chartImage').then((m) => m.deckChartPicture) : undefined,
    ])
    const snapshot = info()
    const plan = buildDeckPlan({
      language: words.locale.value,
      snapshot: {
        id: snapshot.id,
        title: pickText(snapshot.title, words.locale.value, snapshot.language),
        publisher: snapshot.publisher,
        asOf: snapshot.asOf,
      },
      subject: s.subject,
      lead: s.lead,
      filters: s.filters,
      kpis: [words.kpiLine(s.kpi)],
      madeOn: today(),
      summary: s.summary,
      charts: s.charts,
      heatmap: s.heatmap,
      sections: s.sections,
      ...(kept ? { brand: kept } : {}),
      overdue: overdueItems(s.columns, s.text, s.rows, snapshot.asOf, words.table),
      words: words.deck(),
    })
    // jszip's bytes sit on a plain ArrayBuffer, which is what Blob parts are typed to need.
    const bytes = (await writeDeck(plan, picture)) as Uint8Array<ArrayBuffer>
    return [new Blob([bytes], { type: PPTX_TYPE }), fileName(s.view.deck, pictures ? 'pictures' : 'slides')]
  }

  async function csv(): Promise<[Blob, string]> {
    const s = await scope()
    const table = commitmentsTable(s.columns, s.text, s.rows, info().asOf, words.table)
    return [new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName(s.view.data, 'csv')]
  }

  async function xlsx(): Promise<[Blob, string]> {
    const s = await scope()
    return [await workbookFile(s, data.active!.record, words), fileName(s.view.data, 'xlsx')]
  }

  async function json(): Promise<[Blob, string]> {
    // The worker holds the validated rows; it writes them as a format-v1 file that imports again.
    const record = data.active!.record
    const text = await dataClient()
      .snapshotJson(refOf(record))
      .catch((e: unknown) => {
        data.readFailed(record, e)
        throw e
      })
    return [new Blob([text], { type: 'application/json' }), fileName('snapshot', 'json')]
  }

  return { deck, csv, xlsx, json }
}

/**
 * The view's commitments as a workbook in the spreadsheet form (it imports again), their
 * agreements with them, then the chart tables as sheets of their own. Whole rows come from the
 * worker, in the file's order.
 */
async function workbookFile(
  s: ExportScope,
  record: SnapshotRecord,
  words: ReturnType<typeof useExportWords>,
): Promise<Blob> {
  const rows = Array.from(s.rows).sort((x, y) => x - y)
  // Every commitment's agreement, so the file is valid on its own; and the agreements the view counts.
  const agreements = [...new Set([...agreementsOf(s.columns, rows), ...Array.from(s.agreements)])].sort((x, y) => x - y)
  const [whole, { snapshotSheets }, { formWorkbookBytes }] = await Promise.all([
    dataClient().rows(refOf(record), rows, agreements),
    import('@/export/sheetExport'),
    import('@/export/xlsx'),
  ])
  const form = snapshotSheets(
    {
      snapshot: record.info,
      spheres: record.spheres,
      agreements: whole.agreements.filter((a) => a !== undefined),
      commitments: whole.commitments.filter((c) => c !== undefined),
    },
    words.sheet(),
  )
  const bytes = (await formWorkbookBytes(form, s.tables)) as Uint8Array<ArrayBuffer>
  return new Blob([bytes], { type: XLSX_TYPE })
}

/** Today in the user's time zone, as `YYYY-MM-DD`. */
function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
