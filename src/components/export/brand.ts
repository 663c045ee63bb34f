/**
 * The ministry's name and logo for the exports, as kept in the browser (the worker's settings,
 * ../../data/service): read once, shared by the settings control, the deck and the chart pictures.
 */
import { shallowRef } from 'vue'
import { cleanBrand, type Brand } from '@/domain/brand'
import { dataClient } from '@/data/client'

const brand = shallowRef<Brand | null>(null)
let asked: Promise<void> | null = null

/** The brand kept in this browser (null: none), and a way to change it. */
export function useBrand() {
  asked ??= dataClient()
    .brand()
    .then((b) => void (brand.value = cleanBrand(b)))
    .catch(() => undefined)
  return {
    brand,
    /** The stored brand, once it has been read (for an export asked before the first read ended). */
    ready: () => asked!.then(() => brand.value),
    async save(next: Brand | null) {
      const clean = next && cleanBrand(next)
      await dataClient().setBrand(clean)
      brand.value = clean
    },
  }
}

/** Bytes as base64, in slices (a spread of a whole megabyte would overflow the call stack). */
export function base64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(text)
}
