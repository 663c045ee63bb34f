/** One import as the benchmark times it, driven from Node (the in-page parts are in ./browser-measures). */
import type { Page } from 'playwright-core'
import { armImportProbe, importResult, untilShown } from './browser-measures'

/**
 * Opens the app on `page`, imports `file` (of `n` commitments) through the file input and waits
 * until every chart shows it: the time from the input's change event, and the page's longest
 * task meanwhile. The page is left as the import left it (its store may still be going on).
 */
export async function timedImport(
  page: Page,
  baseUrl: string,
  file: string,
  n: number,
): Promise<{ ms: number; longestTask: number }> {
  await page.goto(baseUrl + '/')
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value'),
  )
  await page.evaluate(armImportProbe)
  await page.locator('[data-testid="import-input"]').setInputFiles(file)
  const end = await page.evaluate(untilShown, [String(n), false] as [string, boolean])
  return page.evaluate(importResult, end)
}
