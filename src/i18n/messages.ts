/**
 * The shape every language file must have: English's keys, with any string as the value. A
 * language file typed `Messages` fails `vue-tsc` on a missing or an extra key.
 */
import type en from './locales/en'

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>
