/** Chromium traces of one interaction (CDP Tracing), read between armInteraction's marks. */
import type { CDPSession } from 'playwright-core'

export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time, µs. */
  tdur?: number
  tid: number
  pid: number
  args?: { name?: string }
}

/**
 * A Chromium trace's main-thread work between the interaction's marks, by event name, each
 * event's own time (its duration less the events inside it): style, layout, paint, script, GC.
 */
export function traceSelfTimes(events: TraceEvent[]): Map<string, number> {
  // The page's main thread is the one that marked the interaction (a trace holds every renderer).
  const main = events.find((e) => e.name === 'benchMark_start')
  const start = main?.ts ?? 0
  const end = events.find((e) => e.name === 'benchMark_end')?.ts ?? Infinity
  const list = events
    .filter(
      (e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur && e.ts >= start && e.ts <= end,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  const self = new Map<string, number>()
  const stack: TraceEvent[] = []
  for (const e of list) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop()
    const parent = stack.at(-1)
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur! / 1000)
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur! / 1000)
    stack.push(e)
  }
  return self
}

export async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = []
  const collect = (d: { value: object[] }) => void events.push(...(d.value as TraceEvent[]))
  cdp.on('Tracing.dataCollected', collect)
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,blink.user_timing,v8,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  })
  await run()
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await done
  cdp.off('Tracing.dataCollected', collect)
  return events
}

/**
 * The main thread's CPU time between the marks: the thread time (tdur) of its top-level tasks.
 * Less swayed than wall time by other processes taking the CPU: a task waiting for a core does
 * not count.
 */
export function mainThreadCpuMs(events: TraceEvent[]): number {
  // The page's main thread is the one that marked the interaction (a trace holds every renderer).
  const main = events.find((e) => e.name === 'benchMark_start')
  const start = main?.ts ?? 0
  const end = events.find((e) => e.name === 'benchMark_end')?.ts ?? Infinity
  let cpu = 0
  for (const e of events)
    if (
      main &&
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.ts + (e.dur ?? 0) >= start &&
      e.ts <= end
    )
      cpu += (e.tdur ?? 0) / 1000
  return cpu
}
