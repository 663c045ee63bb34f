/**
 * An import is shown as soon as its checks pass, and stored once the page has drawn it. This
 * remembers what showed before it, so that a failed save shows that again.
 * Pure: the data store holds one and tells it what happens.
 */
export function createPendingImport<T>() {
  let pending: { shown: T; before: T | null } | null = null
  return {
    /** An import passed its checks and replaces `current` on screen. */
    checked(shown: T, current: T | null) {
      // Several files in one drop: what showed before the first of them is what to go back to.
      pending = { shown, before: pending ? pending.before : current }
    },
    /**
     * Its save failed: what to show instead (null: nothing), or undefined when the screen has
     * moved on since (the user chose another snapshot) and must stay as it is.
     */
    failed(current: T | null): { show: T | null } | undefined {
      const was = pending
      pending = null
      return was && current === was.shown ? { show: was.before } : undefined
    },
    /** True while `current` is the import shown at its checks and its save has not ended. */
    saving(current: T | null): boolean {
      return pending !== null && current === pending.shown
    },
    /** Its save worked: true when what is on screen is still the snapshot shown at its checks. */
    stored(current: T | null): boolean {
      const was = pending
      pending = null
      return was !== null && current === was.shown
    },
  }
}
