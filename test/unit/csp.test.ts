import { describe, expect, it } from 'vitest'
import { projectText } from '../support/fixtures'
import { CONTENT_SECURITY_POLICY } from '../../vite.config'

describe('Content-Security-Policy', () => {
  it('is strict: scripts only from the app, no eval, no requests elsewhere', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    )
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('connect-src')).toBe("'self'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })

  it('is the one the README tells hosts to send', () => {
    const readme = projectText('README.md')
    expect(readme).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`)
  })
})
