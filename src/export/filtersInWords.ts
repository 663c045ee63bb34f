/**
 * The active filters in words, in the UI language: the chips above the dashboard and the line
 * under every exported chart and slide say the same thing, from this one function.
 */
import type { Filters } from '@/domain/filters'

export interface FilterWords {
  /** A UI message by key (`filters.sphere`, `status.completed` …). */
  t(key: string): string
  sphere(id: string): string
  country(code: string): string
  /** An agreement's title, by its id. */
  agreement(id: string): string
}

export interface FilterChip {
  id: string
  /** What is filtered ("Sphere"). */
  kind: string
  /** By which value ("Digitalization"). */
  label: string
  /** The change that removes this one value. */
  remove: Partial<Filters>
}

type ListKey = 'spheres' | 'countries' | 'statuses' | 'types' | 'kinds' | 'owedBy' | 'agreements'

/** One chip per filtered value, in a fixed order of filters. */
export function filterChips(f: Filters, w: FilterWords): FilterChip[] {
  const list = (key: ListKey, kind: string, name: (v: string) => string): FilterChip[] =>
    (f[key] as string[]).map((v) => ({
      id: `${key}:${v}`,
      kind,
      label: name(v),
      remove: { [key]: (f[key] as string[]).filter((x) => x !== v) },
    }))
  const out = [
    ...list('spheres', w.t('filters.sphere'), w.sphere),
    ...list('countries', w.t('filters.country'), w.country),
    ...list('statuses', w.t('filters.status'), (s) => w.t(`status.${s}`)),
    ...list('types', w.t('filters.type'), (s) => w.t(`agreementType.${s}`)),
    ...list('kinds', w.t('filters.kind'), (s) => w.t(`partyKind.${s}`)),
    ...list('owedBy', w.t('filters.owedBy'), (s) => w.t(`owedBy.${s}`)),
    ...list('agreements', w.t('filters.agreement'), w.agreement),
  ]
  if (f.year) {
    const years =
      f.year === 'none'
        ? w.t('chart.noDate')
        : f.year.from === f.year.to
          ? String(f.year.from)
          : `${f.year.from}–${f.year.to}`
    out.push({
      id: 'year',
      kind: f.axis === 'due' ? w.t('filters.dueYear') : w.t('filters.signedYear'),
      label: years,
      remove: { year: null },
    })
  }
  if (f.overdue)
    out.push({
      id: 'overdue',
      kind: w.t('filters.show'),
      label: w.t('filters.overdueOnly'),
      remove: { overdue: false },
    })
  if (f.q.trim()) out.push({ id: 'q', kind: w.t('filters.search'), label: `“${f.q.trim()}”`, remove: { q: '' } })
  return out
}

/** One phrase per filter, its values joined: ["Sphere: Digitalization, Ecology", "Signing year: 2024"]. Empty when nothing is filtered. */
export function filtersInWords(f: Filters, w: FilterWords): string[] {
  const byKind = new Map<string, string[]>()
  for (const chip of filterChips(f, w)) byKind.set(chip.kind, [...(byKind.get(chip.kind) ?? []), chip.label])
  return [...byKind].map(([kind, labels]) => `${kind}: ${labels.join(', ')}`)
}
