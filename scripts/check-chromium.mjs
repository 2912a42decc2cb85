import { chromiumPath, INSTALL_HINT } from './chromium.mjs';

if (!chromiumPath()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
