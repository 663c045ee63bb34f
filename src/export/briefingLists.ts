/**
 * The lists of a country briefing deck, as the country page shows them (src/views/CountryView.vue):
 * the agreements with their progress, what was completed since the last report, what falls due in
 * the next six months. Pure: columns, rows and words in, deck lists (./deckTables) out.
 */
import { dateFromNumber } from '@/domain/dates'
import type { Columns } from '@/domain/columns'
import { itemAt } from '@/domain/search'
import type { TextColumns } from '@/domain/textColumns'
import { AGREEMENT_TYPES, STATUSES } from '@/domain/vocab'
import type { DeckList } from './deckTables'
import type { TableLabels } from './tables'

export interface ListWords {
  date(iso: string): string
  number(n: number): string
  headers: {
    title: string
    agreement: string
    sphere: string
    status: string
    type: string
    signed: string
    progress: string
  }
}

/** Per agreement, its commitments among `mask` and how many of them are completed (the page's "Completed" column). */
export function agreementProgress(cols: Columns, mask: Uint8Array, agreements: readonly number[]) {
  const total = new Int32Array(cols.agreementCount)
  const completed = new Int32Array(cols.agreementCount)
  const COMPLETED = STATUSES.indexOf('completed')
  for (let i = 0; i < cols.count; i++) {
    if (!mask[i]) continue
    total[cols.agreement[i]]++
    if (cols.status[i] === COMPLETED) completed[cols.agreement[i]]++
  }
  return agreements.map((a) => ({ a, total: total[a], completed: completed[a] }))
}

/** The agreements with a country, newest first, as the page lists them. */
export function agreementsList(
  cols: Columns,
  text: TextColumns,
  mask: Uint8Array,
  agreements: readonly number[],
  title: string,
  empty: string,
  labels: TableLabels,
  w: ListWords,
): DeckList {
  return {
    id: 'agreements',
    title,
    header: [w.headers.agreement, w.headers.type, w.headers.signed, w.headers.progress],
    columns: [{ weight: 6.4 }, { weight: 2.2 }, { weight: 1.8 }, { weight: 1.4, maxLines: 1, align: 'right' }],
    rows: agreementProgress(cols, mask, agreements).map(({ a, total, completed }) => [
      itemAt(text.agreementTitles, a),
      labels.agreementType(AGREEMENT_TYPES[cols.agreementType[a]]),
      w.date(dateFromNumber(cols.agreementSigned[a])),
      `${w.number(completed)} / ${w.number(total)}`,
    ]),
    empty,
  }
}

/** Commitments with the date the list is about (completed on, or due), in the rows' order. */
export function commitmentList(
  cols: Columns,
  text: TextColumns,
  rows: readonly number[],
  list: { id: string; title: string; empty: string; dateHeader: string; date: 'due' | 'completed'; note?: string },
  labels: TableLabels,
  w: ListWords,
): DeckList {
  return {
    id: list.id,
    title: list.title,
    header: [w.headers.title, w.headers.agreement, w.headers.sphere, w.headers.status, list.dateHeader],
    columns: [{ weight: 4.6 }, { weight: 3.4 }, { weight: 1.7 }, { weight: 1.5 }, { weight: 1.3, maxLines: 1 }],
    rows: rows.map((i) => {
      const when = list.date === 'due' ? cols.due[i] : cols.completedOn[i]
      return [
        itemAt(text.titles, i),
        itemAt(text.agreementTitles, cols.agreement[i]),
        labels.sphere(cols.sphereIds[cols.sphere[i]]),
        labels.status(STATUSES[cols.status[i]]),
        when ? w.date(dateFromNumber(when)) : '—',
      ]
    }),
    empty: list.empty,
    ...(list.note ? { note: list.note } : {}),
  }
}
