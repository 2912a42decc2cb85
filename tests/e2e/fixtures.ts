import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromiumPath, INSTALL_HINT } from '../../scripts/chromium.mjs';
import { DEMO_PORT } from '../../playwright.config';
import { fnv1a } from '../../rules/present';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output-test/chrome-mv3');
export const DEMO = `http://127.0.0.1:${DEMO_PORT}`;

/** Flags that keep Chromium off the (closed) network here; see shared/toolchain.md. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export async function launchWithExtension(options: { extension?: boolean; locale?: string } = {}): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const withExtension = options.extension ?? true;
  return chromium.launchPersistentContext(mkdtempSync(resolve(tmpdir(), 'saring-e2e-')), {
    executablePath,
    headless: true,
    locale: options.locale ?? 'id-ID',
    viewport: { width: 1100, height: 800 },
    args: [
      ...QUIET_FLAGS,
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  page: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorkerOf(context);
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});
export const expect = test.expect;

/** Opens a demo page and waits until its Lexical editors are mounted. */
export async function openDemo(page: Page, path = '/', query = ''): Promise<void> {
  await page.goto(`${DEMO}${path}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true');
}

export async function submissions(page: Page): Promise<{ kind: string; editor: string; text: string }[]> {
  return page.evaluate(() => window.__fixture.submissions);
}

export async function lexicalText(page: Page, editor: string): Promise<string | null> {
  return page.evaluate((id) => window.__fixture.lexicalText(id), editor);
}

export const composer = (page: Page) => page.locator('[role="dialog"] [data-lexical-editor="true"]');
export const commentBox = (page: Page, index: number) => page.locator(`[data-demo-editor="comment-${index}"]`);

export async function openComposer(page: Page): Promise<void> {
  await page.locator('[data-action="open-composer"]').click();
  await composer(page).waitFor();
}

/** Saring's overlay (open shadow root), badges, card and prompt. */
export const badge = (page: Page, kind?: string) => page.locator(`saring-overlay .badge${kind ? `[data-editor-kind="${kind}"]` : ''}`);
export const card = (page: Page) => page.locator('saring-overlay .card');
export const prompt = (page: Page) => page.locator('saring-overlay .prompt');

/** The text under each severity's highlight, read from the CSS Custom Highlight registry. */
export async function highlighted(page: Page): Promise<Record<'info' | 'warning' | 'danger', string[]>> {
  return page.evaluate(() => {
    const read = (name: string) => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name) ?? [])].map((r) => r.toString()).sort();
    return { info: read('saring-info'), warning: read('saring-warning'), danger: read('saring-danger') };
  });
}

/** The detail of the last `saring:NAME` signal of the test build. */
export async function lastSignal(page: Page, name: string): Promise<Record<string, unknown> | null> {
  const key = `last${name[0]!.toUpperCase()}${name.slice(1).replace(/-./g, (m) => m[1]!.toUpperCase())}`;
  const raw = await page.locator('saring-overlay').getAttribute(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
}

/** How the test build's "checked" signal names a text (entrypoints/content/assemble.ts `signalText`). */
export function signalText(text: string): string {
  return text.length <= 2000 ? text : `#${text.length}:${fnv1a(text)}`;
}

/** Waits (frame by frame, no sleeps) until Saring has checked exactly `text` in some editor. */
export async function checked(page: Page, text: string): Promise<void> {
  const expected = signalText(text);
  await page.waitForFunction((e) => {
    const raw = (document.querySelector('saring-overlay') as HTMLElement | null)?.dataset.lastChecked;
    return raw ? (JSON.parse(raw) as { text: string }).text === e : false;
  }, expected);
}

/** Types into the focused editor and waits for the check of the result. */
export async function typeAndCheck(page: Page, editorId: string, text: string): Promise<string> {
  await page.keyboard.type(text);
  const full = (await lexicalText(page, editorId)) ?? text;
  await checked(page, full);
  return full;
}
