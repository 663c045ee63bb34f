/**
 * The text the tables and lists show, built from the rows in one language: one long string per
 * field with offsets, which crosses from the worker as a handful of strings and typed arrays
 * instead of 100k objects. The search index, several times larger, stays in the worker.
 */
import type { Snapshot, Text } from './schema'
import { normalizeForSearch, SEARCH_SEPARATOR, stringColumn, type StringColumn } from './search'
import { pickText } from './text'

export interface TextColumns {
  snapshotId: string
  lang: string
  /** Per commitment. */
  ids: StringColumn
  titles: StringColumn
  clauses: StringColumn
  responsible: StringColumn
  /** Per agreement. */
  agreementTitles: StringColumn
}

const allLanguages = (t: Text | undefined): string =>
  t === undefined ? '' : typeof t === 'string' ? t : Object.values(t).join(' ')

export function buildTextColumns(s: Snapshot, lang: string): TextColumns {
  const fallback = s.snapshot.language
  return {
    snapshotId: s.snapshot.id,
    lang,
    ids: stringColumn(s.commitments.map((c) => c.id)),
    titles: stringColumn(s.commitments.map((c) => pickText(c.title, lang, fallback))),
    clauses: stringColumn(s.commitments.map((c) => c.clause ?? '')),
    responsible: stringColumn(s.commitments.map((c) => (c.responsible ?? []).join('; '))),
    agreementTitles: stringColumn(s.agreements.map((a) => pickText(a.title, lang, fallback))),
  }
}

/** Per commitment: id, title, text, clause, responsible bodies and agreement title in every language, normalised. */
export function buildSearchIndex(s: Snapshot): StringColumn {
  const text = searchTexts(s)
  return stringColumn(s.commitments.map(text), SEARCH_SEPARATOR)
}

/**
 * The same index, `chunk` commitments at a time with `between()` awaited after each: the data
 * worker builds it ahead of the first search (about half a second at 100k commitments) without
 * holding up the requests that come meanwhile.
 */
export async function buildSearchIndexInTurns(
  s: Snapshot,
  between: () => Promise<void>,
  chunk = 5000,
): Promise<StringColumn> {
  const text = searchTexts(s)
  const items: string[] = []
  for (let i = 0; i < s.commitments.length; i++) {
    items.push(text(s.commitments[i]))
    if ((i + 1) % chunk === 0) await between()
  }
  return stringColumn(items, SEARCH_SEPARATOR)
}

/** One commitment's searchable text. */
function searchTexts(s: Snapshot): (c: Snapshot['commitments'][number]) => string {
  const agreementTitle = new Map(s.agreements.map((a) => [a.id, allLanguages(a.title)]))
  return (c) =>
    normalizeForSearch(
      [
        c.id,
        allLanguages(c.title),
        allLanguages(c.text),
        c.clause ?? '',
        ...(c.responsible ?? []),
        agreementTitle.get(c.agreementId) ?? '',
      ]
        .join(' ')
        .replace(/\u0000/g, ' '),
    )
}

/**
 * The text columns of one snapshot, kept per language: a language shown once is shown again at
 * once, with no round trip to the worker and no placeholders. The columns that do not depend on
 * the language (ids, clauses, responsible bodies) are held once. Another snapshot (or version:
 * `version` is its id and import time) starts again, and so does none (everything cleared): the
 * texts of a snapshot no longer shown are not held.
 */
export function createTextCache() {
  let shownVersion = ''
  const byLang = new Map<string, TextColumns>()
  /** The snapshot (version) shown now, or none: the texts of any other are let go. */
  function showing(version: string | null) {
    if (version === shownVersion) return
    shownVersion = version ?? ''
    byLang.clear()
  }
  return {
    showing,
    get(version: string, lang: string): TextColumns | undefined {
      return version === shownVersion ? byLang.get(lang) : undefined
    },
    /** Keeps `built` (in its language) for `version`; what to show: the same columns, sharing. */
    put(version: string, built: TextColumns): TextColumns {
      showing(version)
      const first = byLang.values().next().value
      const kept = first ? { ...built, ids: first.ids, clauses: first.clauses, responsible: first.responsible } : built
      byLang.set(built.lang, kept)
      return kept
    },
  }
}
