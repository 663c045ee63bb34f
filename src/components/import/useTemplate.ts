/**
 * The spreadsheet template in the UI language, empty or filled with the sample data: planned by
 * src/export/template.ts, written by the workbook writer; both load on first use.
 */
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useLabels } from '@/composables/useLabels'
import { COUNTRY_CODES } from '@/domain/countries'
import { baseLanguage } from '@/i18n/glossary'
import { downloadBlob } from '@/export/download'
import type { SnapshotParts } from '@/export/sheetExport'
import type { TemplateWords } from '@/export/template'
import sampleUrl from '../../../data/sample-kz.json?url'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const INSTRUCTIONS = ['title', 'sheets', 'headers', 'ids', 'dates', 'lists', 'choices', 'languages', 'import']

export function useTemplate() {
  const { t, locale } = useI18n()
  const labels = useLabels(() => undefined)
  const busy = ref(false)
  const failed = ref('')

  function words(): TemplateWords {
    return {
      sheet: (key) => t(`spreadsheet.sheet.${key}`),
      field: (field) => t(`spreadsheet.field.${field}`),
      term: (group, id) => t(`${group}.${id}`),
      language: baseLanguage(locale.value),
      instructions: INSTRUCTIONS.map((k) => t(`spreadsheet.instructions.${k}`)),
    }
  }

  async function download(withSample: boolean) {
    if (busy.value) return
    busy.value = true
    failed.value = ''
    try {
      const [template, writer, sample] = await Promise.all([
        import('@/export/template'),
        import('@/export/xlsx'),
        withSample
          ? fetch(new URL(sampleUrl, document.baseURI)).then((r) => r.json() as Promise<SnapshotParts>)
          : undefined,
      ])
      const countries = COUNTRY_CODES.map(labels.country).sort((a, b) => a.localeCompare(b, locale.value))
      const sheets = template.templateSheets(words(), countries, sample)
      const names = writer.sheetNames(sheets.map((s) => s.name))
      const bytes = await template.withValidations(
        await writer.formWorkbookBytes(sheets),
        template.validationsOf(sheets, names),
      )
      const name = `${t('spreadsheet.templateFile')}${withSample ? '-sample' : ''}_${baseLanguage(locale.value)}.xlsx`
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), name)
    } catch (e) {
      failed.value = t('spreadsheet.failed', { detail: e instanceof Error ? e.message : String(e) })
    } finally {
      busy.value = false
    }
  }

  return { busy, failed, download }
}
