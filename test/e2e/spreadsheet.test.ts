/**
 * The spreadsheet form in real Chromium: a workbook dropped on the page is checked in the data
 * worker; its errors are listed by cell; the fixed workbook imports; the Excel template downloads
 * in the UI language with the sheets of the form; the workbook export imports again.
 */
import JSZip from 'jszip'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { goodSheets, testWorkbook, type TestSheet } from '../support/workbook'
import { importFiles, launchBrowser, newPage, readKpis, tid, waitForDashboard, waitForKpi } from './browser'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function freshPage(query = ''): Promise<{ page: Page; errors: string[] }> {
  const { page } = await newPage(browser)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (/Content Security Policy|violates/i.test(m.text())) errors.push(m.text())
  })
  await page.goto(`${base}/${query}`)
  await waitForDashboard(page)
  return { page, errors }
}

/** Drops a file on the page as a person drags it from the desktop. */
async function drop(page: Page, name: string, bytes: Uint8Array): Promise<string> {
  await page.evaluate(
    ({ name, data }) => {
      const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name)
      const dt = new DataTransfer()
      dt.items.add(file)
      for (const type of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { name, data: Buffer.from(bytes).toString('base64') },
  )
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state')
    return s === 'ok' || s === 'error' || document.querySelector('[data-testid="confirm-replace"]')
  })
  return (await page.locator(tid('import-status')).getAttribute('data-state')) ?? ''
}

function withErrors(): TestSheet[] {
  return goodSheets().map((s) =>
    s.name === 'Commitments'
      ? { ...s, rows: s.rows.map((r, i) => (i === 2 ? [r[0], r[1], r[2], r[3], '1/2/2026', 'done', r[6], r[7]] : r)) }
      : s,
  )
}

async function downloadBytes(page: Page, button: string) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(tid(button)).first().click()])
  const { readFileSync } = await import('node:fs')
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) }
}

describe('spreadsheet form', () => {
  it('a dropped workbook with errors is refused, each error named by its cell; the fixed one imports', async () => {
    const { page, errors } = await freshPage()
    const before = await readKpis(page)
    expect(await drop(page, 'report.xlsx', await testWorkbook(withErrors()))).toBe('error')
    const items = await page.locator(`${tid('import-errors')} li`).allTextContents()
    expect(items).toHaveLength(2)
    expect(items[0]).toContain('Commitments!E3')
    expect(items[0]).toContain('“due”')
    expect(items[0]).toContain('"1/2/2026" is not a date')
    expect(items[1]).toContain('Commitments!F3')
    expect(items[1]).toContain('Must be one of: Not started, In progress, Ongoing, Completed')
    expect(items[1]).toContain('found "done"')
    expect(await readKpis(page)).toEqual(before)

    expect(await drop(page, 'report.xlsx', await testWorkbook(goodSheets()))).toBe('ok')
    await waitForKpi(page, 'commitments', '3')
    expect((await readKpis(page)).agreements).toBe('2')
    expect((await readKpis(page)).completed).toBe('1')
    expect(errors).toEqual([])
    await page.close()
  })

  it('errors are worded in the UI language, with the header as written', async () => {
    const { page } = await freshPage('?lang=ru')
    expect(
      await importFiles(page, [
        { name: 'r.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await testWorkbook(withErrors())) },
      ]),
    ).toBe('error')
    const items = await page.locator(`${tid('import-errors')} li`).allTextContents()
    expect(items[1]).toContain('Commitments!F3')
    expect(items[1]).toContain('Допустимые значения: Не начато, В работе')
    expect(items[0]).toContain('ГГГГ-ММ-ДД')
    await page.close()
  })

  it('a legacy .xls file is refused with what to do', async () => {
    const { page } = await freshPage()
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(500).fill(0)])
    expect(await importFiles(page, [{ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: ole }])).toBe(
      'error',
    )
    expect((await page.locator(`${tid('import-errors')} li`).allTextContents())[0]).toContain('Excel Workbook (.xlsx)')
    await page.close()
  })

  it('the template downloads in the UI language with the sheets of the form and its drop-down lists', async () => {
    const { page, errors } = await freshPage('?lang=kk')
    const { name, bytes } = await downloadBytes(page, 'template-xlsx')
    expect(name).toBe('үлгі_kk.xlsx')
    const zip = await JSZip.loadAsync(bytes)
    const sheets = [
      ...(await zip.file('xl/workbook.xml')!.async('string')).matchAll(/<sheet [^>]*name="([^"]*)"/g),
    ].map((m) => m[1])
    expect(sheets).toEqual([
      'Нұсқаулық',
      'Мәліметтер',
      'Келісімдер',
      'Тараптар',
      'Міндеттемелер',
      'Орындалу барысы',
      'Салалар',
      'Тізімдер',
    ])
    expect(await zip.file('xl/worksheets/sheet5.xml')!.async('string')).toContain('<dataValidation type="list"')
    // The template with the sample data imports as a snapshot.
    const sample = await downloadBytes(page, 'template-xlsx-sample')
    expect(
      await importFiles(page, [{ name: sample.name, mimeType: 'application/octet-stream', buffer: sample.bytes }]),
    ).toBe('ok')
    expect(errors).toEqual([])
    await page.close()
  })

  it('the workbook export imports again to the same numbers', async () => {
    const { page, errors } = await freshPage()
    expect(await drop(page, 'report.xlsx', await testWorkbook(goodSheets()))).toBe('ok')
    await waitForKpi(page, 'commitments', '3')
    const before = await readKpis(page)
    const exported = await downloadBytes(page, 'export-xlsx')
    await page
      .locator(tid('import-input'))
      .setInputFiles({ name: exported.name, mimeType: 'application/octet-stream', buffer: exported.bytes })
    await page.locator(tid('confirm-replace')).click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') === 'ok',
    )
    expect(await readKpis(page)).toEqual(before)
    expect(errors).toEqual([])
    await page.close()
  })
})
