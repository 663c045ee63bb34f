/**
 * The commitments and agreements of a view as tables (header first), for the CSV and workbook
 * exports, and its overdue commitments for the deck. Pure. Headers are stable ids, the same in
 * every language; names shown to people sit in `*_label` columns.
 */
import { dateFromNumber } from '@/domain/dates'
import { partnersOf, type Columns } from '@/domain/columns'
import { itemAt } from '@/domain/search'
import type { TextColumns } from '@/domain/textColumns'
import { AGREEMENT_TYPES, OWED_BY, STATUSES } from '@/domain/vocab'
import { daysOverdue } from '@/domain/dates'
import type { Cell, Table } from './chartTables'
import type { OverdueItem } from './deckPlan'

/** Names in the UI language for the ids the data tables carry. */
export interface TableLabels {
  sphere(id: string): string
  country(code: string): string
  status(status: string): string
  agreementType(type: string): string
  owedBy(side: string): string
}

const date = (n: number) => (n ? dateFromNumber(n) : '')

/** One line per commitment of `rows`, in that order. */
export function commitmentsTable(
  cols: Columns,
  text: TextColumns,
  rows: ArrayLike<number>,
  asOf: string,
  labels: TableLabels,
): Table {
  const header = [
    'id',
    'clause',
    'title',
    'agreement_id',
    'agreement',
    'sphere',
    'sphere_label',
    'partners',
    'partners_label',
    'owed_by',
    'due',
    'status',
    'status_label',
    'overdue',
    'days_overdue',
    'completed_on',
    'responsible',
  ]
  const out: Cell[][] = [header]
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]
    const a = cols.agreement[i]
    const sphere = cols.sphereIds[cols.sphere[i]]
    const status = STATUSES[cols.status[i]]
    const partners = partnersOf(cols, i)
    out.push([
      itemAt(text.ids, i),
      itemAt(text.clauses, i),
      itemAt(text.titles, i),
      cols.agreementIds[a],
      itemAt(text.agreementTitles, a),
      sphere,
      labels.sphere(sphere),
      partners.join('; '),
      partners.map(labels.country).join('; '),
      OWED_BY[cols.owedBy[i]],
      date(cols.due[i]),
      status,
      labels.status(status),
      cols.overdue[i],
      cols.overdue[i] ? daysOverdue(cols.due[i], asOf) : '',
      date(cols.completedOn[i]),
      itemAt(text.responsible, i),
    ])
  }
  return out
}

/** One line per agreement of `agreements`, with how many of `rows` (the commitments exported) belong to it. */
export function agreementsTable(
  cols: Columns,
  text: TextColumns,
  agreements: ArrayLike<number>,
  rows: ArrayLike<number>,
  labels: TableLabels,
): Table {
  const counted = new Int32Array(cols.agreementCount)
  const completed = new Int32Array(cols.agreementCount)
  const COMPLETED = STATUSES.indexOf('completed')
  for (let k = 0; k < rows.length; k++) {
    const a = cols.agreement[rows[k]]
    counted[a]++
    if (cols.status[rows[k]] === COMPLETED) completed[a]++
  }
  const out: Cell[][] = [['id', 'title', 'type', 'type_label', 'signed_on', 'countries', 'commitments', 'completed']]
  for (let k = 0; k < agreements.length; k++) {
    const a = agreements[k]
    const type = AGREEMENT_TYPES[cols.agreementType[a]]
    const countries: string[] = []
    for (let p = cols.partyCountryStart[a]; p < cols.partyCountryStart[a + 1]; p++)
      countries.push(cols.countryCodes[cols.partyCountryIndex[p]])
    out.push([
      cols.agreementIds[a],
      itemAt(text.agreementTitles, a),
      type,
      labels.agreementType(type),
      date(cols.agreementSigned[a]),
      countries.join('; '),
      counted[a],
      completed[a],
    ])
  }
  return out
}

/** The overdue commitments among `rows`, longest overdue first, as the deck's table lists them. */
export function overdueItems(
  cols: Columns,
  text: TextColumns,
  rows: ArrayLike<number>,
  asOf: string,
  labels: TableLabels,
): OverdueItem[] {
  const overdue: number[] = []
  for (let k = 0; k < rows.length; k++) if (cols.overdue[rows[k]]) overdue.push(rows[k])
  overdue.sort((x, y) => cols.due[x] - cols.due[y] || x - y)
  return overdue.map((i) => ({
    title: itemAt(text.titles, i),
    agreement: itemAt(text.agreementTitles, cols.agreement[i]),
    sphere: labels.sphere(cols.sphereIds[cols.sphere[i]]),
    partners: partnersOf(cols, i).map(labels.country).join(', '),
    due: dateFromNumber(cols.due[i]),
    days: daysOverdue(cols.due[i], asOf),
    status: labels.status(STATUSES[cols.status[i]]),
  }))
}
