/**
 * Settings stored through WXT's storage API, versioned, validated whenever read: a damaged or
 * foreign value never reaches the checker.
 */
import { ITEM_IDS, type ItemId } from '@/rules/guideline';
import type { CheckConfig, Sensitivity, Severity, WatchTerm } from '@/rules/types';

export interface IgnoredFinding {
  ruleId: string;
  /** The words as written, lower-cased: ignoring is per phrase, not per position. */
  excerpt: string;
  at: number;
}

export type UiLang = 'auto' | 'id' | 'en';

export interface Settings {
  enabled: boolean;
  /** The popup's and settings page's language; "auto" follows the browser. */
  uiLang: UiLang;
  /** Epoch ms until which checking is paused (0 = not paused). */
  pausedUntil: number;
  /** Hosts where the user switched Saring off. */
  disabledSites: string[];
  disabledItems: ItemId[];
  sensitivity: Sensitivity;
  watchTerms: WatchTerm[];
  allowTerms: string[];
  ignored: IgnoredFinding[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  uiLang: 'auto',
  pausedUntil: 0,
  disabledSites: [],
  disabledItems: [],
  sensitivity: 'normal',
  watchTerms: [],
  allowTerms: [],
  ignored: [],
};

const SEVERITIES: readonly Severity[] = ['info', 'warning', 'danger'];
const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'normal', 'relaxed'];
export const LIMITS = { terms: 500, termLength: 80, ignored: 1000, sites: 200 };

const str = (v: unknown, max: number): string | null => (typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : null);

/** Keeps what is valid in any value and drops the rest; never throws. */
export function sanitizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
  const uniq = <T,>(xs: T[], key: (x: T) => string): T[] => {
    const seen = new Set<string>();
    return xs.filter((x) => !seen.has(key(x)) && (seen.add(key(x)), true));
  };
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    uiLang: v.uiLang === 'id' || v.uiLang === 'en' ? v.uiLang : 'auto',
    pausedUntil: typeof v.pausedUntil === 'number' && Number.isFinite(v.pausedUntil) && v.pausedUntil > 0 ? v.pausedUntil : 0,
    disabledSites: uniq(arr(v.disabledSites).map((s) => str(s, 253)).filter((s): s is string => s !== null), (s) => s).slice(0, LIMITS.sites),
    disabledItems: uniq(arr(v.disabledItems).filter((s): s is ItemId => ITEM_IDS.includes(s as ItemId)), (s) => s),
    sensitivity: SENSITIVITIES.includes(v.sensitivity as Sensitivity) ? (v.sensitivity as Sensitivity) : DEFAULT_SETTINGS.sensitivity,
    watchTerms: uniq(
      arr(v.watchTerms)
        .map((w) => {
          const o = (typeof w === 'object' && w !== null ? w : {}) as Record<string, unknown>;
          const term = str(o.term, LIMITS.termLength);
          const severity = SEVERITIES.includes(o.severity as Severity) ? (o.severity as Severity) : 'warning';
          return term ? { term, severity } : null;
        })
        .filter((w): w is WatchTerm => w !== null),
      (w) => w.term.toLowerCase(),
    ).slice(0, LIMITS.terms),
    allowTerms: uniq(arr(v.allowTerms).map((s) => str(s, LIMITS.termLength)).filter((s): s is string => s !== null), (s) => s.toLowerCase()).slice(0, LIMITS.terms),
    ignored: arr(v.ignored)
      .map((x) => {
        const o = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
        const ruleId = str(o.ruleId, 100);
        const excerpt = str(o.excerpt, 200);
        return ruleId && excerpt ? { ruleId, excerpt, at: typeof o.at === 'number' ? o.at : 0 } : null;
      })
      .filter((x): x is IgnoredFinding => x !== null)
      .slice(-LIMITS.ignored),
  };
}

export function checkConfig(s: Settings): CheckConfig {
  return { disabledItems: s.disabledItems, sensitivity: s.sensitivity, watchTerms: s.watchTerms, allowTerms: s.allowTerms };
}

export function activeOn(s: Settings, host: string, now = Date.now()): boolean {
  return s.enabled && s.pausedUntil <= now && !s.disabledSites.includes(host);
}

/**
 * Stored settings, versioned. v1 (the first development builds) kept watch terms as plain strings
 * and had no language choice; v2 gives every watch term a severity.
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
  return effectiveSettings(await loadUserSettings(), await loadPolicy()).settings;
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = sanitizeSettings(change(await loadUserSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the effective settings whenever the user's settings or the policy change. */
export function watchSettings(callback: (s: Settings) => void): () => void {
  const fire = (): void => void loadSettings().then(callback);
  const unwatchUser = settingsItem.watch(fire);
  const unwatchPolicy = watchPolicy(fire);
  return () => {
    unwatchUser();
    unwatchPolicy();
  };
}

// ——— the administrator's policy (browser managed storage) ———

/** Keys an administrator may set; documented in the README with public/managed_schema.json. */
export const POLICY_KEYS = ['enabled', 'disabledItems', 'sensitivity', 'watchTerms', 'allowTerms'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];
export type Policy = Partial<Pick<Settings, PolicyKey>>;

/** Keeps only valid policy keys (the same checks as the user's settings). */
export function sanitizePolicy(value: unknown): Policy {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const clean = sanitizeSettings(raw);
  const out: Policy = {};
  for (const k of POLICY_KEYS) if (k in raw) (out as Record<string, unknown>)[k] = clean[k];
  return out;
}

/** Policy wins; an administrator's terms are added to the user's, not put in their place. */
export function effectiveSettings(user: Settings, policy: Policy): { settings: Settings; locked: Set<PolicyKey> } {
  const settings: Settings = { ...user };
  const locked = new Set<PolicyKey>();
  for (const k of POLICY_KEYS) {
    if (policy[k] === undefined) continue;
    locked.add(k);
    if (k === 'watchTerms') settings.watchTerms = sanitizeSettings({ watchTerms: [...policy.watchTerms!, ...user.watchTerms] }).watchTerms;
    else if (k === 'allowTerms') settings.allowTerms = sanitizeSettings({ allowTerms: [...policy.allowTerms!, ...user.allowTerms] }).allowTerms;
    else (settings as unknown as Record<string, unknown>)[k] = policy[k];
  }
  return { settings, locked };
}

// Test builds cannot install a real browser policy; they read a stand-in from local storage.
const testPolicyItem = storage.defineItem<Record<string, unknown>>('local:testPolicy', { fallback: {} });

export async function loadPolicy(): Promise<Policy> {
  try {
    const managed = __SARING_TEST__ ? await testPolicyItem.getValue() : await browser.storage.managed.get(null);
    return sanitizePolicy(managed);
  } catch {
    // No policy (or no managed storage, as in Firefox without an enterprise setup).
    return {};
  }
}

function watchPolicy(callback: () => void): () => void {
  if (__SARING_TEST__) return testPolicyItem.watch(callback);
  const listener = (_changes: unknown, area: string): void => {
    if (area === 'managed') callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
