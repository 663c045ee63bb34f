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

describe('framing (issue 17, item 13)', () => {
  it('the header policy forbids every frame ancestor; the meta tag, which cannot carry it, leaves it out', async () => {
    const config = await import('../../vite.config')
    const headers = config.default.preview?.headers as Record<string, string>
    expect(headers['Content-Security-Policy']).toBe(config.HEADER_CONTENT_SECURITY_POLICY)
    expect(config.HEADER_CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    expect(headers['X-Frame-Options']).toBe('DENY')
    // Browsers ignore frame-ancestors in a meta tag and warn about it.
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
  })

  it('the README tells hosts to send the header policy and X-Frame-Options', async () => {
    const { HEADER_CONTENT_SECURITY_POLICY } = await import('../../vite.config')
    const readme = projectText('README.md')
    expect(readme).toContain(`Content-Security-Policy: ${HEADER_CONTENT_SECURITY_POLICY}\n`)
    expect(readme).toContain('X-Frame-Options: DENY')
  })
})
