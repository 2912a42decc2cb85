import {
  badge, card, checked, commentBox, composer, expect, highlighted, lastSignal, lexicalText, openComposer, openDemo, prompt, submissions, test, typeAndCheck,
} from './fixtures';

const DANGER = 'Password wifi kantor: Kodim0818';

test.describe('composer', () => {
  for (const lang of ['id', 'en'] as const) {
    test(`highlights findings at the right words and counts them (${lang})`, async ({ page }) => {
      await openDemo(page, '/', `?lang=${lang}`);
      await openComposer(page);
      await composer(page).click();
      await typeAndCheck(page, 'composer', 'Dasar goblok. Lokasi pos: -7.9666, 112.6326');
      await page.keyboard.press('Enter');
      await typeAndCheck(page, 'composer', 'Coblos partai Demokrat, lanjutkan!');
      const marks = await highlighted(page);
      expect(marks.danger).toEqual(['-7.9666, 112.6326']);
      expect(marks.warning).toEqual(['Coblos partai', 'goblok']);
      await expect(badge(page, 'composer')).toHaveText('3');
      await expect(badge(page, 'composer')).toHaveAttribute('data-severity', 'danger');
      // Lexical still holds exactly what was typed.
      expect(await lexicalText(page, 'composer')).toBe('Dasar goblok. Lokasi pos: -7.9666, 112.6326\n\nCoblos partai Demokrat, lanjutkan!');
    });
  }

  test('a finding goes away as soon as it is fixed', async ({ page }) => {
    await openDemo(page);
    await openComposer(page);
    await composer(page).click();
    await typeAndCheck(page, 'composer', 'Dasar goblok');
    expect((await highlighted(page)).warning).toEqual(['goblok']);
    for (let i = 0; i < 'goblok'.length; i++) await page.keyboard.press('Backspace');
    await typeAndCheck(page, 'composer', 'baik');
    expect(await highlighted(page)).toEqual({ info: [], warning: [], danger: [] });
    await expect(badge(page, 'composer')).toHaveText('✓');
  });
});

test.describe('the card', () => {
  test('explains the finding in Indonesian and English with its guideline item, by mouse and by keyboard', async ({ page }) => {
    await openDemo(page, '/', '?lang=id');
    await commentBox(page, 0).click();
    await typeAndCheck(page, 'comment-0', 'Surat ST/1234/XI/2026 sudah turun');
    await badge(page, 'comment').click();
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toHaveAttribute('data-rule-id', 'l5-nomor-surat');
    await expect(card(page).locator('.sev')).toHaveText('Berbahaya');
    await expect(card(page).locator('.quote')).toHaveText('«ST/1234/XI/2026»');
    await expect(card(page).locator('.msg')).toContainText('nomor surat dinas');
    // One language at a time; the switch shows the other, and the card stays in it.
    await expect(card(page)).not.toContainText('official letter number');
    await card(page).locator('.lang-switch').click();
    await expect(card(page).locator('.msg')).toContainText('official letter number');
    await expect(card(page).locator('.items')).toContainText('Prohibition 5');
    await card(page).locator('.lang-switch').click();
    await expect(card(page).locator('.items')).toContainText('Larangan 5 · Tidak menyebarkan informasi rahasia');
    await expect(card(page).locator('.items')).toContainText('Etika 3 · Menjaga rahasia negara');
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await expect(commentBox(page, 0)).toBeFocused();
    // Keyboard: Alt+Shift+S from the editor opens the card with focus on its first action.
    await page.keyboard.press('Alt+Shift+S');
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('.btn-apply')).toBeFocused();
    // Hovering the underlined words opens it too.
    await page.keyboard.press('Escape');
    const box = await page.evaluate(() => {
      const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('saring-danger')!][0]!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect(card(page)).toBeVisible();
  });

  test('apply a suggestion: Lexical keeps the new text and undo restores the old', async ({ page }) => {
    await openDemo(page);
    await commentBox(page, 0).click();
    const before = await typeAndCheck(page, 'comment-0', DANGER);
    await badge(page, 'comment').click();
    await card(page).locator('.btn-apply').click();
    await checked(page, 'Password wifi kantor: ••••••');
    expect(await lexicalText(page, 'comment-0')).toBe('Password wifi kantor: ••••••');
    await expect(commentBox(page, 0)).toHaveText('Password wifi kantor: ••••••');
    await page.keyboard.press('Control+z');
    await expect.poll(() => lexicalText(page, 'comment-0')).toBe(before);
    await expect(commentBox(page, 0)).toHaveText(before);
  });

  test('ignore once hides the finding; always allow stops flagging the words', async ({ page }) => {
    await openDemo(page);
    await commentBox(page, 0).click();
    await typeAndCheck(page, 'comment-0', 'Dasar goblok, bangsat');
    expect((await highlighted(page)).warning).toEqual(['bangsat', 'goblok']);
    await badge(page, 'comment').click();
    await expect(card(page).locator('.quote')).toHaveText('«goblok»');
    await card(page).locator('.btn-ignore').click();
    await expect.poll(async () => (await highlighted(page)).warning).toEqual(['bangsat']);
    await expect(card(page).locator('.quote')).toHaveText('«bangsat»');
    await card(page).locator('.btn-allow').click();
    await expect.poll(async () => (await highlighted(page)).warning).toEqual([]);
    // The allowed term sticks for new text too.
    await commentBox(page, 0).click();
    await page.keyboard.press('End');
    await typeAndCheck(page, 'comment-0', ' bangsat');
    expect((await highlighted(page)).warning).toEqual([]);
  });
});

test.describe('before publishing', () => {
  test('Enter in a comment box: go back keeps the text, publish anyway publishes once, unchanged', async ({ page }) => {
    await openDemo(page, '/', '?lang=id');
    await commentBox(page, 0).click();
    const text = await typeAndCheck(page, 'comment-0', DANGER);
    await page.keyboard.press('Enter');
    await expect(prompt(page)).toBeVisible();
    await expect(prompt(page).locator('h2')).toHaveText('Tunggu sebentar sebelum menerbitkan');
    await expect(prompt(page)).toContainText('«Kodim0818»');
    expect(await submissions(page)).toEqual([]);
    // Typing while the prompt is open reaches nothing.
    await page.keyboard.type('x');
    expect(await lexicalText(page, 'comment-0')).toBe(text);
    expect(await submissions(page)).toEqual([]);
    await prompt(page).locator('.btn-back').click();
    await expect(prompt(page)).toHaveCount(0);
    expect(await lexicalText(page, 'comment-0')).toBe(text);
    await expect(commentBox(page, 0)).toBeFocused();
    expect(await submissions(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await expect(prompt(page)).toBeVisible();
    await prompt(page).locator('.btn-publish').click();
    await expect.poll(() => submissions(page)).toEqual([{ kind: 'comment', editor: 'comment-0', text }]);
    await expect(prompt(page)).toHaveCount(0);
    expect(await lexicalText(page, 'comment-0')).toBe('');
  });

  test('warnings never block; Shift+Enter and the mention picker keep working', async ({ page }) => {
    await openDemo(page);
    await commentBox(page, 0).click();
    const text = await typeAndCheck(page, 'comment-0', 'Dasar goblok');
    await page.keyboard.press('Enter');
    await expect.poll(() => submissions(page)).toEqual([{ kind: 'comment', editor: 'comment-0', text }]);
    await expect(prompt(page)).toHaveCount(0);

    await typeAndCheck(page, 'comment-0', DANGER);
    await page.keyboard.press('Shift+Enter');
    await typeAndCheck(page, 'comment-0', 'cc @Bu');
    await page.keyboard.press('Enter');
    await expect.poll(() => lexicalText(page, 'comment-0')).toBe(`${DANGER}\ncc @Budi Santoso `);
    await expect(prompt(page)).toHaveCount(0);
    expect(await submissions(page)).toHaveLength(1);
  });

  test('the Post button: nothing is published while the prompt is open; going back and publishing anyway', async ({ page }) => {
    await openDemo(page, '/', '?lang=en');
    await openComposer(page);
    await composer(page).click();
    const text = await typeAndCheck(page, 'composer', 'Malam ini kompi kami bergerak ke perbatasan, 120 personel');
    const post = page.locator('[role="dialog"] [data-action="post"]');
    await post.click();
    await expect(prompt(page)).toBeVisible();
    await expect(prompt(page).locator('h2')).toHaveText('Wait before you publish');
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(prompt(page)).toHaveCount(0);
    expect(await lexicalText(page, 'composer')).toBe(text);
    expect(await submissions(page)).toEqual([]);
    await post.click();
    await prompt(page).locator('.btn-publish').click();
    await expect.poll(() => submissions(page)).toEqual([{ kind: 'post', editor: 'composer', text }]);
  });

  test('a clean post goes straight through', async ({ page }) => {
    await openDemo(page);
    await openComposer(page);
    await composer(page).click();
    const text = await typeAndCheck(page, 'composer', 'Selamat pagi rekan-rekan Kodim 0818');
    await page.locator('[role="dialog"] [data-action="post"]').click();
    await expect.poll(() => submissions(page)).toEqual([{ kind: 'post', editor: 'composer', text }]);
    expect(await lastSignal(page, 'prompt')).toBeNull();
  });
});

test('a comment box that appears late is checked like the others', async ({ page }) => {
  await openDemo(page, '/', '?lang=id');
  await page.getByRole('button', { name: 'Komentar', exact: true }).click();
  await expect(commentBox(page, 1)).toBeFocused();
  await typeAndCheck(page, 'comment-1', 'Anjing lu');
  expect((await highlighted(page)).warning).toEqual(['Anjing lu']);
  await expect(badge(page, 'comment')).toHaveText('1');
});

test('the textarea page: boxes drawn in the overlay, and the publish check on submit', async ({ page }) => {
  await openDemo(page, '/textarea.html');
  const ta = page.locator('textarea[name="comment_text"]');
  await ta.click();
  await page.keyboard.type(`Halo. ${DANGER}`);
  await checked(page, `Halo. ${DANGER}`);
  await expect(page.locator('saring-overlay .mark-danger')).toHaveCount(1);
  const markBox = (await page.locator('saring-overlay .mark-danger').boundingBox())!;
  const taBox = (await ta.boundingBox())!;
  expect(markBox.x).toBeGreaterThan(taBox.x);
  expect(markBox.y).toBeGreaterThan(taBox.y);
  expect(markBox.y + markBox.height).toBeLessThan(taBox.y + taBox.height);
  await page.getByRole('button', { name: 'Kirim' }).click();
  await expect(prompt(page)).toBeVisible();
  expect(await submissions(page)).toEqual([]);
  await prompt(page).locator('.btn-publish').click();
  await expect.poll(() => submissions(page)).toEqual([{ kind: 'comment', editor: 'comment_text', text: `Halo. ${DANGER}` }]);
});

test('dark mode colours the overlay for dark pages', async ({ page }) => {
  await openDemo(page, '/', '?theme=dark');
  await commentBox(page, 0).click();
  await typeAndCheck(page, 'comment-0', 'Dasar goblok');
  await badge(page).click();
  await expect(page.locator('saring-overlay .layer')).toHaveClass(/dark/);
  const bg = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(36, 37, 38)');
});
