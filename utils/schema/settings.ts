/**
 * The one definition of what a setting may hold. Everything else is derived from FIELDS:
 * - sanitizeSettings / sanitizePolicy: salvage stored or managed values (keep the valid parts);
 * - ImportSchema: the strict check of a settings file (utils/backup.ts);
 * - PolicySchema: the keys an administrator may set, and public/managed_schema.json
 *   (scripts/managed-schema.ts).
 *
 * Pure: no browser or storage here, so the schema script runs in plain Node. It lives outside
 * WXT's auto-import scan (a sub-folder with no index) because utils/settings.ts re-exports it.
 */
import * as v from 'valibot';
import { ITEM_IDS } from '../../rules/guideline';
import { SEVERITIES, type Sensitivity } from '../../rules/types';
import { isCommonTerm } from '../common-words';

export interface Words {
  id: string;
  en: string;
}

export const LIMITS = {
  /** Entries in each term list. */
  terms: 500,
  /** A watch term is a name someone types in the settings. */
  termLength: 80,
  /** Allowed terms also hold normalised phrases the content script stores from a finding. */
  allowTermLength: 200,
  excerptLength: 200,
  ruleIdLength: 100,
  ignored: 1000,
  sites: 200,
  /** The longest DNS name. */
  hostLength: 253,
  /** A unit pack's message, in each language. */
  packMessage: 400,
  urlLength: 500,
};

const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'normal', 'relaxed'];
const UI_LANGS = ['auto', 'id', 'en'] as const;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(max));

/**
 * How a list is kept tidy when salvaged: repeats (by `unique`) are merged, and past the limit the
 * `keep` end survives. Terms keep the first entries so an administrator's, merged in front, are
 * never pushed out; ignored findings keep the newest.
 */
interface ListRule {
  unique(item: unknown): string;
  keep: 'first' | 'last';
}

function list<S extends v.GenericSchema>(item: S, max: number, unique: (item: v.InferOutput<S>) => string, keep: ListRule['keep'] = 'first') {
  return v.pipe(v.array(item), v.maxLength(max), v.metadata({ list: { unique, keep } }));
}

/** The text of a watch term, as the settings page and a settings file must give it. */
export const WatchTermText = text(LIMITS.termLength);
/** The text of an allowed term. */
export const AllowTermText = text(LIMITS.allowTermLength);

const WatchTermSchema = v.object({
  term: WatchTermText,
  severity: v.optional(v.picklist(SEVERITIES), 'warning'),
});

/**
 * A unit's rule pack: a versioned list of terms, each with its own severity, guideline item and
 * message, and a link to the unit's SOP. Messages may hold simple markup (<b>, <i>, <a href>), which
 * the extension renders through DOMPurify with a strict allow-list; everything else is dropped there.
 */
const PackTermSchema = v.object({
  term: v.pipe(WatchTermText, v.check((t) => !isCommonTerm(t), 'common')),
  severity: v.optional(v.picklist(SEVERITIES), 'warning'),
  item: v.optional(v.picklist(ITEM_IDS)),
  message: v.optional(v.object({ id: text(LIMITS.packMessage), en: text(LIMITS.packMessage) })),
});
/** Only https links: a unit's SOP is a web page, never a script or a local file. */
const HttpsUrl = v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.urlLength), v.url(), v.startsWith('https://'));
export const UnitPackSchema = v.object({
  name: text(80),
  unit: v.optional(text(120)),
  version: text(20),
  sopUrl: v.optional(HttpsUrl),
  terms: v.pipe(list(PackTermSchema, LIMITS.terms, (t) => t.term.toLowerCase()), v.minLength(1)),
});
export type UnitPack = v.InferOutput<typeof UnitPackSchema>;

const IgnoredSchema = v.object({
  ruleId: text(LIMITS.ruleIdLength),
  /** The words as written, lower-cased: ignoring is per phrase, not per position. */
  excerpt: text(LIMITS.excerptLength),
  at: v.optional(v.pipe(v.number(), v.finite()), 0),
});

/** Each setting and what a valid value is; titles and descriptions end up in managed_schema.json. */
const FIELDS = {
  enabled: v.pipe(v.boolean(), v.title('Saring on or off'), v.description('false turns Saring off everywhere. / false mematikan Saring di semua situs.')),
  /** The popup's and settings page's language; "auto" follows the browser. */
  uiLang: v.picklist(UI_LANGS),
  /** Epoch ms until which checking is paused (0 = not paused). */
  pausedUntil: v.pipe(v.number(), v.finite(), v.minValue(0)),
  /** Hosts where the user switched Saring off. */
  disabledSites: list(text(LIMITS.hostLength), LIMITS.sites, (s) => s),
  disabledItems: v.pipe(
    list(v.picklist(ITEM_IDS), ITEM_IDS.length, (s) => s),
    v.title('Guideline items switched off'),
    v.description('Item ids, e.g. "larangan-6". / Kode butir pedoman, mis. "larangan-6".'),
  ),
  sensitivity: v.pipe(v.picklist(SENSITIVITIES), v.title('Sensitivity'), v.description('strict: weak signs too; relaxed: only clear cases. / strict: juga tanda lemah; relaxed: hanya yang jelas.')),
  watchTerms: v.pipe(
    list(WatchTermSchema, LIMITS.terms, (w) => w.term.toLowerCase()),
    v.title("The unit's watch terms"),
    v.description('Added to the user\'s own; flagged in every text. / Ditambahkan ke milik pengguna; ditandai di setiap tulisan.'),
  ),
  allowTerms: v.pipe(
    list(AllowTermText, LIMITS.terms, (s) => s.toLowerCase()),
    v.title('Terms never flagged'),
    v.description("Added to the user's own. / Ditambahkan ke milik pengguna."),
  ),
  ignored: list(IgnoredSchema, LIMITS.ignored, (i) => `${i.ruleId}\u0000${i.excerpt}`, 'last'),
  unitPack: v.nullable(UnitPackSchema),
};

export type SettingKey = keyof typeof FIELDS;

/** Every setting required and valid: what a settings file is checked against, key by key. */
const FieldsSchema = v.object(FIELDS);

/** What is stored: a missing or broken setting falls back to its default. */
export const SettingsSchema = v.object({
  enabled: v.optional(FIELDS.enabled, true),
  uiLang: v.optional(FIELDS.uiLang, 'auto'),
  pausedUntil: v.optional(FIELDS.pausedUntil, 0),
  disabledSites: v.optional(FIELDS.disabledSites, () => []),
  disabledItems: v.optional(FIELDS.disabledItems, () => []),
  sensitivity: v.optional(FIELDS.sensitivity, 'normal'),
  watchTerms: v.optional(FIELDS.watchTerms, () => []),
  allowTerms: v.optional(FIELDS.allowTerms, () => []),
  ignored: v.optional(FIELDS.ignored, () => []),
  unitPack: v.optional(FIELDS.unitPack, null),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type IgnoredFinding = v.InferOutput<typeof IgnoredSchema>;
export type UiLang = Settings['uiLang'];

/** A settings file may hold any subset of the settings; whatever it holds must be valid. */
export const ImportSchema = v.partial(FieldsSchema);

/** Keys an administrator may set; documented in the README with public/managed_schema.json. */
export const POLICY_KEYS = ['enabled', 'disabledItems', 'sensitivity', 'watchTerms', 'allowTerms', 'unitPack'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];
/** An administrator's terms are added to the user's, not put in their place. */
const ADDED_KEYS: readonly PolicyKey[] = ['watchTerms', 'allowTerms'];

export const PolicySchema = v.pipe(
  // An administrator sets a pack or leaves the key out; "no pack" (null) is the user's state only.
  v.partial(
    v.object({
      ...v.pick(FieldsSchema, POLICY_KEYS).entries,
      unitPack: v.pipe(
        UnitPackSchema,
        v.title("The unit's rule pack"),
        v.description("Terms with their own severity, item, message and SOP link; replaces the user's imported pack. / Istilah dengan tingkat, butir, pesan, dan tautan SOP sendiri; menggantikan paket yang diimpor pengguna."),
      ),
    }),
  ),
  v.title('Saring policy'),
  v.description("Set by an administrator: wins over the user's settings and is shown locked. / Ditetapkan administrator: mengalahkan pengaturan pengguna dan tampil terkunci."),
);
export type Policy = v.InferOutput<typeof PolicySchema>;

/** What people call each setting and part of an entry, for messages about a settings file. */
export const WORDS: Record<SettingKey | 'term' | 'severity' | 'ruleId' | 'excerpt' | 'at' | 'entry' | 'name' | 'unit' | 'version' | 'sopUrl' | 'terms' | 'item' | 'message', Words> = {
  unitPack: { id: 'paket aturan satuan', en: 'unit rule pack' },
  name: { id: 'nama paket', en: 'pack name' },
  unit: { id: 'nama satuan', en: 'unit name' },
  version: { id: 'versi paket', en: 'pack version' },
  sopUrl: { id: 'tautan SOP', en: 'SOP link' },
  terms: { id: 'daftar aturan', en: 'rule list' },
  item: { id: 'butir pedoman', en: 'guideline item' },
  message: { id: 'pesan', en: 'message' },
  enabled: { id: 'saklar Saring (aktif/nonaktif)', en: 'on/off switch' },
  uiLang: { id: 'bahasa tampilan', en: 'display language' },
  pausedUntil: { id: 'waktu jeda', en: 'pause time' },
  disabledSites: { id: 'daftar situs yang dimatikan', en: 'list of sites switched off' },
  disabledItems: { id: 'daftar butir pedoman yang dimatikan', en: 'list of guideline items switched off' },
  sensitivity: { id: 'kepekaan', en: 'sensitivity' },
  watchTerms: { id: 'daftar kata pantauan', en: 'watch-term list' },
  allowTerms: { id: 'daftar istilah yang diizinkan', en: 'allowed-term list' },
  ignored: { id: 'daftar temuan yang diabaikan', en: 'list of ignored findings' },
  term: { id: 'istilah', en: 'term' },
  severity: { id: 'tingkat', en: 'severity' },
  ruleId: { id: 'kode aturan', en: 'rule code' },
  excerpt: { id: 'kutipan', en: 'excerpt' },
  at: { id: 'waktu', en: 'time' },
  entry: { id: 'entri', en: 'entry' },
};

// ——— salvaging: keep what is valid, drop the rest, never throw ———

/** The parts of valibot's schema objects the salvage walk reads. */
interface Node {
  type: string;
  pipe?: readonly Node[];
  item?: v.GenericSchema;
  entries?: Record<string, v.GenericSchema>;
  wrapped?: v.GenericSchema;
  requirement?: unknown;
  metadata?: { list?: ListRule };
}
const node = (s: v.GenericSchema): Node => s as unknown as Node;
const flatPipe = (n: Node): Node[] => (n.pipe ? n.pipe.flatMap((p, i) => (i === 0 ? flatPipe(p) : [p])) : [n]);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

type Salvaged = { ok: true; value: unknown } | { ok: false };
const FAIL: Salvaged = { ok: false };

function parsed(schema: v.GenericSchema, input: unknown): Salvaged {
  const r = v.safeParse(schema, input);
  return r.success ? { ok: true, value: r.output } : FAIL;
}

/**
 * Walks a schema and its input together: an optional part that is broken falls back to its
 * default (or is left out), a broken list entry is dropped, a broken required part breaks the
 * entry that holds it. Only the shapes FIELDS uses are handled; anything else must parse whole.
 */
function salvage(schema: v.GenericSchema, input: unknown): Salvaged {
  const n = node(schema);
  if (n.type === 'optional' && n.wrapped) {
    if (input === undefined) return parsed(schema, input);
    const inner = salvage(n.wrapped, input);
    return inner.ok ? inner : { ok: true, value: v.getDefault(schema) };
  }
  if (n.type === 'array' && n.item) {
    if (!Array.isArray(input)) return FAIL;
    let items: unknown[] = [];
    for (const x of input) {
      const r = salvage(n.item, x);
      if (r.ok) items.push(r.value);
    }
    const actions = flatPipe(n);
    const rule = actions.find((a) => a.type === 'metadata')?.metadata?.list;
    if (rule) {
      const seen = new Set<string>();
      items = items.filter((x) => {
        const key = rule.unique(x);
        return !seen.has(key) && (seen.add(key), true);
      });
    }
    const max = actions.find((a) => a.type === 'max_length')?.requirement;
    if (typeof max === 'number' && items.length > max) items = rule?.keep === 'last' ? items.slice(-max) : items.slice(0, max);
    return parsed(schema, items);
  }
  if (n.type === 'object' && n.entries) {
    if (!isRecord(input)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(n.entries)) {
      const r = salvage(entry, input[key]);
      if (!r.ok) return FAIL;
      if (r.value !== undefined) out[key] = r.value;
    }
    return parsed(schema, out);
  }
  return parsed(schema, input);
}

/** Keeps what is valid in any value and drops the rest; never throws. */
export function sanitizeSettings(value: unknown): Settings {
  try {
    const r = salvage(SettingsSchema, isRecord(value) ? value : {});
    if (r.ok) return r.value as Settings;
  } catch {
    // A hostile value (a getter that throws, say) must not take the extension down.
  }
  return v.parse(SettingsSchema, {});
}

export const DEFAULT_SETTINGS: Settings = sanitizeSettings({});

/** One setting salvaged on its own (e.g. two term lists merged). */
function sanitizeSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  return sanitizeSettings({ [key]: value })[key];
}

/** Keeps only valid policy keys; a broken key is left out, so it locks nothing. */
export function sanitizePolicy(value: unknown): Policy {
  try {
    const r = salvage(PolicySchema, isRecord(value) ? value : {});
    if (r.ok) return r.value as Policy;
  } catch {
    // As above: no policy rather than a crash.
  }
  return {};
}

/** Policy wins and locks what it sets; an administrator's terms are added to the user's. */
export function effectiveSettings(user: Settings, policy: Policy): { settings: Settings; locked: Set<PolicyKey> } {
  const settings: Settings = { ...user };
  const locked = new Set<PolicyKey>();
  for (const k of POLICY_KEYS) {
    const value = policy[k];
    if (value === undefined) continue;
    locked.add(k);
    const merged = ADDED_KEYS.includes(k) && Array.isArray(value) ? [...value, ...(user[k] as unknown[])] : value;
    (settings as Record<PolicyKey, unknown>)[k] = sanitizeSetting(k, merged);
  }
  return { settings, locked };
}

/** Why a term typed in the settings page cannot be added, if it cannot. */
export function termProblem(kind: 'watch' | 'allow', term: string): { problem: 'empty' } | { problem: 'tooLong'; max: number } | null {
  const r = v.safeParse(kind === 'watch' ? WatchTermText : AllowTermText, term);
  if (r.success) return null;
  const tooLong = r.issues.find((i) => i.type === 'max_length');
  return tooLong ? { problem: 'tooLong', max: tooLong.requirement as number } : { problem: 'empty' };
}
