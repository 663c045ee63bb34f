/**
 * The active filters in words, in the UI language: the chips above the dashboard and the line
 * under every exported chart and slide say the same thing, from the filter table's chips.
 */
import { FILTER_DEFS, withValue, type FilterChip, type FilterWords } from '@/domain/filterDefs'
import type { Filters } from '@/domain/filters'

export type { FilterChip, FilterWords }

/** One chip per filtered value, in the filter table's order. */
export function filterChips(f: Filters, w: FilterWords): FilterChip[] {
  return FILTER_DEFS.flatMap((d) => {
    const { def, value } = withValue(d, f)
    return def.isOn(value) ? def.chips(f, w) : []
  })
}

/** One phrase per filter, its values joined: ["Sphere: Digitalization, Ecology", "Signing year: 2024"]. Empty when nothing is filtered. */
export function filtersInWords(f: Filters, w: FilterWords): string[] {
  const byKind = new Map<string, string[]>()
  for (const chip of filterChips(f, w)) byKind.set(chip.kind, [...(byKind.get(chip.kind) ?? []), chip.label])
  return [...byKind].map(([kind, labels]) => `${kind}: ${labels.join(', ')}`)
}
