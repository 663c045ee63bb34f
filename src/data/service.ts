/**
 * The data services the worker offers the page: everything that reads or writes stored data, and
 * everything that needs whole rows. Keeping them off the main thread keeps Dexie out of the page's
 * first load and big structured clones off its thread.
 *
 * Snapshots live in one SnapshotSource (./source), IndexedDB or memory, chosen once when it is
 * first needed; the built-in sample lives in a memory source of its own under SAMPLE_ID. Whole
 * snapshots at hand are in one cache (./snapshotCache), forgotten in one place (`written`).
 */
import { cleanBrand } from '@/domain/brand'
import { encodeColumns } from '@/domain/columns'
import { filterAndAggregate, type Filters } from '@/domain/filters'
import { trendPoint, type TrendPoint } from '@/domain/trend'
import { createLanes } from './lanes'
import { indexPart, partBounds, searchRows } from '@/domain/search'
import { buildSearchIndexInTurns, buildTextColumns } from '@/domain/textColumns'
import type { SnapshotRecord } from '@/db/database'
import { ACTIVE_KEY, snapshotRecord } from '@/db/repository'
import { memorySource } from './memorySource'
import {
  refOf,
  SAMPLE_ID,
  type DataApi,
  type StoredState,
  type ImportPhase,
  type ImportResult,
  type LoadedSnapshot,
} from './messages'
import { createSnapshotCache, refKey, type CachedSnapshot, type SnapshotCache, type SnapshotRef } from './snapshotCache'
import { activeSnapshotId, type SnapshotSource } from './source'

const SAMPLE_DISMISSED = 'sampleDismissed'

export interface WorkerImportCallbacks {
  progress(phase: ImportPhase): void
  confirmReplace(existing: SnapshotRecord): Promise<boolean>
  /** A snapshot passed the checks: the page can show it already; it is stored once the promise returned settles. See PipelineDeps.checked. */
  checked?(loaded: LoadedSnapshot): void | Promise<void>
  /** See PipelineDeps.countMembers. */
  countMembers?(file: Blob): Promise<number | null>
}

export type DataService = DataApi & {
  importFile(file: Blob & { name?: string }, callbacks: WorkerImportCallbacks): Promise<ImportResult>
}

/** A request named a version of a snapshot that is no longer stored (replaced or deleted elsewhere). */
export class StaleSnapshotError extends Error {
  override name = 'StaleSnapshotError'
}

/** The setting that holds the exports' brand (../domain/brand). */
const BRAND_KEY = 'brand'

/** The exports' brand (issue 15), checked again here as it is kept and as it is read back. */
function brandSettings(stored: () => Promise<SnapshotSource>): Pick<DataApi, 'brand' | 'setBrand'> {
  return {
    brand: async () => cleanBrand(await (await stored()).setting(BRAND_KEY)),
    setBrand: async (brand) => (await stored()).putSetting(BRAND_KEY, cleanBrand(brand)),
  }
}

export function createDataService(open: () => Promise<SnapshotSource>): DataService {
  let opened: Promise<SnapshotSource> | undefined
  const stored = () => (opened ??= open())
  const sample = memorySource()
  const cache = createSnapshotCache()
  const sourceOf = async (id: string) => (id === SAMPLE_ID ? sample : stored())

  /**
   * Every change of what is stored goes through here: the cache forgets what it held of it (but
   * the version being saved, `keep`, which the import put there when it was checked).
   */
  async function written<T>(
    id: string | undefined,
    change: (source: SnapshotSource) => Promise<T>,
    keep?: string,
  ): Promise<T> {
    cache.forget(id, keep)
    trendColumns.forget(id)
    return change(await stored())
  }

  const lanes = createLanes()
  const reads = snapshotReads(cache, sourceOf, lanes.turn)
  const trendColumns = columnsAtHand()
  const trend = trendOf(trendColumns, (id) => lanes.cheap(async () => (await sourceOf(id)).load(id)), reads.search)

  return cheapFirst(lanes, {
    state: async (asked) => storedState(await stored(), asked),
    list: async () => (await stored()).list(),
    async select(id) {
      const source = await stored()
      if (!(await source.find(id))) return null
      await source.putSetting(ACTIVE_KEY, id)
      return source.load(id)
    },
    load: async (id) => (await sourceOf(id)).load(id),
    trend,
    async sample(url) {
      const [{ parseSnapshotText }, text] = await Promise.all([importCode(), (await fetch(url)).text()])
      const parsed = parseSnapshotText(text)
      if (!parsed.ok) throw new Error(`the sample data is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`)
      const s = parsed.snapshot
      const meta = { fileName: '', fileSize: 0, warnings: parsed.warnings, warningCount: parsed.warningCount }
      const record: SnapshotRecord = { ...snapshotRecord(s, meta, 0), id: SAMPLE_ID, importedAt: '' }
      const columns = encodeColumns(s)
      sample.hold(record, s, columns)
      cache.forget(SAMPLE_ID)
      return { record, columns }
    },
    ...reads,
    setSampleDismissed: async (dismissed) => (await stored()).putSetting(SAMPLE_DISMISSED, dismissed),
    ...brandSettings(stored),
    remove: (id) => written(id, (source) => source.remove(id)),
    clear: () =>
      written(undefined, async (source) => {
        await source.clear()
        await source.putSetting(SAMPLE_DISMISSED, true)
      }),
    importFile: importer(stored, cache, written),
  })
}

/**
 * importFile: the pipeline with this service's store and cache and the page's callbacks. The
 * snapshot shown is kept at hand for its text and rows, pinned until it is stored (until then
 * nothing else can serve them); forgotten if it could not be stored (the snapshot stored under
 * that id before, if any, is read back instead).
 */
function importer(
  stored: () => Promise<SnapshotSource>,
  cache: SnapshotCache,
  written: <T>(id: string | undefined, change: (source: SnapshotSource) => Promise<T>, keep?: string) => Promise<T>,
): DataService['importFile'] {
  return async (file, callbacks) => {
    let shown: SnapshotRef | undefined
    try {
      const { importSnapshotFile } = await importCode()
      return await importSnapshotFile(file, {
        store: {
          find: async (id) => (await stored()).find(id),
          save: (snapshot, columns, meta) =>
            written(snapshot.snapshot.id, (source) => source.save(snapshot, columns, meta), meta.importedAt),
        },
        progress: callbacks.progress,
        confirmReplace: callbacks.confirmReplace,
        countMembers: callbacks.countMembers,
        checked: (snapshot, loaded) => {
          shown = refOf(loaded.record)
          cache.put(shown, snapshot, true)
          return callbacks.checked?.(loaded)
        },
        unstored: (snapshot) => cache.forget(snapshot.snapshot.id),
      })
    } finally {
      if (shown) cache.unpin(shown)
    }
  }
}

/**
 * The checks and parsers of an import (the schema, the JSON and workbook readers: most of the
 * worker's code) are loaded when first needed, or once the worker is idle after its first answer:
 * a cold start reads stored columns only, and compiling them held the first answer back.
 */
let importModules: Promise<[typeof import('@/import/parse'), typeof import('@/import/pipeline')]> | undefined
export function importCode() {
  // A load that failed (a dropped download) is tried again at the next call, not kept.
  importModules ??= Promise.all([import('@/import/parse'), import('@/import/pipeline')]).catch((e: unknown) => {
    importModules = undefined
    throw e
  })
  return importModules.then(([parse, pipeline]) => ({ ...parse, ...pipeline }))
}

/** What reads whole snapshots (or imports one), and runs as it comes; every other call is cheap. */
const NOT_CHEAP = new Set<keyof DataService>([
  'text',
  'search',
  'searchIndexPart',
  'snapshotJson',
  'importFile',
  'sample',
  'trend',
])

/** The service with its cheap calls run through the cheap lane (./lanes). */
function cheapFirst(lanes: ReturnType<typeof createLanes>, service: DataService): DataService {
  const out: Record<string, unknown> = {}
  for (const [name, call] of Object.entries(service) as [keyof DataService, (...a: unknown[]) => Promise<unknown>][])
    out[name] = NOT_CHEAP.has(name) ? call : (...args: unknown[]) => lanes.cheap(() => call(...args))
  return out as unknown as DataService
}

/** Reading from one version of a snapshot: its texts, rows, searches and JSON. */
function snapshotReads(
  cache: SnapshotCache,
  sourceOf: (id: string) => Promise<SnapshotSource>,
  between: () => Promise<void>,
) {
  /** The whole snapshot of this version, from the cache or read back once. */
  async function whole(ref: SnapshotRef): Promise<CachedSnapshot> {
    const hit = cache.get(ref)
    if (hit) return hit
    const source = await sourceOf(ref.id)
    await ensureCurrent(source, ref)
    const snapshot = await source.snapshot(ref.id, between)
    if (!snapshot) throw new StaleSnapshotError(`no snapshot ${ref.id}`)
    return cache.put(ref, snapshot)
  }

  function searchIndex(entry: CachedSnapshot) {
    return (entry.searchIndex ??= buildSearchIndexInTurns(entry.snapshot, between))
  }

  async function ensureCurrent(source: SnapshotSource, ref: SnapshotRef) {
    const record = await source.find(ref.id)
    if (record?.importedAt !== ref.importedAt)
      throw new StaleSnapshotError(`snapshot ${ref.id} of ${ref.importedAt} is no longer stored`)
  }

  return {
    async text(ref, lang) {
      const entry = await whole(ref)
      // The titles are the page's first need; the search index (a first keystroke would otherwise
      // wait about half a second for it at 100k commitments) is built next, in turns.
      setTimeout(() => void searchIndex(entry), 0)
      return buildTextColumns(entry.snapshot, lang)
    },
    async rows(ref, commitments, agreements) {
      // From memory when the snapshot is at hand; else only the chunks that hold these rows.
      const hit = cache.get(ref)
      if (hit)
        return {
          commitments: commitments.map((i) => hit.snapshot.commitments[i]),
          agreements: agreements.map((i) => hit.snapshot.agreements[i]),
        }
      const source = await sourceOf(ref.id)
      await ensureCurrent(source, ref)
      return {
        commitments: await source.rows(ref.id, 'commitments', commitments),
        agreements: await source.rows(ref.id, 'agreements', agreements),
      }
    },
    async search(ref, query) {
      return searchRows(await searchIndex(await whole(ref)), query)
    },
    async searchIndexPart(ref, part, limits) {
      const index = await searchIndex(await whole(ref))
      if (index.text.length > limits.maxChars) return null
      const bounds = partBounds(index, limits.partChars)
      const parts = bounds.length - 1
      if (!Number.isInteger(part) || part < 0 || part >= parts) throw new RangeError(`no part ${part} of ${parts}`)
      const [from, to] = [bounds[part], bounds[part + 1]]
      return { part, parts, rows: index.starts.length - 1, firstRow: from, col: indexPart(index, from, to) }
    },
    snapshotJson: async (ref) => `${JSON.stringify((await whole(ref)).snapshot, null, 1)}\n`,
  } satisfies Pick<DataApi, 'text' | 'rows' | 'search' | 'searchIndexPart' | 'snapshotJson'>
}

/** What is stored, read in one go at start; a link's snapshot (`s=`) is shown, and remembered, when stored. */
async function storedState(source: SnapshotSource, asked?: string): Promise<StoredState> {
  const found = asked ? await source.find(asked) : undefined
  if (found) await source.putSetting(ACTIVE_KEY, found.id)
  const id = found?.id ?? (await activeSnapshotId(source))
  return {
    snapshots: await source.list(),
    active: id ? await source.load(id) : null,
    sampleDismissed: (await source.setting<boolean>(SAMPLE_DISMISSED)) ?? false,
    storage: source.kind,
    askedMissing: asked !== undefined && !found,
  }
}

/** The trend's points: each report's counts under the filters, from its columns. */
function trendOf(
  columns: ReturnType<typeof columnsAtHand>,
  load: (id: string) => Promise<LoadedSnapshot | null>,
  search: DataApi['search'],
) {
  return async (refs: SnapshotRef[], filters: Filters): Promise<TrendPoint[]> => {
    const points: TrendPoint[] = []
    const q = filters.q.trim()
    // Change classes exist between two reports only: the trend leaves that filter out.
    const f = { ...filters, change: [] }
    // Every report's columns asked for at once: the reads overlap in the database.
    const all = await Promise.all(refs.map((ref) => columns.get(ref, () => load(ref.id))))
    for (const [k, ref] of refs.entries()) {
      const loaded = all[k]
      const textMatch = q ? await search(ref, q) : undefined
      const { fails } = filterAndAggregate(loaded.columns, f, { textMatch })
      points.push(trendPoint(ref.id, loaded.record.info.asOf, loaded.columns, fails))
    }
    return points
  }
}

/**
 * The columns of the reports a trend reads (a dozen at most in practice), kept while they are
 * stored as they are: a filter change then costs one pass per report, not a read.
 */
function columnsAtHand(capacity = 24) {
  const entries = new Map<string, LoadedSnapshot>()
  return {
    async get(ref: SnapshotRef, load: () => Promise<LoadedSnapshot | null>): Promise<LoadedSnapshot> {
      const key = refKey(ref)
      let hit = entries.get(key)
      if (!hit) {
        const loaded = await load()
        if (!loaded || loaded.record.importedAt !== ref.importedAt)
          throw new StaleSnapshotError(`snapshot ${ref.id} of ${ref.importedAt} is no longer stored`)
        hit = loaded
        while (entries.size >= capacity) entries.delete(entries.keys().next().value!)
      } else entries.delete(key)
      entries.set(key, hit)
      return hit
    },
    forget(id?: string) {
      for (const [key, entry] of entries) if (id === undefined || entry.record.id === id) entries.delete(key)
    },
  }
}
