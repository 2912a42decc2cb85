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

export interface Settings {
  enabled: boolean;
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

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = sanitizeSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitizeSettings(value)));
}
