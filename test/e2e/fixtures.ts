/**
 * A small snapshot whose numbers are worked out by hand from the format page, for the browser
 * tests, and variants of it written to a temporary folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { importFiles, newPage, waitForDashboard, waitForKpi } from './browser'

const party = (country: string) => ({
  name: { en: `Government of ${country}`, ru: `Правительство ${country}` },
  country,
  kind: 'government',
})

export function basicSnapshot(id = 'e2e-basic') {
  return {
    format: 'cooperation-snapshot',
    version: 1,
    snapshot: {
      id,
      asOf: '2026-06-30',
      title: { en: 'E2E basic snapshot', ru: 'Тестовый срез' },
      publisher: 'Test ministry',
      homeCountry: 'KZ',
    },
    agreements: [
      {
        id: 'A1',
        title: 'Memorandum with Mongolia',
        type: 'memorandum',
        signedOn: '2024-03-01',
        parties: [party('KZ'), party('MN')],
      },
      {
        id: 'A2',
        title: 'Agreement with China',
        type: 'agreement',
        signedOn: '2025-05-10',
        parties: [party('KZ'), party('CN')],
      },
      {
        id: 'A3',
        title: 'Regional roadmap',
        type: 'roadmap',
        signedOn: '2024-09-09',
        parties: [party('KZ'), party('UZ'), party('KG')],
      },
    ],
    commitments: [
      {
        id: 'C1',
        agreementId: 'A1',
        title: 'Exchange law-making experience in digitalization',
        sphere: 'digitalization',
        status: 'completed',
        due: '2025-01-01',
      },
      {
        id: 'C2',
        agreementId: 'A1',
        title: 'Joint AI working group',
        sphere: 'digitalization',
        status: 'in_progress',
        due: '2026-01-01',
        progress: 40,
      },
      {
        id: 'C3',
        agreementId: 'A1',
        title: 'Ecology seminar',
        sphere: 'ecology',
        status: 'not_started',
        due: '2026-06-30',
      },
      {
        id: 'C4',
        agreementId: 'A2',
        title: 'Water monitoring',
        sphere: 'ecology',
        status: 'no_information',
        due: '2026-06-29',
      },
      { id: 'C5', agreementId: 'A2', title: 'Trade fair', sphere: 'trade_economic', status: 'cancelled' },
      {
        id: 'C6',
        agreementId: 'A3',
        title: 'Business council',
        sphere: 'trade_economic',
        status: 'ongoing',
        recurrence: 'standing',
      },
      {
        id: 'C7',
        agreementId: 'A3',
        title: 'E-government portal',
        sphere: 'digitalization',
        status: 'suspended',
        due: '2025-01-01',
      },
      {
        id: 'C8',
        agreementId: 'A3',
        title: 'Aral sea programme',
        sphere: 'ecology',
        status: 'completed',
        countries: ['UZ'],
        updates: [
          { date: '2025-02-01', status: 'in_progress' },
          { date: '2026-03-01', status: 'completed', note: { en: 'Done', ru: 'Выполнено' } },
        ],
      },
    ],
  }
}

const zero = { not_started: 0, in_progress: 0, ongoing: 0, completed: 0, suspended: 0, cancelled: 0, no_information: 0 }
const row = (counts: Partial<typeof zero>, overdue: number) => {
  const all = { ...zero, ...counts }
  return { ...all, overdue, total: Object.values(all).reduce((a, b) => a + b, 0) }
}

/** Worked out by hand: overdue = C2 (due 2026-01-01) and C4 (due 2026-06-29); C3 is due on asOf itself. */
export const BASIC_EXPECTED = {
  kpi: { agreements: '3', commitments: '8', completed: '2', overdue: '2', completionRate: (2 / 7).toFixed(4) },
  bySphere: {
    digitalization: row({ completed: 1, in_progress: 1, suspended: 1 }, 1),
    ecology: row({ not_started: 1, no_information: 1, completed: 1 }, 1),
    trade_economic: row({ cancelled: 1, ongoing: 1 }, 0),
  },
  byCountry: {
    MN: row({ completed: 1, in_progress: 1, not_started: 1 }, 1),
    UZ: row({ ongoing: 1, suspended: 1, completed: 1 }, 0),
    CN: row({ no_information: 1, cancelled: 1 }, 1),
    KG: row({ ongoing: 1, suspended: 1 }, 0),
  },
  byYear: {
    '2024': row({ completed: 2, in_progress: 1, not_started: 1, ongoing: 1, suspended: 1 }, 1),
    '2025': row({ no_information: 1, cancelled: 1 }, 1),
  },
}

/** The basic snapshot's next report, half a year later: every class of the format page once or more. */
export function nextReport(id = 'e2e-basic-h2') {
  const s = basicSnapshot(id)
  s.snapshot.asOf = '2026-12-31'
  const byId = Object.fromEntries(s.commitments.map((c) => [c.id, c as Record<string, unknown>]))
  byId.C1.status = 'in_progress' // reopened; due 2025-01-01 is past: became overdue
  Object.assign(byId.C2, {
    status: 'completed',
    progress: 100,
    updates: [{ date: '2026-09-01', status: 'completed' }],
  }) // completed, progress changed, no longer overdue
  // C3: same status and due date (2026-06-30), now past: became overdue by time alone, unchanged otherwise.
  Object.assign(byId.C4, { status: 'in_progress', due: '2027-03-01' }) // started, due moved, no longer overdue
  byId.C6.status = 'completed' // completed
  byId.C7.status = 'cancelled' // status changed (was suspended: not "stopped")
  s.commitments = s.commitments.filter((c) => c.id !== 'C5') // removed
  s.commitments.push({
    id: 'C9',
    agreementId: 'A2',
    title: 'Flood warning system',
    sphere: 'ecology',
    status: 'not_started',
    due: '2027-01-01',
  })
  return s
}

const dir = mkdtempSync(join(tmpdir(), 'coop-e2e-'))
/** Writes a JSON value (or raw text) to a temporary file and returns its path. */
export function writeFixture(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return path
}

/** A fresh profile showing the basic snapshot (imported through the file input). */
export async function pageWithBasicSnapshot(browser: Browser, base: string): Promise<Page> {
  const { page } = await newPage(browser)
  await page.goto(base + '/')
  await waitForDashboard(page)
  expect(await importFiles(page, writeFixture('basic.json', basicSnapshot()))).toBe('ok')
  await waitForKpi(page, 'commitments', '8')
  return page
}
