/**
 * Settings stored through WXT's storage API, versioned, validated whenever read: a damaged or
 * foreign value never reaches the checker. What a valid setting is lives in ./schema/settings.ts.
 *
 * Every writer goes through updateSettings (read the stored value, apply a change, sanitise,
 * save) and every page watches storage, so no page ever writes back a copy it loaded earlier.
 */
import type { CheckConfig } from '@/rules/types';
import { DEFAULT_SETTINGS, effectiveSettings, sanitizePolicy, sanitizeSettings, type Policy, type Settings } from './schema/settings';

export {
  DEFAULT_SETTINGS,
  effectiveSettings,
  LIMITS,
  POLICY_KEYS,
  sanitizePolicy,
  sanitizeSettings,
  termProblem,
  type IgnoredFinding,
  type UnitPack,
  type Policy,
  type PolicyKey,
  type Settings,
  type UiLang,
} from './schema/settings';

export function checkConfig(s: Settings): CheckConfig {
  // A pack's rules are watch terms with their own item, message and the pack's SOP link.
  const pack = s.unitPack?.terms.map((t) => ({ ...t, ...(s.unitPack?.sopUrl ? { link: s.unitPack.sopUrl } : {}) })) ?? [];
  return { disabledItems: s.disabledItems, sensitivity: s.sensitivity, watchTerms: [...pack, ...s.watchTerms], allowTerms: s.allowTerms };
}

export function activeOn(s: Settings, host: string, now = Date.now()): boolean {
  return s.enabled && s.pausedUntil <= now && !s.disabledSites.includes(host);
}

/**
 * Stored settings, versioned. v1 (the first development builds) kept watch terms as plain strings
 * and had no language choice; v2 gives every watch term a severity. Later changes (longer allowed
 * terms) only widened what is valid, so v2 data still reads unchanged.
 */
export const SETTINGS_VERSION = 2;
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {
    2: (v1: Record<string, unknown>): Settings =>
      sanitizeSettings({
        ...v1,
        watchTerms: Array.isArray(v1?.watchTerms) ? v1.watchTerms.map((t) => (typeof t === 'string' ? { term: t, severity: 'warning' } : t)) : [],
      }),
  },
});

/** The user's own settings (what the settings page edits). */
export async function loadUserSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** What Saring applies: the user's settings under the administrator's policy. */
export async function loadSettings(): Promise<Settings> {
  const [user, policy] = await Promise.all([loadUserSettings(), loadPolicy()]);
  return effectiveSettings(user, policy).settings;
}

// Two updates started together in one page would both read the same stored value and the second
// save would drop the first one's change; chaining them makes each read see the previous write.
let pending: Promise<unknown> = Promise.resolve();

/** Loads the stored settings, applies `change`, sanitises and saves; resolves with what was saved. */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const run = async (): Promise<Settings> => {
    const next = sanitizeSettings(change(await loadUserSettings()));
    await settingsItem.setValue(next);
    return next;
  };
  // Across the extension's own pages and its background (one origin) a Web Lock makes every
  // read-modify-write wait for the one before it; the content script sends its writes to the
  // background (`settings-add`), so no writer anywhere can drop another's change.
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // request() resolves with the callback's own result once it settles (the DOM typing nests it).
  const locked = (): Promise<Settings> => (locks ? (locks.request('saring-settings', run) as unknown as Promise<Settings>) : run());
  const result = pending.then(locked);
  pending = result.catch(() => undefined);
  return result;
}

/** The only writes the content script makes, sent to the background to be applied there. */
export type SettingsAddition = { ignored: Settings['ignored'][number] } | { allowTerm: string };

export function applyAddition(s: Settings, add: SettingsAddition): Settings {
  return 'ignored' in add ? { ...s, ignored: [...s.ignored, add.ignored] } : { ...s, allowTerms: [...s.allowTerms, add.allowTerm] };
}

/**
 * Runs `load` on every `fire()` and hands on only the newest result: a slow read that started
 * before a later change must not overwrite what that change produced.
 */
function latest<T>(load: () => Promise<T>, deliver: (value: T) => void): { fire(): void; stop(): void } {
  let seq = 0;
  let stopped = false;
  return {
    fire() {
      const mine = ++seq;
      void load().then((value) => {
        if (!stopped && mine === seq) deliver(value);
      });
    },
    stop() {
      stopped = true;
    },
  };
}

/** Calls back with the user's own settings whenever they change, from any page or script. */
export function watchUserSettings(callback: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitizeSettings(value)));
}

/** Calls back with the effective settings whenever the user's settings or the policy change. */
export function watchSettings(callback: (s: Settings) => void): () => void {
  const reload = latest(loadSettings, callback);
  const unwatchUser = settingsItem.watch(() => reload.fire());
  const unwatchPolicy = watchPolicy(() => reload.fire());
  return () => {
    reload.stop();
    unwatchUser();
    unwatchPolicy();
  };
}

// ——— the administrator's policy (browser managed storage) ———

// Replaced at build time; absent under Vitest, where the fake browser's managed storage stands in.
const TEST_BUILD = typeof __SARING_TEST__ !== 'undefined' && __SARING_TEST__;

// Test builds cannot install a real browser policy; they read a stand-in from local storage.
const testPolicyItem = storage.defineItem<Record<string, unknown>>('local:testPolicy', { fallback: {} });

export async function loadPolicy(): Promise<Policy> {
  try {
    const managed = TEST_BUILD ? await testPolicyItem.getValue() : await browser.storage.managed.get(null);
    return sanitizePolicy(managed);
  } catch {
    // No policy (or no managed storage, as in Firefox without an enterprise setup).
    return {};
  }
}

/** Calls back with the policy whenever an administrator changes it. */
export function watchPolicy(callback: (p: Policy) => void): () => void {
  const reload = latest(loadPolicy, callback);
  let unwatch: () => void;
  if (TEST_BUILD) unwatch = testPolicyItem.watch(() => reload.fire());
  else {
    const listener = (_changes: unknown, area: string): void => {
      if (area === 'managed') reload.fire();
    };
    browser.storage.onChanged.addListener(listener);
    unwatch = () => browser.storage.onChanged.removeListener(listener);
  }
  return () => {
    reload.stop();
    unwatch();
  };
}
