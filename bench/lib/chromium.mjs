// @ts-check
// Debian's Chromium as the end-to-end tests and the benchmark's Lighthouse drive it: no sandbox
// (containers), no GPU, and nothing phoning home, since only npm and Debian are reachable here.

/** The browser: CHROMIUM_PATH, or Debian's package (`apt-get install chromium`). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium'

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
])
