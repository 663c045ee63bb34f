/**
 * The views beyond the "status by …" charts (src/domain/heatmap.ts, deadlines.ts, agreementsByYear.ts, countryBriefing.ts), hand-computed on a small
 * snapshot written below, plus the helpers (addMonths, daysOverdue, passingRows, orderBy, orderByText).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateFromNumber, dateNumber } from '@/domain/dates'
import { encodeColumns } from '@/domain/columns'
import { DIM, filterAndAggregate, NO_FILTERS, type Filters } from '@/domain/filters'
import type { Snapshot, Text } from '@/domain/schema'
import { orderByUint32 } from '@/domain/order'
import { addMonths, daysOverdue } from '@/domain/dates'
import { agreementsByYear } from '@/domain/agreementsByYear'
import { completionHeatmap, type HeatCell } from '@/domain/heatmap'
import { CLASS_BIT } from '@/domain/compare'
import { countryBriefing } from '@/domain/countryBriefing'
import { deadlinesByMonth } from '@/domain/deadlines'
import { orderBy, orderByText, passingRows, rankByName } from '@/domain/order'
import { sphereName } from '@/domain/text'
import { parsedSnapshot } from '../support/fixtures'

// asOf 2025-06-15, home KZ. Partner countries: A1 -> MN, A2 -> CN, A3 -> UZ + KG, A5 (KZ parties only) -> KZ.
// A4 has no commitments. Rows are numbered from 0 (D01 = row 0 … D20 = row 19).
const state = (name: string, country: string) => ({ name, country, kind: 'state' })
const RAW = {
  format: 'cooperation-snapshot',
  version: 1,
  snapshot: { id: 'views-test', asOf: '2025-06-15', homeCountry: 'KZ' },
  spheres: [],
  agreements: [
    {
      id: 'A1',
      title: 'KZ-MN memorandum',
      type: 'memorandum',
      signedOn: '2023-04-01',
      parties: [state('Kazakhstan', 'KZ'), state('Mongolia', 'MN')],
    },
    {
      id: 'A2',
      title: 'KZ-CN agreement',
      type: 'agreement',
      signedOn: '2024-02-10',
      parties: [
        { name: 'Gov KZ', country: 'KZ', kind: 'government' },
        { name: 'Gov CN', country: 'CN', kind: 'government' },
      ],
    },
    {
      id: 'A3',
      title: 'KZ-UZ-KG treaty',
      type: 'treaty',
      signedOn: '2024-11-05',
      parties: [state('Kazakhstan', 'KZ'), state('Uzbekistan', 'UZ'), state('Kyrgyzstan', 'KG')],
    },
    {
      id: 'A4',
      title: 'KZ-MN protocol',
      type: 'protocol',
      signedOn: '2022-07-07',
      parties: [
        { name: 'Min KZ', country: 'KZ', kind: 'ministry' },
        { name: 'Min MN', country: 'MN', kind: 'ministry' },
      ],
    },
    {
      id: 'A5',
      title: 'Roadmap',
      type: 'roadmap',
      signedOn: '2025-01-20',
      parties: [
        { name: 'Ministry', country: 'KZ', kind: 'ministry' },
        { name: 'Akimat', country: 'KZ', kind: 'city' },
      ],
    },
  ],
  commitments: [
    /* 0 */ {
      id: 'D01',
      agreementId: 'A1',
      title: 'd01',
      sphere: 'education',
      status: 'completed',
      due: '2024-09-30',
      updates: [{ date: '2024-09-30', status: 'completed' }],
    },
    /* 1 */ {
      id: 'D02',
      agreementId: 'A1',
      title: 'd02',
      sphere: 'education',
      status: 'completed',
      due: '2024-09-15',
      updates: [
        { date: '2024-10-01', status: 'completed' },
        { date: '2024-09-01', status: 'in_progress' },
      ],
    },
    /* 2 */ {
      id: 'D03',
      agreementId: 'A1',
      title: 'd03',
      sphere: 'energy',
      status: 'completed',
      due: '2025-01-10',
      updates: [
        { date: '2025-02-01', status: 'completed' },
        { date: '2025-01-05', status: 'completed' },
      ],
    },
    /* 3 */ { id: 'D04', agreementId: 'A2', title: 'd04', sphere: 'energy', status: 'completed', due: '2025-03-31' },
    /* 4 */ {
      id: 'D05',
      agreementId: 'A2',
      title: 'd05',
      sphere: 'trade_economic',
      status: 'not_started',
      due: '2025-06-14',
    },
    /* 5 */ {
      id: 'D06',
      agreementId: 'A2',
      title: 'd06',
      sphere: 'trade_economic',
      status: 'in_progress',
      due: '2025-06-15',
    },
    /* 6 */ {
      id: 'D07',
      agreementId: 'A2',
      title: 'd07',
      sphere: 'trade_economic',
      status: 'no_information',
      due: '2025-06-16',
    },
    /* 7 */ { id: 'D08', agreementId: 'A3', title: 'd08', sphere: 'energy', status: 'ongoing', due: '2025-08-01' },
    /* 8 */ { id: 'D09', agreementId: 'A3', title: 'd09', sphere: 'energy', status: 'suspended', due: '2024-12-01' },
    /* 9 */ { id: 'D10', agreementId: 'A3', title: 'd10', sphere: 'energy', status: 'cancelled', due: '2026-05-31' },
    /* 10 */ {
      id: 'D11',
      agreementId: 'A3',
      title: 'd11',
      sphere: 'education',
      status: 'not_started',
      due: '2024-05-31',
    },
    /* 11 */ {
      id: 'D12',
      agreementId: 'A3',
      title: 'd12',
      sphere: 'education',
      status: 'in_progress',
      due: '2026-06-01',
    },
    /* 12 */ { id: 'D13', agreementId: 'A1', title: 'd13', sphere: 'trade_economic', status: 'ongoing' },
    /* 13 */ {
      id: 'D14',
      agreementId: 'A5',
      title: 'd14',
      sphere: 'regional',
      status: 'not_started',
      due: '2024-06-01',
    },
    /* 14 */ {
      id: 'D15',
      agreementId: 'A3',
      title: 'd15',
      sphere: 'education',
      status: 'completed',
      countries: ['UZ'],
      due: '2025-12-01',
      updates: [{ date: '2025-05-01', status: 'completed' }],
    },
    /* 15 */ { id: 'D16', agreementId: 'A2', title: 'd16', sphere: 'energy', status: 'cancelled', due: '2025-02-01' },
    /* 16 */ { id: 'D17', agreementId: 'A5', title: 'd17', sphere: 'ecology', status: 'cancelled', due: '2023-01-01' },
    /* 17 */ {
      id: 'D18',
      agreementId: 'A2',
      title: 'd18',
      sphere: 'trade_economic',
      status: 'not_started',
      countries: ['MN'],
      due: '2025-03-01',
    },
    /* 18 */ {
      id: 'D19',
      agreementId: 'A3',
      title: 'd19',
      sphere: 'education',
      status: 'in_progress',
      countries: ['MN', 'UZ'],
      due: '2025-09-01',
    },
    /* 19 */ {
      id: 'D20',
      agreementId: 'A1',
      title: 'd20',
      sphere: 'education',
      status: 'not_started',
      due: '2024-11-20',
    },
  ],
}

const load = (raw: unknown): Snapshot => parsedSnapshot(JSON.stringify(raw))

const snapshot = load(RAW)
const cols = encodeColumns(snapshot)
const N = RAW.commitments.length
const failsFor = (over: Partial<Filters>) => filterAndAggregate(cols, { ...NO_FILTERS, ...over }).fails
const none = new Uint16Array(N)
/** Fails: every row fails `bits` except the listed rows, which fail `their` (default nothing). */
const failsExcept = (bits: number, rows: Record<number, number>) =>
  Uint16Array.from({ length: N }, (_, i) => rows[i] ?? bits)

describe('the test snapshot encodes as the comments say', () => {
  it('overdue rows and partner countries', () => {
    expect(Array.from(cols.overdue).flatMap((o, i) => (o ? [i] : []))).toEqual([4, 10, 13, 17, 19])
    const partners = (i: number) =>
      Array.from(
        cols.countryIndex.slice(cols.countryStart[i], cols.countryStart[i + 1]),
        (k) => cols.countryCodes[k],
      ).sort()
    expect(partners(0)).toEqual(['MN'])
    expect(partners(7)).toEqual(['KG', 'UZ'])
    expect(partners(13)).toEqual(['KZ'])
    expect(partners(14)).toEqual(['UZ'])
    expect(partners(18)).toEqual(['MN', 'UZ'])
  })
})

// ---------------------------------------------------------------------------------------------

const byCell = (cells: HeatCell[]) => [...cells].sort((a, b) => (a.sphere + a.country < b.sphere + b.country ? -1 : 1))
const cell = (
  sphere: string,
  country: string,
  total: number,
  completed: number,
  cancelled: number,
  rate: number | null,
): HeatCell => ({ sphere, country, total, completed, cancelled, rate })

describe('completionHeatmap', () => {
  // Spheres × partner countries of every row:
  // education: MN D01 D02 D19 D20, UZ D11 D12 D15 D19, KG D11 D12; energy: MN D03, CN D04 D16, UZ/KG D08 D09 D10;
  // trade_economic: CN D05 D06 D07, MN D13 D18; regional: KZ D14; ecology: KZ D17 (cancelled).
  const FULL = byCell([
    cell('ecology', 'KZ', 1, 0, 1, null),
    cell('education', 'KG', 2, 0, 0, 0),
    cell('education', 'MN', 4, 2, 0, 0.5),
    cell('education', 'UZ', 4, 1, 0, 0.25),
    cell('energy', 'CN', 2, 1, 1, 1),
    cell('energy', 'KG', 3, 0, 1, 0),
    cell('energy', 'MN', 1, 1, 0, 1),
    cell('energy', 'UZ', 3, 0, 1, 0),
    cell('regional', 'KZ', 1, 0, 0, 0),
    cell('trade_economic', 'CN', 3, 0, 0, 0),
    cell('trade_economic', 'MN', 2, 0, 0, 0),
  ])

  it('no filters: cells only where there are commitments; rates; null when everything is cancelled', () => {
    const h = completionHeatmap(cols, none)
    expect(byCell(h.cells)).toEqual(FULL)
    // Sphere totals: education 10, energy 9, trade_economic 5, ecology 1, regional 1 (ties by id).
    expect(h.spheres).toEqual(['education', 'energy', 'trade_economic', 'ecology', 'regional'])
    // Country totals: MN 7, UZ 7, CN 5, KG 5, KZ 2.
    expect(h.countries).toEqual(['MN', 'UZ', 'CN', 'KG', 'KZ'])
  })

  it('the sphere and country filters are ignored (the heatmap shows those dimensions)', () => {
    const h = completionHeatmap(cols, failsFor({ spheres: ['education'], countries: ['MN'] }))
    expect(byCell(h.cells)).toEqual(FULL)
    expect(h.spheres).toEqual(['education', 'energy', 'trade_economic', 'ecology', 'regional'])
  })

  it('the other filters apply', () => {
    // completed: D01 D02 (education MN), D03 (energy MN), D04 (energy CN), D15 (education UZ)
    const expected = {
      spheres: ['education', 'energy'],
      countries: ['MN', 'CN', 'UZ'],
      cells: byCell([
        cell('education', 'MN', 2, 2, 0, 1),
        cell('education', 'UZ', 1, 1, 0, 1),
        cell('energy', 'CN', 1, 1, 0, 1),
        cell('energy', 'MN', 1, 1, 0, 1),
      ]),
    }
    for (const fails of [
      failsFor({ statuses: ['completed'] }),
      failsFor({ statuses: ['completed'], spheres: ['regional'], countries: ['KZ'] }),
    ]) {
      const h = completionHeatmap(cols, fails)
      expect({ ...h, cells: byCell(h.cells) }).toEqual(expected)
    }
    // A row failing the sphere bit and another bit is left out.
    const h = completionHeatmap(cols, failsExcept(DIM.sphere | DIM.type, { 16: DIM.sphere | DIM.country }))
    expect(h).toEqual({ spheres: ['ecology'], countries: ['KZ'], cells: [cell('ecology', 'KZ', 1, 0, 1, null)] })
  })

  it('nothing passes: an empty heatmap', () => {
    expect(completionHeatmap(cols, failsExcept(DIM.status, {}))).toEqual({ spheres: [], countries: [], cells: [] })
  })
})

// ---------------------------------------------------------------------------------------------

describe('deadlinesByMonth', () => {
  const MONTHS = [
    '2024-06',
    '2024-07',
    '2024-08',
    '2024-09',
    '2024-10',
    '2024-11',
    '2024-12',
    '2025-01',
    '2025-02',
    '2025-03',
    '2025-04',
    '2025-05',
    '2025-06',
    '2025-07',
    '2025-08',
    '2025-09',
    '2025-10',
    '2025-11',
    '2025-12',
    '2026-01',
    '2026-02',
    '2026-03',
    '2026-04',
    '2026-05',
  ]
  const at = (entries: Record<string, number>) => MONTHS.map((m) => entries[m] ?? 0)

  it("24 months: the 12 before asOf's month, that month and the 11 after", () => {
    expect(deadlinesByMonth(cols, none, '2025-06-15').months).toEqual(MONTHS)
    const jan = deadlinesByMonth(cols, none, '2025-01-31').months
    expect(jan).toHaveLength(24)
    expect([jan[0], jan[11], jan[12], jan[23]]).toEqual(['2024-01', '2024-12', '2025-01', '2025-12'])
    const dec = deadlinesByMonth(cols, none, '2025-12-01').months
    expect([dec[0], dec[1], dec[12], dec[13], dec[23]]).toEqual(['2024-12', '2025-01', '2025-12', '2026-01', '2026-11'])
  })

  it('every kind, hand-counted; months outside the window and rows without due are left out', () => {
    const d = deadlinesByMonth(cols, none, '2025-06-15')
    expect(d.counts).toEqual({
      // D01 completed on its due day; D03 first completed 2025-01-05 (the later 2025-02-01 update does not count); D15 early
      on_time: at({ '2024-09': 1, '2025-01': 1, '2025-12': 1 }),
      // D02 completed 2024-10-01, due 2024-09-15
      late: at({ '2024-09': 1 }),
      // D04: completed, no update says when
      done_undated: at({ '2025-03': 1 }),
      // D14 (the window's first month), D20, D18, D05 (due the day before asOf)
      overdue: at({ '2024-06': 1, '2024-11': 1, '2025-03': 1, '2025-06': 1 }),
      // D06 due on asOf itself, D07 the day after, D19
      upcoming: at({ '2025-06': 2, '2025-09': 1 }),
      // D09 suspended, D16 cancelled, D08 ongoing, D10 cancelled (the window's last month)
      other: at({ '2024-12': 1, '2025-02': 1, '2025-08': 1, '2026-05': 1 }),
    })
    // D11 (2024-05), D12 (2026-06), D17 (2023-01) are outside; D13 has no due.
    const counted = Object.values(d.counts)
      .flat()
      .reduce((a, b) => a + b, 0)
    expect(counted).toBe(N - 4)
  })

  it('every filter applies, the sphere and country filters too', () => {
    const d = deadlinesByMonth(cols, failsFor({ spheres: ['energy'] }), '2025-06-15')
    expect(d.counts).toEqual({
      on_time: at({ '2025-01': 1 }),
      late: at({}),
      done_undated: at({ '2025-03': 1 }),
      overdue: at({}),
      upcoming: at({}),
      other: at({ '2024-12': 1, '2025-02': 1, '2025-08': 1, '2026-05': 1 }),
    })
    const mn = deadlinesByMonth(cols, failsFor({ countries: ['MN'] }), '2025-06-15')
    // MN rows: D01 D02 D03 D13 D18 D19 D20
    expect(mn.counts.overdue).toEqual(at({ '2024-11': 1, '2025-03': 1 }))
    expect(mn.counts.upcoming).toEqual(at({ '2025-09': 1 }))
    expect(mn.counts.on_time).toEqual(at({ '2024-09': 1, '2025-01': 1 }))
    expect(mn.counts.late).toEqual(at({ '2024-09': 1 }))
    // A row failing only one dimension is out.
    const one = deadlinesByMonth(cols, failsExcept(DIM.year, { 4: 0 }), '2025-06-15')
    expect(
      Object.values(one.counts)
        .flat()
        .reduce((a, b) => a + b, 0),
    ).toBe(1)
    expect(one.counts.overdue).toEqual(at({ '2025-06': 1 }))
  })
})

// ---------------------------------------------------------------------------------------------

describe('agreementsByYear', () => {
  it('without commitment filters: every agreement, with or without commitments', () => {
    expect(agreementsByYear(cols, none, 'signed', false)).toEqual({
      years: ['2022', '2023', '2024', '2025'],
      types: ['memorandum', 'agreement', 'treaty', 'protocol', 'roadmap'],
      counts: [
        [0, 1, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 1, 0],
        [1, 0, 0, 0],
        [0, 0, 0, 1],
      ],
    })
    // The per-row bits do not matter then.
    expect(agreementsByYear(cols, failsExcept(DIM.search, {}), 'due', false).years).toEqual([
      '2022',
      '2023',
      '2024',
      '2025',
    ])
  })

  it('with commitment filters: only agreements with a matching commitment', () => {
    // education: D01 D02 D20 (A1, 2023 memorandum), D11 D12 D15 D19 (A3, 2024 treaty)
    const expected = {
      years: ['2023', '2024'],
      types: ['memorandum', 'treaty'],
      counts: [
        [1, 0],
        [0, 1],
      ],
    }
    expect(agreementsByYear(cols, failsFor({ spheres: ['education'] }), 'signed', true)).toEqual(expected)
    // Its own type filter, and the year filter on the signing axis, are left out.
    expect(agreementsByYear(cols, failsFor({ spheres: ['education'], types: ['memorandum'] }), 'signed', true)).toEqual(
      expected,
    )
    expect(
      agreementsByYear(cols, failsFor({ spheres: ['education'], year: { from: 2023, to: 2023 } }), 'signed', true),
    ).toEqual(expected)
    // On the due axis the year filter applies: education due in 2025 = D15, D19 (A3).
    expect(
      agreementsByYear(
        cols,
        failsFor({ spheres: ['education'], axis: 'due', year: { from: 2025, to: 2025 } }),
        'due',
        true,
      ),
    ).toEqual({
      years: ['2024'],
      types: ['treaty'],
      counts: [[1]],
    })
    // Only a type filter: every agreement that has a commitment (not A4).
    expect(agreementsByYear(cols, failsFor({ types: ['treaty'] }), 'signed', true)).toEqual({
      years: ['2023', '2024', '2025'],
      types: ['memorandum', 'agreement', 'treaty', 'roadmap'],
      counts: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
    })
  })

  it('hand-made bits: a type-only or (signed axis) year-only failure still counts', () => {
    // D04 (A2) passes, D14 (A5) fails only type, D01 (A1) fails only year, D08 (A3) fails year and type.
    const fails = failsExcept(DIM.search, { 3: 0, 13: DIM.type, 0: DIM.year, 7: DIM.year | DIM.type })
    expect(agreementsByYear(cols, fails, 'signed', true)).toEqual({
      years: ['2023', '2024', '2025'],
      types: ['memorandum', 'agreement', 'treaty', 'roadmap'],
      counts: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
    })
    expect(agreementsByYear(cols, fails, 'due', true)).toEqual({
      years: ['2024', '2025'],
      types: ['agreement', 'roadmap'],
      counts: [
        [1, 0],
        [0, 1],
      ],
    })
    expect(agreementsByYear(cols, failsExcept(DIM.sphere, {}), 'signed', true)).toEqual({
      years: [],
      types: [],
      counts: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------

describe('countryBriefing', () => {
  const asOf = '2025-06-15'

  it('MN: agreements as a party (A1, A4) or as a partner of a commitment (A2 via D18, A3 via D19), latest signed first', () => {
    const b = countryBriefing(cols, 'MN', asOf, '2024-10-01', '2025-12-15')
    expect(Array.from(b.mask).flatMap((m, i) => (m ? [i] : []))).toEqual([0, 1, 2, 12, 17, 18, 19])
    expect(b.agreements).toEqual([2, 1, 0, 3]) // A3 2024-11-05, A2 2024-02-10, A1 2023-04-01, A4 2022-07-07
    expect(b.overdue).toEqual([19, 17]) // D20 due 2024-11-20, then D18 due 2025-03-01
    // D03 (first completion 2025-01-05); D02 (2024-10-01) is on the `since` day, the previous
    // report's own date, so not since it (strictly after); D01 (2024-09-30) is before it
    expect(b.completedSince).toEqual([2])
    expect(countryBriefing(cols, 'MN', asOf, '2024-09-30', '2025-12-15').completedSince).toEqual([2, 1])
    expect(b.upcoming).toEqual([18]) // D19 due 2025-09-01
  })

  it('with a comparison, "completed since the previous report" is the class `completed`, whatever the history says', () => {
    const classes = new Uint16Array(cols.count)
    classes[1] = CLASS_BIT.completed | CLASS_BIT.status_changed
    classes[0] = CLASS_BIT.unchanged
    classes[5] = CLASS_BIT.completed // a CN row: not MN's
    expect(countryBriefing(cols, 'MN', asOf, '2024-10-01', '2025-12-15', classes).completedSince).toEqual([1])
  })

  it('the upcoming window includes both ends', () => {
    expect(countryBriefing(cols, 'MN', asOf, '2024-10-01', '2025-09-01').upcoming).toEqual([18])
    expect(countryBriefing(cols, 'MN', asOf, '2024-10-01', '2025-08-31').upcoming).toEqual([])
    // CN: D06 due on asOf, D07 the day after; D05 (the day before) is overdue
    const cn = countryBriefing(cols, 'CN', asOf, '2025-01-01', '2025-06-16')
    expect(cn.upcoming).toEqual([5, 6])
    expect(cn.overdue).toEqual([4])
    expect(cn.agreements).toEqual([1])
    expect(cn.completedSince).toEqual([]) // D04 is completed but its history does not say when
    expect(countryBriefing(cols, 'CN', asOf, '2025-01-01', '2025-06-15').upcoming).toEqual([5])
  })

  it('completions since a date, latest first; UZ', () => {
    // UZ rows: D08 D09 D10 D11 D12 D15 D19. D15 completed 2025-05-01.
    const uz = countryBriefing(cols, 'UZ', asOf, '2025-04-30', '2025-12-15')
    expect(uz.completedSince).toEqual([14])
    // Completed on the date named: not after it.
    expect(countryBriefing(cols, 'UZ', asOf, '2025-05-01', '2025-12-15').completedSince).toEqual([])
    expect(uz.overdue).toEqual([10]) // D11
    expect(uz.upcoming).toEqual([18]) // D19 (D12 is due 2026-06-01, D08 is ongoing)
    expect(uz.agreements).toEqual([2])
    const mnAll = countryBriefing(cols, 'MN', asOf, '2020-01-01', '2025-12-15')
    expect(mnAll.completedSince).toEqual([2, 1, 0]) // 2025-01-05, 2024-10-01, 2024-09-30
  })

  it('the home country: a party to every agreement', () => {
    const kz = countryBriefing(cols, 'KZ', asOf, '2024-01-01', '2025-12-15')
    expect(kz.agreements).toEqual([4, 2, 1, 0, 3])
    expect(Array.from(kz.mask).flatMap((m, i) => (m ? [i] : []))).toEqual([13, 16])
    expect(kz.overdue).toEqual([13])
  })

  it('a country the snapshot does not know: nothing', () => {
    expect(countryBriefing(cols, 'FR', asOf, '2024-01-01', '2025-12-15')).toEqual({
      mask: new Uint8Array(N),
      agreements: [],
      overdue: [],
      completedSince: [],
      upcoming: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------

describe('addMonths', () => {
  it.each([
    ['2025-06-15', 6, '2025-12-15'],
    ['2025-06-15', 0, '2025-06-15'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-01-01', -12, '2024-01-01'],
    ['2025-01-01', -13, '2023-12-01'],
    ['2025-01-01', -25, '2022-12-01'],
    ['2025-06-15', -18, '2023-12-15'],
    ['2025-06-15', 30, '2027-12-15'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-08-31', -6, '2025-02-28'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2025-10-31', 1, '2025-11-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2025-12-31', -12, '2024-12-31'],
  ])('%s %+d months -> %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })

  it('equals a naive month-by-month walk (property)', () => {
    const daysIn = (y: number, m: number) =>
      m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -60, max: 60 }),
        (y0, m0, d0, k) => {
          const d = Math.min(d0, daysIn(y0, m0))
          let y = y0
          let m = m0
          for (let i = 0; i < Math.abs(k); i++) {
            m += Math.sign(k)
            if (m === 13) {
              m = 1
              y++
            }
            if (m === 0) {
              m = 12
              y--
            }
          }
          const pad = (n: number) => String(n).padStart(2, '0')
          expect(addMonths(`${y0}-${pad(m0)}-${pad(d)}`, k)).toBe(`${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('daysOverdue', () => {
  it.each([
    [20250614, '2025-06-15', 1],
    [20250615, '2025-06-15', 0],
    [20250616, '2025-06-15', -1],
    [20240228, '2024-03-01', 2],
    [20230228, '2023-03-01', 1],
    [20231231, '2024-12-31', 366],
    [20230101, '2024-01-01', 365],
    [20250330, '2025-03-31', 1], // a DST change in Europe; counted in whole calendar days
    [20241027, '2024-10-28', 1],
    [19991231, '2000-01-01', 1],
  ])('due %i, asOf %s -> %i', (due, asOf, days) => {
    expect(daysOverdue(due, asOf)).toBe(days)
  })
})

describe('dateNumber / dateFromNumber', () => {
  it('round trip', () => {
    expect(dateNumber('2025-09-04')).toBe(20250904)
    expect(dateFromNumber(20250904)).toBe('2025-09-04')
    expect(dateFromNumber(dateNumber('2024-12-31'))).toBe('2024-12-31')
    expect(dateNumber('2024-01-01') < dateNumber('2024-01-02')).toBe(true)
    expect(dateNumber('2023-12-31') < dateNumber('2024-01-01')).toBe(true)
  })

  it('reads every date as its digits say (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10)
        expect(dateNumber(iso)).toBe(Number(iso.replaceAll('-', '')))
        expect(dateFromNumber(dateNumber(iso))).toBe(iso)
      }),
    )
  })
})

// ---------------------------------------------------------------------------------------------

describe('passingRows', () => {
  it('the rows failing nothing, in the given order', () => {
    expect(passingRows(Uint32Array.from([3, 0, 2, 1, 4]), Uint16Array.from([0, 1, 0, 0, 8]))).toEqual(
      Uint32Array.from([3, 0, 2]),
    )
    expect(passingRows(Uint32Array.from([1, 0]), Uint16Array.from([0, 0]))).toEqual(Uint32Array.from([1, 0]))
    expect(passingRows(Uint32Array.from([1, 0]), Uint16Array.from([DIM.sphere, DIM.search]))).toEqual(
      new Uint32Array(0),
    )
    expect(passingRows(new Uint32Array(0), new Uint16Array(0))).toEqual(new Uint32Array(0))
  })
})

describe('orderByUint32', () => {
  it('gives the order orderBy gives, over the whole 32-bit range (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 0, max: 0xffffffff }),
            fc.constantFrom(20250904, 0xffffffff),
          ),
          { maxLength: 300 },
        ),
        (keys) => {
          expect(Array.from(orderByUint32(Uint32Array.from(keys)))).toEqual(
            Array.from(orderBy(keys.length, (i) => keys[i])),
          )
        },
      ),
    )
    expect(Array.from(orderByUint32(new Uint32Array(0)))).toEqual([])
  })
})

describe('orderBy', () => {
  it('ascending and descending; ties keep row order either way', () => {
    const keys = [5, 1, 5, 3, 1]
    expect(Array.from(orderBy(5, (i) => keys[i]))).toEqual([1, 4, 3, 0, 2])
    expect(Array.from(orderBy(5, (i) => keys[i], true))).toEqual([0, 2, 3, 1, 4])
    expect(Array.from(orderBy(0, () => 0))).toEqual([])
    expect(Array.from(orderBy(3, () => 7, true))).toEqual([0, 1, 2])
  })

  it('equals a naive stable sort (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 60 }), fc.boolean(), (keys, descending) => {
        // Insertion sort: stable by construction.
        const expected: number[] = []
        keys.forEach((k, i) => {
          let at = expected.length
          while (at > 0 && (descending ? keys[expected[at - 1]] < k : keys[expected[at - 1]] > k)) at--
          expected.splice(at, 0, i)
        })
        expect(Array.from(orderBy(keys.length, (i) => keys[i], descending))).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('orders the rows by due date as the table does (no due last)', () => {
    const due = orderBy(cols.count, (i) => cols.due[i] || Number.MAX_SAFE_INTEGER)
    expect(RAW.commitments[due[0]].id).toBe('D17')
    expect(RAW.commitments[due[N - 1]].id).toBe('D13')
  })
})

describe('orderByText', () => {
  it('Cyrillic in Russian collation, case-insensitive', () => {
    const words = ['яблоко', 'Арбуз', 'банан', 'Вишня', 'груша']
    expect(Array.from(orderByText(words.length, (i) => words[i], 'ru'))).toEqual([1, 2, 3, 4, 0])
    expect(Array.from(orderByText(words.length, (i) => words[i], 'ru', true))).toEqual([0, 4, 3, 2, 1])
  })

  it('numbers inside text compare as numbers', () => {
    const clauses = ['Пункт 10', 'Пункт 2', 'Пункт 1', 'Item 10.2', 'Item 10.10']
    expect(Array.from(orderByText(3, (i) => clauses[i], 'ru'))).toEqual([2, 1, 0])
    expect(Array.from(orderByText(2, (i) => clauses[3 + i], 'en'))).toEqual([0, 1])
  })

  it('ties (same letters in another case) keep row order, ascending and descending', () => {
    const t = ['b', 'A', 'a', 'c', 'МИР', 'мир']
    expect(Array.from(orderByText(4, (i) => t[i], 'en'))).toEqual([1, 2, 0, 3])
    expect(Array.from(orderByText(4, (i) => t[i], 'en', true))).toEqual([3, 0, 1, 2])
    expect(Array.from(orderByText(2, (i) => t[4 + i], 'ru', true))).toEqual([0, 1])
    expect(Array.from(orderByText(2, (i) => t[5 - i], 'ru'))).toEqual([0, 1])
  })
})

describe('sorting by sphere name (the table)', () => {
  const builtin = (id: string) => ({ energy: 'Energy', ecology: 'Ecology' })[id]
  it('uses the name the snapshot declares over the built-in one, then the built-in, then the id', () => {
    const declared = new Map<string, Text>([
      ['energy', { en: 'Aardvark power', ru: 'Энергия' }],
      ['water', 'Aqua'],
    ])
    expect(sphereName('energy', declared, builtin, 'en')).toBe('Aardvark power')
    expect(sphereName('energy', declared, builtin, 'ru')).toBe('Энергия')
    expect(sphereName('ecology', declared, builtin, 'en')).toBe('Ecology')
    expect(sphereName('mystery', declared, builtin, 'en')).toBe('mystery')
    const ids = ['energy', 'ecology', 'water']
    // By the names shown: Aardvark power, Aqua, Ecology (by the built-in names, Energy would be last).
    expect(
      rankByName(
        ids.map((id) => sphereName(id, declared, builtin, 'en')),
        'en',
      ),
    ).toEqual([0, 2, 1])
    expect(rankByName(['б', 'а', 'в'], 'ru')).toEqual([1, 0, 2])
  })
})
