/**
 * What a view exports: its data (the rows under its filters, its charts and their tables) and
 * the words that describe it. Built when an export is asked for, from the same functions the
 * view draws with, so the files carry the numbers on the screen.
 */
import { watch } from 'vue'
import type { Kpi } from '@/domain/aggregate'
import type { Columns } from '@/domain/columns'
import type { TextColumns } from '@/domain/textColumns'
import type { DeckChart, DeckHeatmap, DeckSection, DeckSummary } from '@/export/deckPlan'
import type { SheetTable } from '@/export/xlsx'

export interface ExportScope {
  columns: Columns
  text: TextColumns
  /** The file-name part of the deck (`dashboard`, `country-MN`) and of the data files (`commitments`, `commitments-MN`). */
  view: { deck: string; data: string }
  /** What the deck is about beyond the snapshot (a country briefing). */
  subject?: string
  /** The view's filters in words. */
  filters: string[]
  kpi: Kpi
  /** The summary slide: the KPIs (their change since a baseline, once one is compared) and the key messages. */
  summary: DeckSummary
  charts: DeckChart[]
  /** The heatmap slide, after the charts. */
  heatmap?: DeckHeatmap
  /** The slides after the summary in order, when not the charts, the heatmap and the overdue table. */
  sections?: DeckSection[]
  /** What the title slide leads with (a country's name). */
  lead?: string
  /** The charts' data tables, for the workbook. */
  tables: SheetTable[]
  /** The commitments of the view, in the table's order. */
  rows: ArrayLike<number>
  /** The agreements the KPI counts. */
  agreements: ArrayLike<number>
}

/** The value once `get` gives one: the text columns arrive after the charts, the secondary views when the browser is idle. */
export function when<T>(get: () => T | null | undefined | false): Promise<T> {
  const now = get()
  if (now) return Promise.resolve(now)
  return new Promise((resolve) => {
    const stop = watch(get, (value) => {
      if (!value) return
      stop()
      resolve(value)
    })
  })
}

/** Rows passing a row mask (1 = in), in the columns' due-date order. */
export function rowsOf(cols: Columns, mask: Uint8Array): number[] {
  const out: number[] = []
  for (let k = 0; k < cols.dueOrder.length; k++) if (mask[cols.dueOrder[k]]) out.push(cols.dueOrder[k])
  return out
}

/** The agreements of some rows, in agreement order. */
export function agreementsOf(cols: Columns, rows: ArrayLike<number>): number[] {
  const seen = new Uint8Array(cols.agreementCount)
  for (let k = 0; k < rows.length; k++) seen[cols.agreement[rows[k]]] = 1
  const out: number[] = []
  seen.forEach((on, a) => on && out.push(a))
  return out
}
