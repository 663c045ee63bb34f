/**
 * What the exports add while a baseline applies (issue 11): the summary's KPI changes and the
 * key messages of what changed, the "What changed since <date>" slides, the trend slide, and the
 * comparison's sheets of the workbook — from the same stores the dashboard's comparison shows.
 */
import { useFormat } from '@/composables/useFormat'
import type { Kpi } from '@/domain/aggregate'
import {
  changeList,
  CLASS_BIT,
  classesOf,
  compareCounts,
  isRegression,
  type Change,
  type Comparison,
  type Pairing,
} from '@/domain/compare'
import { filterAndAggregate, NO_FILTERS, type Filters } from '@/domain/filters'
import type { TrendPoint } from '@/domain/trend'
import type { Columns } from '@/domain/columns'
import type { TextColumns } from '@/domain/textColumns'
import { dateFromNumber } from '@/domain/dates'
import { itemAt } from '@/domain/search'
import { STATUSES } from '@/domain/vocab'
import {
  compareSections,
  MAX_CHANGE_ROWS,
  trendDeckChart,
  type ChangeItem,
  type CompareDeckWords,
} from '@/export/compareDeck'
import { changesTable, transitionsTable, trendTable, type ChangeTexts } from '@/export/compareTables'
import type { DeckChart, DeckSection } from '@/export/deckPlan'
import { kpiChange, type KpiChange } from '@/export/deckSummary'
import type { SheetTable } from '@/export/xlsx'
import { useBaselineStore } from '@/stores/baseline'
import { useCompareStore } from '@/stores/compare'
import { useDataStore } from '@/stores/data'
import { when } from './scope'
import { useExportWords } from './useExportWords'

type Words = ReturnType<typeof useExportWords>
type Format = ReturnType<typeof useFormat>

export interface CompareExport {
  change: KpiChange
  /** Sentences for the summary slide, before the other key messages. */
  messages: string[]
  sections: DeckSection[]
  trend: DeckChart | null
  tables: SheetTable[]
}

export function useCompareExport() {
  const base = useBaselineStore()
  const compare = useCompareStore()
  const data = useDataStore()
  const words = useExportWords()
  const fmt = useFormat()
  const { t, labels } = words

  /** The comparison's parts of the exports, or null while no baseline applies. */
  async function parts(kpi: Kpi): Promise<CompareExport | null> {
    const c = compare.comparison
    const before = compare.baselineKpi
    const p = base.pairing
    if (!c || !before || !p) return null
    const trend = compare.trend && compare.trend.length > 1 ? compare.trend : null
    return assemble(p, { kpi, before, comparison: c, changes: compare.changes(), trend })
  }

  /**
   * The same for a country's deck: the comparison of its commitments alone (both reports judged
   * by the partner-country filter), its KPIs' changes and its own trend (the page's).
   */
  async function countryParts(
    code: string,
    kpi: Kpi,
    before: Kpi,
    countryTrend: TrendPoint[] | null,
  ): Promise<CompareExport | null> {
    const p = base.pairing
    if (!p || p.columns !== data.active?.columns) return null
    const f: Filters = { ...NO_FILTERS, countries: [code] }
    const now = filterAndAggregate(p.columns, f, { changeClasses: p.classes })
    const then = filterAndAggregate(p.baseline.columns, f, { changeClasses: p.baseClasses })
    const trend = countryTrend && countryTrend.length > 1 ? countryTrend : null
    return assemble(p, {
      kpi,
      before,
      comparison: compareCounts(p, p.columns, p.baseline.columns, now.fails, then.fails),
      changes: changeList(p, p.columns, now.fails, then.fails),
      trend,
    })
  }

  async function assemble(
    p: NonNullable<typeof base.pairing>,
    o: { kpi: Kpi; before: Kpi; comparison: Comparison; changes: Change[]; trend: TrendPoint[] | null },
  ): Promise<CompareExport> {
    compare.textWanted = true
    const texts = await when(() => compare.texts())
    const since = p.baseline.record.info.asOf
    const w = compareDeckWords(t, fmt)
    const top = o.changes
      .filter((x) => isRegression(x.classes) || x.classes & CLASS_BIT.completed)
      .slice(0, MAX_CHANGE_ROWS)
      .map(changeItem(p, texts, { now: data.text, before: compare.baseText }, t, fmt))
    return {
      change: kpiChange(o.kpi, o.before, since),
      messages: changeMessages(o.changes, p.columns, fmt.date(since), t, fmt, labels.sphere),
      sections: compareSections({ since, comparison: o.comparison, changes: top }, w),
      trend: o.trend ? trendDeckChart(o.trend, w, t('kpi.overdue')) : null,
      tables: [
        { name: t('compare.matrix'), table: transitionsTable(o.comparison) },
        {
          name: t('compare.deck.changesSheet'),
          table: changesTable(o.changes, p.columns, p.baseline.columns, texts),
        },
        ...(o.trend ? [{ name: t('compare.trend'), table: trendTable(o.trend) }] : []),
      ],
    }
  }

  return { parts, countryParts }
}

function compareDeckWords(t: Words['t'], fmt: Format): CompareDeckWords {
  return {
    title: (date) => t('compare.title', { date }),
    matrixTitle: (date) => t('compare.deck.matrixTitle', { date }),
    listTitle: (date, count) => t('compare.deck.listTitle', { date, count: fmt.number(count) }, count),
    trendTitle: t('compare.trend'),
    cls: (c) => t(`comparison.${c}`),
    status: (s) => t(`status.${s}`),
    count: t('compare.deck.count'),
    from: t('compare.fromTo'),
    total: t('chart.total'),
    none: t('compare.noChanges'),
    date: fmt.date,
    number: fmt.number,
    headers: {
      title: t('table.title'),
      agreement: t('table.agreement'),
      change: t('filters.change'),
      before: t('compare.deck.before'),
      after: t('compare.deck.after'),
    },
  }
}

/** A changed commitment as the deck lists it: its title, agreement, classes, and its state before and after. */
function changeItem(
  p: Pairing & { columns: Columns; baseline: { columns: Columns } },
  texts: ChangeTexts,
  text: { now: TextColumns | null; before: TextColumns | null },
  t: Words['t'],
  fmt: Format,
) {
  const state = (row: number, cols: Columns, other: number, otherCols: Columns) => {
    if (row < 0) return '—'
    const due = cols.due[row]
    const moved = other >= 0 && otherCols.due[other] !== due
    return t(`status.${STATUSES[cols.status[row]]}`) + (moved ? ` · ${due ? fmt.date(dateFromNumber(due)) : '—'}` : '')
  }
  return (x: Change): ChangeItem => {
    const now = x.row >= 0
    const cols = now ? p.columns : p.baseline.columns
    const titles = now ? text.now : text.before
    const at = now ? x.row : x.baseRow
    return {
      title: texts.title(x),
      agreement: titles ? itemAt(titles.agreementTitles, cols.agreement[at]) : cols.agreementIds[cols.agreement[at]],
      classes: classesOf(x.classes).filter((k) => k !== 'unchanged' && k !== 'status_changed'),
      before: state(x.baseRow, p.baseline.columns, x.row, p.columns),
      after: state(x.row, p.columns, x.baseRow, p.baseline.columns),
    }
  }
}

/** "12 commitments became overdue since 30 June 2026, 8 of them in Transport"; and the completions. */
function changeMessages(
  changes: Change[],
  cols: Columns,
  date: string,
  t: Words['t'],
  fmt: Format,
  sphereName: (id: string) => string,
) {
  const late = changes.filter((x) => x.row >= 0 && x.classes & CLASS_BIT.became_overdue)
  const done = changes.filter((x) => x.classes & CLASS_BIT.completed).length
  const out: string[] = []
  if (late.length) {
    const bySphere = new Map<number, number>()
    for (const x of late) bySphere.set(cols.sphere[x.row], (bySphere.get(cols.sphere[x.row]) ?? 0) + 1)
    const [sphere, n] = [...bySphere].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
    out.push(
      t(
        'compare.deck.becameOverdue',
        { count: fmt.number(late.length), date, top: fmt.number(n), sphere: sphereName(cols.sphereIds[sphere]) },
        late.length,
      ),
    )
  }
  out.push(t('compare.deck.completed', { count: fmt.number(done), date }, done))
  return out
}
