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

/**
 * What "shown" means for an interaction: the KPIs show a value, the commitments table holds as many
 * rows as the KPI counts, and every chart in view (or every chart) is drawn with the current data
 * (`data-state="ready"`: useChartScheduler draws a chart in view at once, ChartPanel marks it).
 * Runs in the page (a copy lives in each function below: they may use only what they declare).
 */
export type Shows = 'kpi' | { selector: string }

/**
 * Before one input: waits for its DOM event (capture, on window), then polls each frame until the
 * input is shown (`shows`: the KPI "commitments" differs from now, or a selector matches) with the
 * KPIs, the table and every chart in view; the time is from the event's timeStamp to just after
 * that frame's paint (a message posted from the frame's animation callback arrives after the
 * paint, as for the Event Timing API's "next paint"). The result waits in `window.__interaction`.
 */
export function armInteraction([event, shows, timeoutMs, markForProfile]: [string, Shows, number, boolean?]): void {
  const kpiValue = () => document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value')
  const before = kpiValue()
  const w = window as unknown as { __interaction: Promise<number> }
  const shown = () => {
    const kpi = kpiValue()
    if (!kpi) return false
    if (shows === 'kpi' ? kpi === before : !document.querySelector(shows.selector)) return false
    const table = document.querySelector('[data-testid="commitments-table"]')
    if (!table || table.getAttribute('data-count') !== kpi) return false
    const charts = [...document.querySelectorAll('[data-testid^="chart-"][data-state]')].filter((c) => {
      const r = c.getBoundingClientRect()
      return r.top < innerHeight && r.bottom > 0
    })
    return charts.every((c) => c.getAttribute('data-state') === 'ready')
  }
  // For a CPU profile (profile.ts): a millisecond spent in a function of this name at either end
  // of the interaction marks its window among the samples.
  const spin = () => {
    const t = performance.now()
    while (performance.now() - t < 1);
  }
  // For a trace, the same ends as user-timing marks.
  function benchMark_start() {
    if (!markForProfile) return
    performance.mark('benchMark_start')
    spin()
  }
  function benchMark_end() {
    if (!markForProfile) return
    spin()
    performance.mark('benchMark_end')
  }
  w.__interaction = new Promise((resolve, reject) => {
    addEventListener(
      event,
      (e) => {
        benchMark_start()
        const t0 = e.timeStamp
        const timer = setTimeout(() => reject(new Error(`${event}: not shown within ${timeoutMs} ms`)), timeoutMs)
        const check = () => {
          if (!shown()) return void requestAnimationFrame(check)
          const after = new MessageChannel()
          after.port1.onmessage = () => {
            clearTimeout(timer)
            resolve(performance.now() - t0)
            benchMark_end()
          }
          after.port2.postMessage(null)
        }
        requestAnimationFrame(check)
      },
      { capture: true, once: true },
    )
  })
}

/** The armed interaction's time (ms). */
export function interactionResult(): Promise<number> {
  return (window as unknown as { __interaction: Promise<number> }).__interaction
}

/**
 * Resolves once the page is at rest with `commitments` shown: KPIs, table with its titles (the
 * worker builds them for each language), every chart drawn (off screen ones too, which wait for
 * idle), then one idle callback, so that no work left over from the previous input lands in the
 * next one's time.
 */
export function untilQuiet(commitments: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // A page that never comes to rest (titles that cannot be read, a view that never draws) fails the run.
    const until = performance.now() + 60_000
    const check = () => {
      if (performance.now() > until)
        return reject(new Error(`the page did not come to rest with ${commitments} commitments`))
      const kpi = document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value')
      const table = document.querySelector('[data-testid="commitments-table"]')
      const charts = [...document.querySelectorAll('[data-testid^="chart-"][data-state]')]
      // The search index being read onto the page (a part per idle moment) is work still to come.
      const index = document.querySelector('[data-testid="filter-search"]')?.getAttribute('data-index')
      if (
        kpi === commitments &&
        table?.getAttribute('data-count') === kpi &&
        table.getAttribute('data-text') === 'ready' &&
        index !== 'reading' &&
        charts.every((c) => c.getAttribute('data-state') === 'ready')
      )
        requestIdleCallback(() => resolve(), { timeout: 1000 })
      else requestAnimationFrame(check)
    }
    check()
  })
}

/**
 * An init script (every page load): from the first frame, the first time the dashboard shows
 * `sessionStorage["bench-expect"]` commitments with the table and every chart in view drawn, and
 * the first time with every chart drawn; both just after that frame's paint, in ms since the
 * navigation started. Kept in `window.__shown`; the polling stops once both are known.
 */
export function watchFirstShown(): void {
  const w = window as unknown as { __shown: { inView?: number; all?: number } }
  w.__shown = {}
  const expected = sessionStorage.getItem('bench-expect')
  if (!expected) return
  const afterPaint = (key: 'inView' | 'all') => {
    const ch = new MessageChannel()
    ch.port1.onmessage = () => (w.__shown[key] ??= performance.now())
    ch.port2.postMessage(null)
  }
  const check = () => {
    const kpi = document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value')
    const table = document.querySelector('[data-testid="commitments-table"]')?.getAttribute('data-count')
    const charts = [...document.querySelectorAll('[data-testid^="chart-"][data-state]')]
    const ready = (c: Element) => c.getAttribute('data-state') === 'ready'
    const inView = charts.filter((c) => {
      const r = c.getBoundingClientRect()
      return r.top < innerHeight && r.bottom > 0
    })
    if (kpi === expected && table === kpi && inView.length > 0) {
      if (inView.every(ready)) afterPaint('inView')
      if (charts.every(ready)) afterPaint('all')
    }
    if (w.__shown.inView === undefined || w.__shown.all === undefined) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/** Resolves with `window.__shown` once both times are known. */
export function firstShown(): Promise<{ inView: number; all: number }> {
  const w = window as unknown as { __shown: { inView?: number; all?: number } }
  return new Promise((resolve) => {
    const check = () =>
      w.__shown.inView !== undefined && w.__shown.all !== undefined
        ? resolve(w.__shown as { inView: number; all: number })
        : requestAnimationFrame(check)
    check()
  })
}
