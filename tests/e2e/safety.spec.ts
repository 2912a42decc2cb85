import { badge, checked, commentBox, DEMO, expect, highlighted, lastSignal, lexicalText, openDemo, serviceWorkerOf, submissions, test, typeAndCheck } from './fixtures';

test('the extension makes no network request at all', async ({ context, page }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Requests of the extension's service worker reach the context's listener too.
  await serviceWorkerOf(context);
  await openDemo(page);
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Dokumen RAHASIA: jadwal patroli malam ini jam 22.00. Dasar goblok');
  await badge(page, 'comment').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.locator('saring-overlay .btn-publish').click();
  await expect.poll(() => submissions(page)).toHaveLength(1);
  const foreign = requests.filter((u) => !u.startsWith(DEMO) && !u.startsWith('chrome-extension://') && !u.startsWith('blob:') && !u.startsWith('data:'));
  expect(foreign).toEqual([]);
  // The demo's own files were requested, so the recorder did see traffic.
  expect(requests.some((u) => u.startsWith(DEMO))).toBe(true);
});

test('under a strict CSP with report-uri the extension works and causes no CSP violation or report', async ({ page }) => {
  await openDemo(page, '/', '?csp=report');
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Dasar goblok, pos kami -7.9666, 112.6326');
  expect((await highlighted(page)).warning).toEqual(['goblok']);
  await page.keyboard.press('Enter');
  await expect(page.locator('saring-overlay .prompt')).toBeVisible();
  await page.locator('saring-overlay .btn-back').click();
  expect(await page.evaluate(() => window.__fixture.cspViolations)).toEqual([]);
  // Reports travel asynchronously: make the page report something itself, then wait for exactly that.
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://example.invalid/probe.png';
    document.body.append(img);
  });
  const reports = async () => (await (await page.request.get(`${DEMO}/csp-reports`)).json()) as string[];
  await expect.poll(async () => (await reports()).some((r) => r.includes('example.invalid'))).toBe(true);
  // Every report the server got is the page's own probe: none came from Saring.
  expect((await reports()).filter((r) => !r.includes('example.invalid'))).toEqual([]);
});

test('reloading the extension while typing leaves Facebook working and the text intact', async ({ context, page }) => {
  await openDemo(page);
  await commentBox(page, 0).click();
  const text = await typeAndCheck(page, 'comment-0', 'Dasar goblok, ini tulisan penting');
  expect((await highlighted(page)).warning).toEqual(['goblok']);
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
  expect(await lexicalText(page, 'comment-0')).toBe(text);
  // The user goes on typing: the orphaned script notices, removes its overlay and marks, and lets go.
  await commentBox(page, 0).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' sekali');
  await expect(page.locator('saring-overlay')).toHaveCount(0);
  expect(await highlighted(page)).toEqual({ info: [], warning: [], danger: [] });
  await expect.poll(() => lexicalText(page, 'comment-0')).toBe(`${text} sekali`);
  await page.keyboard.press('Enter');
  await expect.poll(() => submissions(page)).toEqual([{ kind: 'comment', editor: 'comment-0', text: `${text} sekali` }]);
});

test('a 1 MB paste is checked without freezing the editor, and typing goes on', async ({ page }) => {
  await openDemo(page);
  await commentBox(page, 0).click();
  const big = 'Selamat pagi rekan-rekan, semangat bertugas. '.repeat(22_000) + 'Dasar goblok';
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, big);
  await expect.poll(() => lexicalText(page, 'comment-0').then((t) => t?.length)).toBe(big.length);
  await checked(page, big);
  expect((await highlighted(page)).warning).toEqual(['goblok']);
  await page.keyboard.type('!');
  await checked(page, `${big}!`);
});

test('a checker that stops (service worker stopped) is reconnected and the text checked again', async ({ context, page }) => {
  await openDemo(page);
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Dasar goblok');
  expect(await lastSignal(page, 'checked')).toMatchObject({ opened: 1 });
  // Stop the extension's service worker as Chrome does when it is idle.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await typeAndCheck(page, 'comment-0', ', bangsat');
  expect(await lastSignal(page, 'checked')).toMatchObject({ opened: 2 });
  expect((await highlighted(page)).warning).toEqual(['bangsat', 'goblok']);
});

test('Enter during IME composition is left to the editor', async ({ page }) => {
  await openDemo(page);
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Password wifi kantor: Kodim0818');
  await page.evaluate(() =>
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true })),
  );
  expect(await lastSignal(page, 'prompt')).toBeNull();
  await expect(page.locator('saring-overlay .prompt')).toHaveCount(0);
  expect(await submissions(page)).toEqual([]);
});

test('twenty editors on one page are each checked on their own', async ({ page }) => {
  await openDemo(page, '/', '?boxes=20');
  const ids = Array.from({ length: 20 }, (_, i) => `comment-${i + 3}`);
  for (const [n, id] of ids.entries()) {
    await page.locator(`[data-demo-editor="${id}"]`).click();
    await typeAndCheck(page, id, n % 2 ? 'Dasar goblok' : 'Selamat pagi');
  }
  await expect(page.locator('saring-overlay .badge')).toHaveCount(20);
  await expect(page.locator('saring-overlay .badge[data-severity="warning"]')).toHaveCount(10);
  expect((await highlighted(page)).warning).toHaveLength(10);
});
