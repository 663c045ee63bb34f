import { oneLine } from './xmlText'

/** Where an export's numbers come from: the snapshot's title (else its id) and its publisher. */
export function sourceName(snapshot: { id: string; title: string; publisher?: string }): string {
  return [oneLine(snapshot.title) || oneLine(snapshot.id), oneLine(snapshot.publisher ?? '')]
    .filter(Boolean)
    .join(' — ')
}
