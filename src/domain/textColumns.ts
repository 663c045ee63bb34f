/**
 * The text the tables and search need, built from the rows in one language: one long string
 * per field with offsets, which crosses from the worker as a handful of strings and typed
 * arrays instead of 100k objects.
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
  /** Per commitment: title, text, clause and responsible bodies in every language, normalised. */
  search: StringColumn
  /** Per agreement. */
  agreementTitles: StringColumn
}

const allLanguages = (t: Text | undefined): string => (t === undefined ? '' : typeof t === 'string' ? t : Object.values(t).join(' '))

export function buildTextColumns(s: Snapshot, lang: string): TextColumns {
  const fallback = s.snapshot.language
  const agreementTitle = new Map(s.agreements.map((a) => [a.id, allLanguages(a.title)]))
  return {
    snapshotId: s.snapshot.id,
    lang,
    ids: stringColumn(s.commitments.map((c) => c.id)),
    titles: stringColumn(s.commitments.map((c) => pickText(c.title, lang, fallback))),
    clauses: stringColumn(s.commitments.map((c) => c.clause ?? '')),
    responsible: stringColumn(s.commitments.map((c) => (c.responsible ?? []).join('; '))),
    search: stringColumn(
      s.commitments.map((c) =>
        normalizeForSearch(
          [c.id, allLanguages(c.title), allLanguages(c.text), c.clause ?? '', ...(c.responsible ?? []), agreementTitle.get(c.agreementId) ?? ''].join(' ').replace(/\u0000/g, ' '),
        ),
      ),
      SEARCH_SEPARATOR,
    ),
    agreementTitles: stringColumn(s.agreements.map((a) => pickText(a.title, lang, fallback))),
  }
}

export function textColumnBuffers(t: TextColumns): ArrayBuffer[] {
  return [t.ids, t.titles, t.clauses, t.responsible, t.search, t.agreementTitles].map((c) => c.starts.buffer as ArrayBuffer)
}
