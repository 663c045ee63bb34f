/** Issue messages agree in number with what they count (vue-i18n's plural forms, chosen by pluralCount). */
import { describe, expect, it } from 'vitest'
import { pluralCount, type ImportIssue } from '@/domain/issues'
import { i18n } from '@/i18n'

const say = (kind: 'errors' | 'warnings', issue: ImportIssue) =>
  i18n.global.t(`${kind}.${issue.code}`, issue.params ?? {}, pluralCount(issue))

describe('issue messages', () => {
  it('an unknown field found once is not "1 times"; found more often, the count is said', () => {
    const once = say('warnings', {
      code: 'unknown_field',
      path: 'commitments[3].priority',
      params: { field: 'priority', count: 1 },
    })
    expect(once).toBe('The field “priority” is not part of format version 1 and was left out.')
    const thrice = say('warnings', {
      code: 'unknown_field',
      path: 'commitments[3].priority',
      params: { field: 'priority', count: 3 },
    })
    expect(thrice).toBe('The field “priority” is not part of format version 1 and was left out (3 times).')
  })

  it('a list that needs one item says "item", more says "items"', () => {
    expect(say('errors', { code: 'too_few', path: 'agreements[0].parties', params: { minimum: 1 } })).toBe(
      'At least 1 item is needed.',
    )
    expect(say('errors', { code: 'too_few', path: 'x', params: { minimum: 2 } })).toBe('At least 2 items are needed.')
  })

  it('a message without a count reads as written', () => {
    expect(
      say('warnings', { code: 'completed_under_100', path: 'commitments[0].progress', params: { found: 90 } }),
    ).toBe('Completed, but progress is 90%.')
  })
})
