import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { badge, card, checked, commentBox, expect, highlighted, openDemo, prompt, serviceWorkerOf, test, typeAndCheck } from './fixtures';

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: 'image/png' });
}

async function noViolations(page: Page, include?: string): Promise<void> {
  test.setTimeout(90_000);
  let axe = new AxeBuilder({ page });
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
  // Every violation counts, of any impact (issue 11: zero on every screen).
  const serious = violations;
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function demoTabId(page: Page): Promise<number> {
  const worker = await serviceWorkerOf(page.context());
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    return (await chrome.tabs.query({}))[0]!.id;
  });
}

test('the popup renders the guideline in Indonesian and in English, with today’s counts', async ({ context, extensionId, page }, info) => {
  await openDemo(page, '/', '?lang=id');
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Dasar goblok');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${await demoTabId(page)}`);
  await expect(popup.getByTestId('saring-popup')).toHaveAttribute('lang', 'id');
  await expect(popup.getByRole('heading', { name: 'Larangan' })).toBeVisible();
  await expect(popup.getByTestId('item-larangan-5')).toContainText('Tidak menyebarkan informasi rahasia');
  await expect(popup.getByTestId('today')).toContainText('Menjaga nama baik');
  await expect(popup.getByTestId('site')).toContainText('127.0.0.1');
  await shot(popup, info, 'popup-id');
  await noViolations(popup);
  await popup.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
  await expect(popup.getByTestId('saring-popup')).toHaveAttribute('lang', 'en');
  await expect(popup.getByRole('heading', { name: 'Prohibitions' })).toBeVisible();
  await expect(popup.getByTestId('item-larangan-5')).toContainText('No classified information');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await shot(popup, info, 'popup-en-dark');
  await noViolations(popup);
});

test('the popup reflows from 320 px without sideways scrolling, and names the shortcut the browser has bound', async ({ context, extensionId }, info) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 320, height: 800 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('shortcut')).toContainText('Alt+Shift+S: buka penjelasan temuan di kotak tulisan');
  expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expect(popup.getByTestId('group-larangan').locator('.group-source')).toContainText('arahan Kodim 0818');
  await shot(popup, info, 'popup-320');
  await noViolations(popup);
});

test('the open-card command (Alt+Shift+S unless rebound) opens the card of the editor being written in', async ({ context, page }) => {
  await openDemo(page, '/', '?lang=id');
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Dasar goblok');
  const worker = await serviceWorkerOf(context);
  type Sw = { chrome: { runtime: { getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }> } } }; saringCommand(name: string): Promise<boolean> };
  expect(await worker.evaluate(() => (globalThis as unknown as Sw).chrome.runtime.getManifest().commands?.['open-card']?.suggested_key?.default)).toBe('Alt+Shift+S');
  // Playwright's keys go to the page, not to the browser's command handling: run the command as the browser would.
  expect(await worker.evaluate(() => (globalThis as unknown as Sw).saringCommand('open-card'))).toBe(true);
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.actions .btn').first()).toBeFocused();
});

test('the welcome page: what Saring checks, privacy, and a practice box that checks as Facebook would', async ({ context, extensionId }, info) => {
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.getByRole('heading', { name: 'Selamat datang di Saring' })).toBeVisible();
  await expect(welcome.getByRole('heading', { name: 'Tidak ada yang keluar dari perangkat Anda' })).toBeVisible();
  await welcome.getByTestId('practice-box').fill('Surat ST/1234/XI/2026 sudah turun, dasar goblok');
  await expect(welcome.getByTestId('practice-result').locator('mark.mark-danger')).toHaveText('ST/1234/XI/2026');
  await expect(welcome.getByTestId('practice-result').locator('mark.mark-warning')).toHaveText('goblok');
  await shot(welcome, info, 'welcome');
  await noViolations(welcome);
  await welcome.setViewportSize({ width: 320, height: 800 });
  expect(await welcome.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await welcome.emulateMedia({ colorScheme: 'dark' });
  await noViolations(welcome);
});

test('the site switch and the pause reach the open tab at once', async ({ context, extensionId, page }) => {
  await openDemo(page);
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Dasar goblok');
  await expect(badge(page)).toHaveText('1');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${await demoTabId(page)}`);
  await popup.getByRole('checkbox', { name: /Saring aktif di situs ini/ }).uncheck();
  await expect(page.locator('saring-overlay .badge')).toHaveCount(0);
  expect(await highlighted(page)).toEqual({ info: [], warning: [], danger: [] });
  await popup.getByRole('checkbox', { name: /Saring aktif di situs ini/ }).check();
  await popup.getByRole('button', { name: 'Jeda 1 jam' }).click();
  await expect(popup.getByTestId('site')).toContainText('Dijeda sampai');
  // The toolbar says so too, in words as well as in its icon.
  const worker = await serviceWorkerOf(context);
  const title = () => worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({}));
  await expect.poll(title).toMatch(/dijeda|paused/);
  await commentBox(page, 0).click();
  await page.keyboard.type('!');
  await expect(page.locator('saring-overlay .badge')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect.poll(title).toMatch(/aktif|— on/);
  await commentBox(page, 0).click();
  await page.keyboard.type('!');
  await checked(page, 'Dasar goblok!!');
  await expect(badge(page)).toHaveText('1');
});

test('a watch term added in settings is flagged in an already open tab; an allowed term is not', async ({ context, extensionId, page }, info) => {
  await openDemo(page);
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Besok Operasi Teratai dimulai, dasar goblok');
  expect(await highlighted(page)).toEqual({ info: [], warning: ['goblok'], danger: [] });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('watch-input').fill('Operasi Teratai');
  await options.getByTestId('watch-severity').selectOption('danger');
  await options.getByTestId('watch-add').click();
  await options.getByTestId('allow-input').fill('goblok');
  await options.getByTestId('allow-add').click();
  await expect(options.getByTestId('allow-list')).toContainText('goblok');
  await shot(options, info, 'settings');
  await noViolations(options);

  await expect.poll(() => highlighted(page)).toEqual({ info: [], warning: [], danger: ['Operasi Teratai'] });
});

test('importing settings: a good file applies, bad files are refused and change nothing', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const status = options.getByTestId('status-backup');
  for (const [name, text, message] of [
    ['rusak.json', '{"format": "saring-settings", "version": 1, "settings": {"watchTerms": "x"}}', /Daftar kata pantauan harus berupa daftar.*Tidak ada yang diubah\./],
    ['asing.json', '{"name": "package"}', 'Ini bukan berkas pengaturan Saring. Tidak ada yang diubah.'],
    ['bukan-json.json', 'halo', 'Berkas ini bukan JSON yang sah. Tidak ada yang diubah.'],
    ['besar.json', JSON.stringify({ format: 'saring-settings', version: 1, settings: {}, pad: 'x'.repeat(600 * 1024) }), 'Berkas terlalu besar (600 KB; maks. 512 KB). Tidak ada yang diubah.'],
  ] as const) {
    // As a user does: press the import control, then pick the file.
    const chooser = options.waitForEvent('filechooser');
    await options.getByText('Impor dari berkas JSON').click();
    await (await chooser).setFiles(file(name, text));
    await expect(status).toHaveText(message);
    // The reason shows beside the import control, where the user is looking, not under the page title.
    await expect(status).toBeInViewport();
    await expect(options.getByText('Impor dari berkas JSON')).toBeInViewport();
    await expect(options.getByTestId('toggle-larangan-6')).toBeChecked();
  }
  const good = { format: 'saring-settings', version: 1, settings: { disabledItems: ['larangan-6'], watchTerms: [{ term: 'Markas Lama', severity: 'danger' }] } };
  await options.getByTestId('import').setInputFiles(file('baik.json', JSON.stringify(good)));
  await expect(status).toHaveText('Pengaturan berhasil diimpor.');
  await expect(options.getByTestId('toggle-larangan-6')).not.toBeChecked();
  await expect(options.getByTestId('watch-list')).toContainText('Markas Lama');
});

test('a unit rule pack applies its own rules, and a malicious message or link in it is rendered inert', async ({ context, extensionId, page }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const pack = {
    format: 'saring-unit-pack',
    version: 1,
    pack: {
      name: 'Pantauan Kodim 0818',
      version: '2026.12',
      sopUrl: 'https://sop.kodim0818.example/medsos',
      terms: [
        {
          term: 'Operasi Teratai',
          severity: 'danger',
          item: 'larangan-5',
          message: {
            id: 'Nama operasi <b>tidak boleh</b> diunggah.<img src=x onerror="document.documentElement.dataset.pwned=1"><script>document.documentElement.dataset.pwned=2</script> <a href="javascript:document.documentElement.dataset.pwned=3">klik</a> <a href="https://sop.kodim0818.example/medsos#nama">Baca SOP</a>',
            en: 'Never post <i>operation names</i>.',
          },
        },
      ],
    },
  };
  const chooser = options.waitForEvent('filechooser');
  await options.getByText('Impor dari berkas JSON').click();
  await (await chooser).setFiles({ name: 'paket.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await expect(options.getByTestId('status-backup')).toHaveText('Paket aturan «Pantauan Kodim 0818» versi 2026.12 dipasang: 1 aturan.');

  await openDemo(page, '/', '?lang=id');
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Besok Operasi Teratai dimulai');
  expect((await highlighted(page)).danger).toEqual(['Operasi Teratai']);
  await badge(page, 'comment').click();
  const msg = card(page).locator('.msg');
  await expect(msg).toContainText('Nama operasi tidak boleh diunggah.');
  await expect(msg.locator('b')).toHaveText('tidak boleh');
  await expect(msg.locator('img, script')).toHaveCount(0);
  await expect(msg.locator('a')).toHaveCount(1);
  await expect(msg.locator('a')).toHaveAttribute('href', 'https://sop.kodim0818.example/medsos#nama');
  await expect(msg.locator('a')).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(card(page).locator('a.sop')).toHaveAttribute('href', 'https://sop.kodim0818.example/medsos');
  await msg.getByText('klik').click();
  expect(await page.evaluate(() => document.documentElement.dataset.pwned)).toBeUndefined();
});

test('a reset can be taken back, watch terms included', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('watch-input').fill('Markas Lama');
  await options.getByTestId('watch-add').click();
  await expect(options.getByTestId('watch-list')).toContainText('Markas Lama');
  await options.getByTestId('reset').click();
  await expect(options.getByTestId('status-reset')).toHaveText('Pengaturan dikembalikan ke bawaan, termasuk istilah pantauan satuan.');
  await expect(options.getByTestId('watch-list')).not.toContainText('Markas Lama');
  await expect(options.getByTestId('undo-reset')).toBeInViewport();
  await options.getByTestId('undo-reset').click();
  await expect(options.getByTestId('watch-list')).toContainText('Markas Lama');
  await expect(options.getByTestId('status-reset')).toHaveText('Dikembalikan seperti semula.');
});

test('an administrator’s policy wins and shows as locked', async ({ context, extensionId, page }) => {
  const worker = await serviceWorkerOf(context);
  // Test builds read the policy from this stand-in; store builds read browser.storage.managed.
  await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
      testPolicy: { sensitivity: 'strict', watchTerms: [{ term: 'Markas Lama', severity: 'danger' }] },
    }),
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByText('Sebagian pengaturan ditetapkan oleh administrator')).toBeVisible();
  await expect(options.getByTestId('sens-strict')).toBeChecked();
  await expect(options.getByTestId('sens-normal')).toBeDisabled();
  await expect(options.getByTestId('watch-list')).toContainText('Markas Lama');
  await expect(options.getByTestId('watch-list').getByTestId('locked')).toBeVisible();
  await openDemo(page);
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Kumpul di Markas Lama jam 8');
  expect((await highlighted(page)).danger).toEqual(['Markas Lama']);
});

// 200% zoom: a 1280×800 window shows 640×400 CSS pixels at twice the density; 320 px is the narrowest
// window the pages must serve.
// At 100% the popup and welcome page are checked in both themes by their own tests above, and the
// settings page in light: this loop adds what those leave out, to keep the suite short.
const ZOOMS = [
  { zoom: '100%', width: 1280, height: 800, pages: ['settings'] },
  { zoom: '200%', width: 640, height: 400, pages: ['popup', 'settings', 'welcome'] },
] as const;
for (const { zoom, width, height, pages } of ZOOMS) {
  test(`every screen passes an accessibility check at ${zoom} zoom, light and dark: popup, settings, welcome, card, publish prompt`, async ({ context, extensionId, page }, info) => {
    test.setTimeout(180_000);
    for (const [name, path, ready] of [
      ['popup', 'popup.html', 'saring-popup'],
      ['settings', 'options.html', 'saring-settings'],
      ['welcome', 'welcome.html', 'saring-welcome'],
    ] as const) {
      if (!(pages as readonly string[]).includes(name)) continue;
      const p = await context.newPage();
      await p.setViewportSize({ width, height });
      await p.goto(`chrome-extension://${extensionId}/${path}`);
      await expect(p.getByTestId(ready)).toBeVisible();
      for (const theme of ['light', 'dark'] as const) {
        await p.emulateMedia({ colorScheme: theme });
        await noViolations(p);
      }
      for (const w of [width, 320]) {
        await p.setViewportSize({ width: w, height });
        expect(await p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${name} scrolls sideways at ${w} px`).toBe(true);
      }
      await p.close();
    }
    await page.setViewportSize({ width, height });
    for (const theme of ['light', 'dark'] as const) {
      await openDemo(page, '/', `?lang=id&theme=${theme}`);
      await commentBox(page, 0).click();
      await typeAndCheck(page, 'comment-0', 'Surat ST/1234/XI/2026 sudah turun');
      await badge(page).click();
      await expect(card(page)).toBeInViewport();
      await shot(page, info, `card-${zoom}-${theme}`);
      await noViolations(page, 'saring-overlay');
      await page.keyboard.press('Escape');
      await commentBox(page, 0).click();
      await page.keyboard.press('Enter');
      await expect(prompt(page)).toBeVisible();
      await expect(prompt(page).getByRole('button', { name: 'Kembali dan sunting' })).toBeInViewport();
      await noViolations(page, 'saring-overlay');
    }
  });
}
