/** "Chrome 156" and "Linux" for a session list, from the User-Agent kept with the session. */
import Bowser from 'bowser'

const UNKNOWN = 'Unknown'

export function describeUserAgent(userAgent: string): { browser: string; os: string } {
  if (!userAgent.trim()) return { browser: UNKNOWN, os: UNKNOWN }
  try {
    const { browser, os } = Bowser.parse(userAgent)
    const major = browser.version?.split('.')[0]
    return {
      browser: browser.name ? [browser.name, major].filter(Boolean).join(' ') : UNKNOWN,
      os: os.name ? [os.name, os.versionName ?? os.version].filter(Boolean).join(' ') : UNKNOWN,
    }
  } catch {
    // Whatever a client sends as its User-Agent, the list still renders.
    return { browser: UNKNOWN, os: UNKNOWN }
  }
}
