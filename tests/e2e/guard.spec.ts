/**
 * Every path through which the page publishes is held when the text carries a `danger` finding:
 * each path its own test. "Publish anyway" then publishes exactly once, unchanged, which also proves
 * that the path really publishes on this page.
 */
import type { Page } from '@playwright/test';
import { badge, commentBox, composer, DEMO, expect, lexicalText, openComposer, openDemo, prompt, submissions, test, typeAndCheck } from './fixtures';

const DANGER = 'Pos kami di -7.9666, 112.6326 malam ini';

async function heldThenPublishedOnce(page: Page, editor: string, text: string, attempt: () => Promise<void>): Promise<void> {
  await attempt();
  await expect(prompt(page)).toBeVisible();
  expect(await submissions(page)).toEqual([]);
  await page.locator('saring-overlay .btn-back').click();
  await expect(prompt(page)).toHaveCount(0);
  expect(await lexicalText(page, editor)).toBe(text);
  await attempt();
  await page.locator('saring-overlay .btn-publish').click();
  await expect.poll(() => submissions(page)).toEqual([expect.objectContaining({ editor, text })]);
}

for (const key of ['Enter', 'NumpadEnter', 'Control+Enter', 'Alt+Enter', 'Meta+Enter']) {
  test(`comment box, ${key}: held before a danger text is published`, async ({ page }) => {
    await openDemo(page);
    await commentBox(page, 0).click();
    const text = await typeAndCheck(page, 'comment-0', DANGER);
    await heldThenPublishedOnce(page, 'comment-0', text, () => page.keyboard.press(key));
  });
}

test('comment box, its send icon ("Comment" ➤): held', async ({ page }) => {
  await openDemo(page);
  await commentBox(page, 0).click();
  const text = await typeAndCheck(page, 'comment-0', DANGER);
  await heldThenPublishedOnce(page, 'comment-0', text, () => page.locator('[data-action="send"][data-editor="comment-0"]').click());
});

test('reply box outside any form, its send button ("Reply" ➤): held', async ({ page }) => {
  await openDemo(page);
  await page.locator('[data-demo-editor="reply-0"]').click();
  const text = await typeAndCheck(page, 'reply-0', DANGER);
  await heldThenPublishedOnce(page, 'reply-0', text, () => page.locator('[data-action="send"][data-editor="reply-0"]').click());
});

test('reply box, Enter: held', async ({ page }) => {
  await openDemo(page);
  await page.locator('[data-demo-editor="reply-0"]').click();
  const text = await typeAndCheck(page, 'reply-0', DANGER);
  await heldThenPublishedOnce(page, 'reply-0', text, () => page.keyboard.press('Enter'));
});

for (const key of ['Control+Enter', 'Meta+Enter']) {
  test(`composer, ${key}: held`, async ({ page }) => {
    await openDemo(page);
    await openComposer(page);
    await composer(page).click();
    const text = await typeAndCheck(page, 'composer', DANGER);
    await heldThenPublishedOnce(page, 'composer', text, () => page.keyboard.press(key));
  });
}

test('the first danger comment right after the page loads is held', async ({ page }) => {
  // No wait for the demo to settle: click and type as soon as the box exists.
  await page.goto(`${DEMO}/`);
  await commentBox(page, 0).click();
  await page.keyboard.type(DANGER);
  await page.keyboard.press('Enter');
  await expect(prompt(page)).toBeVisible();
  expect(await submissions(page)).toEqual([]);
});

test('the shortcut opens the card only when there are findings; otherwise the keys reach the editor', async ({ page }) => {
  await openDemo(page);
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Halo');
  // Record whether the page (the editor) still gets the key: on macOS Option+Shift+S types "Í".
  await page.evaluate(() => {
    const w = window as unknown as { __keys: boolean[] };
    w.__keys = [];
    document.addEventListener('keydown', (e) => e.code === 'KeyS' && w.__keys.push(e.defaultPrevented));
  });
  const keys = () => page.evaluate(() => (window as unknown as { __keys: boolean[] }).__keys);
  await page.keyboard.press('Alt+Shift+KeyS');
  expect(await keys()).toEqual([false]);
  await expect(page.locator('saring-overlay .card')).toHaveCount(0);
  await typeAndCheck(page, 'comment-0', ' goblok');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect(page.locator('saring-overlay .card')).toBeVisible();
  // With a card to open the shortcut is Saring's, and the editor does not get it.
  expect(await keys()).toEqual([false]);
  await expect(badge(page, 'comment')).toHaveText('1');
});
