import { existsSync } from 'node:fs';

/** Debian's Chromium, or where CHROMIUM_PATH says. Playwright's own browser downloads don't work here. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

export const INSTALL_HINT =
  'Chromium not found at ' +
  (process.env.CHROMIUM_PATH || '/usr/bin/chromium') +
  '. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).';
