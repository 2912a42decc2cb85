import { commentBox, composer, expect, openComposer, openDemo, serviceWorkerOf, test } from './fixtures';

test('the built extension loads: service worker, popup page, minimal manifest', async ({ context, extensionId, page }) => {
  const worker = await serviceWorkerOf(context);
  expect(worker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  type Manifest = { manifest_version: number; permissions?: string[]; host_permissions?: string[] };
  const manifest = await worker.evaluate(
    () => (globalThis as unknown as { chrome: { runtime: { getManifest(): Manifest } } }).chrome.runtime.getManifest(),
  );
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('saring-popup')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Larangan' })).toBeVisible();
});

test('the content script is active on the demo composer and on a comment box', async ({ page }) => {
  await openDemo(page);
  const badges = page.locator('saring-overlay .badge');
  await expect(badges).toHaveCount(0);
  await openComposer(page);
  await composer(page).click();
  await expect(page.locator('saring-overlay .badge[data-editor-kind="composer"]')).toBeVisible();
  await page.locator('[data-action="close-composer"]').click();
  await commentBox(page, 0).click();
  await expect(page.locator('saring-overlay .badge[data-editor-kind="comment"]')).toBeVisible();
  // The composer left the page, and its badge with it.
  await expect(page.locator('saring-overlay .badge[data-editor-kind="composer"]')).toHaveCount(0);
});
