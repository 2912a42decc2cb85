import { test as base } from '@playwright/test';
import { commentBox, composer, launchWithExtension, lexicalText, openComposer, openDemo, submissions } from './fixtures';

// The demo must behave like Facebook on its own, without the extension, or later tests prove nothing.
const test = base.extend<{ page: import('@playwright/test').Page }>({
  // eslint-disable-next-line no-empty-pattern
  page: async ({}, use) => {
    const context = await launchWithExtension({ extension: false });
    await use(context.pages()[0] ?? (await context.newPage()));
    await context.close();
  },
});
const { expect } = base;

for (const lang of ['en', 'id'] as const) {
  test(`composer: Post stays disabled until there is text, then records it exactly (${lang})`, async ({ page }) => {
    await openDemo(page, '/', `?lang=${lang}`);
    await openComposer(page);
    const dialog = page.locator('[role="dialog"]');
    const title = await dialog.getAttribute('aria-labelledby');
    await expect(page.locator(`#${title}`)).toHaveText(lang === 'id' ? 'Buat postingan' : 'Create post');
    const post = dialog.locator('[role="button"][data-action="post"]');
    await expect(post).toHaveAttribute('aria-label', lang === 'id' ? 'Posting' : 'Post');
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    await post.click({ force: true }); // Facebook's disabled button ignores clicks
    expect(await submissions(page)).toEqual([]);

    await composer(page).pressSequentially('Halo rekan-rekan');
    await page.keyboard.press('Enter');
    await page.keyboard.type('baris kedua 🇮🇩');
    await expect(post).toHaveAttribute('aria-disabled', 'false');
    expect(await lexicalText(page, 'composer')).toBe('Halo rekan-rekan\n\nbaris kedua 🇮🇩');
    await post.click();
    expect(await submissions(page)).toEqual([{ kind: 'post', editor: 'composer', text: 'Halo rekan-rekan\n\nbaris kedua 🇮🇩' }]);
    await expect(dialog).toHaveCount(0);
  });
}

test('comment box: Enter publishes and clears, Shift+Enter adds a line', async ({ page }) => {
  await openDemo(page);
  const box = commentBox(page, 0);
  await expect(box).toHaveAttribute('aria-label', 'Write a public comment…');
  await box.click();
  await page.keyboard.type('baris satu');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('baris dua');
  expect(await lexicalText(page, 'comment-0')).toBe('baris satu\nbaris dua');
  expect(await submissions(page)).toEqual([]);
  await page.keyboard.press('Enter');
  expect(await submissions(page)).toEqual([{ kind: 'comment', editor: 'comment-0', text: 'baris satu\nbaris dua' }]);
  expect(await lexicalText(page, 'comment-0')).toBe('');
  await expect(page.locator('.comment-list [role="article"]').first()).toContainText('baris satu');
});

test('a comment box appears only after "Leave a comment"', async ({ page }) => {
  await openDemo(page, '/', '?lang=id');
  await expect(commentBox(page, 1)).toHaveCount(0);
  await page.getByRole('button', { name: 'Komentar', exact: true }).click();
  await expect(commentBox(page, 1)).toBeFocused();
  await expect(commentBox(page, 1)).toHaveAttribute('aria-label', 'Tulis komentar…');
  await page.keyboard.type('Siap, mantap');
  await page.keyboard.press('Enter');
  expect(await submissions(page)).toEqual([{ kind: 'comment', editor: 'comment-1', text: 'Siap, mantap' }]);
});

test('dark mode and the textarea page', async ({ page }) => {
  await openDemo(page, '/', '?theme=dark');
  await expect(page.locator('html')).toHaveClass('__fb-dark-mode');
  await openDemo(page, '/textarea.html');
  await page.locator('textarea[name="comment_text"]').fill('Komentar dari m.facebook.com');
  await page.getByRole('button', { name: 'Kirim' }).click();
  expect(await submissions(page)).toEqual([{ kind: 'comment', editor: 'comment_text', text: 'Komentar dari m.facebook.com' }]);
});
