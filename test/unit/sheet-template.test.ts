/**
 * The spreadsheet template: its sheets and headers in the UI language, drop-down lists reading the
 * Lists sheet, date-formatted date columns, frozen headers; the template with the sample data
 * imports to the sample; LibreOffice opens it and keeps its lists (when LibreOffice is installed).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { COUNTRY_CODES } from '@/domain/countries'
import { termName, type TermGroup, type TermId } from '@/i18n/glossary'
import { parseSnapshotText } from '@/import/parse'
import { parseWorkbook } from '@/import/workbook'
import { templateSheets, validationsOf, withValidations, type TemplateWords } from '@/export/template'
import { formWorkbookBytes, sheetNames } from '@/export/xlsx'
import { projectText } from '../support/fixtures'

const wordsIn = (lang: string): TemplateWords => ({
  sheet: (k) => termName('sheet', k as TermId<'sheet'>, lang),
  field: (f) => termName('sheetField', f as TermId<'sheetField'>, lang),
  term: (g, id) => termName(g as TermGroup, id as never, lang),
  language: lang,
  instructions: ['How to fill in', 'Each sheet…'],
})
const countries = COUNTRY_CODES.map((c) => new Intl.DisplayNames(['ru'], { type: 'region' }).of(c)!)

async function template(lang: string, sample?: unknown) {
  const sheets = templateSheets(wordsIn(lang), countries, sample as never)
  const names = sheetNames(sheets.map((s) => s.name))
  const bytes = await withValidations(await formWorkbookBytes(sheets), validationsOf(sheets, names))
  return { bytes, names, zip: await JSZip.loadAsync(bytes) }
}
const sheetXml = (zip: JSZip, i: number) => zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string')

describe('the spreadsheet template', () => {
  it('has the sheets of the form in the UI language, an instructions sheet first and the lists last', async () => {
    const { names } = await template('ru')
    expect(names).toEqual([
      'Инструкция',
      'Сведения',
      'Соглашения',
      'Стороны',
      'Обязательства',
      'Ход исполнения',
      'Сферы',
      'Списки',
    ])
  })

  it('heads the columns in the UI language, required ones starred, a title column per other language', async () => {
    const sheets = templateSheets(wordsIn('kk'), countries)
    const commitments = sheets.find((s) => s.key === 'commitments')!
    expect(commitments.rows[0].slice(0, 6)).toEqual([
      'Идентификатор *',
      'Келісім идентификаторы *',
      'Атауы *',
      'Атауы (en)',
      'Атауы (ru)',
      'Атауы (mn)',
    ])
    expect(commitments.rows[0]).toContain('Мәртебесі *')
  })

  it('gives drop-down lists reading the Lists sheet for status, sphere, type, kind, owed by, recurrence and country', async () => {
    const { zip, names } = await template('en')
    const commitments = await sheetXml(zip, names.indexOf('Commitments'))
    const lists = [...commitments.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*><formula1>([^<]+)<\/formula1>/g)]
    const byColumn = Object.fromEntries(lists.map((m) => [m[1], m[2]]))
    const sheets = templateSheets(wordsIn('en'), countries)
    const header = sheets.find((s) => s.key === 'commitments')!.rows[0] as string[]
    const letter = (h: string) => String.fromCharCode(65 + header.indexOf(h))
    expect(byColumn[`${letter('Status *')}2:${letter('Status *')}201`]).toBe("'Lists'!$A$2:$A$8")
    expect(byColumn[`${letter('Sphere *')}2:${letter('Sphere *')}201`]).toBe("'Lists'!$B$2:$B$22")
    expect(byColumn[`${letter('Owed by')}2:${letter('Owed by')}201`]).toBe("'Lists'!$E$2:$E$4")
    expect(byColumn[`${letter('Recurrence')}2:${letter('Recurrence')}201`]).toBe("'Lists'!$F$2:$F$4")
    expect(byColumn[`${letter('Partner countries')}2:${letter('Partner countries')}201`]).toBe("'Lists'!$H$2:$H$250")
    const agreements = await sheetXml(zip, names.indexOf('Agreements'))
    expect(agreements).toContain("<formula1>'Lists'!$C$2:$C$11</formula1>")
    const parties = await sheetXml(zip, names.indexOf('Parties'))
    expect(parties).toContain("<formula1>'Lists'!$D$2:$D$11</formula1>")
    // The Lists sheet holds the names: statuses in column A.
    const listRows = templateSheets(wordsIn('en'), countries).at(-1)!.rows
    expect(listRows.slice(1, 8).map((r) => r[0])).toEqual([
      'Not started',
      'In progress',
      'Ongoing',
      'Completed',
      'Suspended',
      'Cancelled',
      'No information',
    ])
  })

  it('formats the date columns as dates, freezes the header row and sets widths', async () => {
    const { zip, names } = await template('en')
    const styles = await zip.file('xl/styles.xml')!.async('string')
    const dateFormat = /<numFmt numFmtId="(\d+)" formatCode="yyyy-mm-dd"\/>/.exec(styles)![1]
    const xfs = [...styles.matchAll(/<xf [^>]*>/g)].map((m) => m[0])
    const dateStyle = xfs.findIndex((x) => x.includes(`numFmtId="${dateFormat}"`))
    const commitments = await sheetXml(zip, names.indexOf('Commitments'))
    const header = templateSheets(wordsIn('en'), countries).find((s) => s.key === 'commitments')!.rows[0] as string[]
    const due = String.fromCharCode(65 + header.indexOf('Due'))
    expect(commitments).toContain(`<c r="${due}2" s="${dateStyle}"/>`)
    expect(commitments).toContain(`<c r="${due}201" s="${dateStyle}"/>`)
    expect(commitments).toContain('state="frozen"')
    expect(commitments).toMatch(/<col min="1" max="1" width="\d+"/)
  })

  it('with the sample data, imports to the sample itself', async () => {
    const sample = JSON.parse(projectText('data/sample-kz.json'))
    const { bytes } = await template('mn', sample)
    const back = await parseWorkbook(bytes, 'template.xlsx', () => {})
    if (!back.ok) throw new Error(JSON.stringify(back.errors.slice(0, 3)))
    const expected = parseSnapshotText(projectText('data/sample-kz.json'))
    if (!expected.ok) throw new Error('sample')
    expect(back.snapshot.commitments.length).toBe(expected.snapshot.commitments.length)
    expect(back.snapshot.commitments.map((c) => [c.id, c.status, c.sphere, c.due, c.progress])).toEqual(
      expected.snapshot.commitments.map((c) => [c.id, c.status, c.sphere, c.due, c.progress]),
    )
    expect(back.snapshot.agreements.map((a) => [a.id, a.signedOn, a.parties.length])).toEqual(
      expected.snapshot.agreements.map((a) => [a.id, a.signedOn, a.parties.length]),
    )
  })

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p))
  it.skipIf(!soffice)(
    'opens in LibreOffice, which keeps its drop-down lists and prints it',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'template-lo-'))
      const file = path.join(dir, 'template.xlsx')
      fs.writeFileSync(file, (await template('ru')).bytes)
      const run = (to: string, out: string) =>
        execFileSync(
          soffice!,
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', out, file],
          { stdio: 'pipe', timeout: 240_000 },
        )
      run('pdf', dir)
      expect(fs.readFileSync(path.join(dir, 'template.pdf')).subarray(0, 4).toString()).toBe('%PDF')
      fs.mkdirSync(path.join(dir, 'again'))
      run('xlsx', path.join(dir, 'again'))
      const again = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'again', 'template.xlsx')))
      const commitments = await again.file('xl/worksheets/sheet5.xml')!.async('string')
      expect(commitments.match(/<dataValidation /g)).toHaveLength(5)
      expect(commitments).toMatch(/<formula1>'?Списки'?!\$A\$2:\$A\$8<\/formula1>/)
    },
    300_000,
  )
})
