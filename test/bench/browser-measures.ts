/**
 * What the benchmark measures inside the page. Each function runs in the browser (it is passed
 * to page.evaluate), so it may use only what it declares itself.
 */

/** Before an import: note when the file input fires, keep the File, and record long tasks. */
export function armImportProbe(): void {
  const w = window as unknown as { __t0: number | null; __file: File | null; __longtasks: [number, number][] }
  w.__t0 = null
  w.__file = null
  w.__longtasks = []
  const input = document.querySelector('[data-testid="import-input"]') as HTMLInputElement
  input.addEventListener(
    'change',
    () => {
      w.__t0 = performance.now()
      w.__file = input.files?.[0] ?? null
    },
    { capture: true, once: true },
  )
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longtasks.push([e.startTime, e.duration])
  }).observe({ type: 'longtask', buffered: false })
}

/** Resolves when the KPI shows `commitments` and every chart (or, with `visibleOnly`, every chart in view) is drawn. */
export function untilShown([commitments, visibleOnly]: [string, boolean]): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      const kpi = document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value')
      const charts = [...document.querySelectorAll('[data-testid^="chart-"][data-state]')].filter(
        (c) => !visibleOnly || c.getBoundingClientRect().top < innerHeight,
      )
      if (kpi === commitments && charts.length > 0 && charts.every((c) => c.getAttribute('data-state') === 'ready'))
        resolve(performance.now())
      else requestAnimationFrame(check)
    }
    check()
  })
}

/** After an import: its time from the input's change event, and the longest main-thread task meanwhile. */
export function importResult(end: number): { ms: number; longestTask: number } {
  const w = window as unknown as { __t0: number; __longtasks: [number, number][] }
  const during = w.__longtasks.filter(([start]) => start >= w.__t0 - 1 && start <= end)
  return { ms: end - w.__t0, longestTask: Math.max(0, ...during.map(([, d]) => d)) }
}

/** The floor for the same file: read it, parse it, store the parsed object as one record in a bare IndexedDB. */
export async function floorForImportedFile(): Promise<number> {
  const file = (window as unknown as { __file: File }).__file
  const t = performance.now()
  const parsed: unknown = JSON.parse(await file.text())
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('bench-floor', 1)
    open.onupgradeneeded = () => open.result.createObjectStore('s')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const db = open.result
      const tx = db.transaction('s', 'readwrite')
      tx.objectStore('s').put(parsed, 'snapshot')
      tx.oncomplete = () => {
        db.close()
        resolve()
      }
      tx.onerror = () => reject(tx.error)
    }
  })
  const ms = performance.now() - t
  await new Promise((resolve) => {
    const del = indexedDB.deleteDatabase('bench-floor')
    del.onsuccess = del.onerror = del.onblocked = resolve
  })
  return ms
}

/** One filter change (the "overdue only" switch): time until the KPIs and the views it waits for show it. */
export function filterClick(visibleOnly: boolean): Promise<number> {
  const kpi = document.querySelector('[data-testid="kpi-commitments"]')!
  const before = kpi.getAttribute('data-value')
  const t0 = performance.now()
  ;(document.querySelector('[data-testid="filter-overdue"]') as HTMLInputElement).click()
  return new Promise((resolve) => {
    const check = () => {
      const charts = [...document.querySelectorAll('[data-testid^="chart-"][data-state]')].filter(
        (c) => !visibleOnly || c.getBoundingClientRect().top < innerHeight,
      )
      if (kpi.getAttribute('data-value') !== before && charts.every((c) => c.getAttribute('data-state') === 'ready'))
        resolve(performance.now() - t0)
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}
