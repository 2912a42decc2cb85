// npm start: build the extension (store builds + the demo build), serve the demo, and open Chromium
// with the extension loaded on it. Without a display, say so and explain how to load it by hand.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer } from './serve-demo.mjs';
import { chromiumPath, INSTALL_HINT } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, env = {}) => execSync(cmd, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

console.log('Membangun ekstensi / building the extension…');
run('npx wxt build');
run('npx wxt build -b firefox --mv3');
run('npx wxt build', { SARING_TEST: '1' });
run('node scripts/build-demo.mjs');

const port = Number(process.env.PORT ?? 4817);
await startDemoServer(port);
const demo = `http://127.0.0.1:${port}/`;
const testBuild = join(root, '.output-test/chrome-mv3');

console.log(`
Saring siap / Saring is ready.
  Demo Facebook:     ${demo}   (Bahasa Indonesia: ${demo}?lang=id · gelap/dark: ${demo}?theme=dark · textarea: ${demo}textarea.html)
  Chrome (toko):     ${join(root, '.output/chrome-mv3')}
  Firefox (toko):    ${join(root, '.output/firefox-mv3')}
  Ekstensi + demo:   ${testBuild}   (also runs on 127.0.0.1, for the demo)

Memasang manual / loading by hand:
  Chrome:  chrome://extensions → Developer mode → Load unpacked → choose the folder above.
  Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → .output/firefox-mv3/manifest.json

Mencoba pemeriksa dari terminal / try the checker from the terminal:
  echo "Dokumen RAHASIA: jadwal patroli besok" | npm run --silent scan -- --pretty -
`);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser = chromiumPath();
if (!hasDisplay) {
  console.log('Tidak ada layar (DISPLAY kosong): buka demo di browser Anda dan pasang ekstensi secara manual seperti di atas.');
  console.log('No display here: open the demo in your own browser and load the extension by hand as above. Ctrl+C stops the server.');
} else if (!browser) {
  console.log(INSTALL_HINT);
} else {
  const profile = mkdtempSync(join(tmpdir(), 'saring-start-'));
  const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${testBuild}`, `--load-extension=${testBuild}`, '--no-first-run', demo];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('exit', () => process.exit(0));
  console.log('Chromium dibuka dengan Saring terpasang / Chromium opened with Saring loaded. Ctrl+C stops.');
}
