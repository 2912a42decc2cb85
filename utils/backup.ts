/**
 * The settings file: versioned, validated in full against the settings schema before anything
 * changes. A broken, foreign, newer or oversized file is refused with a message that says, in
 * words a user knows, what is wrong and where.
 */
import * as v from 'valibot';
import { ImportSchema, sanitizeSettings, UnitPackSchema, WORDS, type SettingKey, type Settings, type UnitPack, type Words } from './schema/settings';

export const BACKUP_FORMAT = 'saring-settings';
/** A unit's rule pack, distributed by its administrator: { format, version, pack: { name, version, sopUrl, terms } }. */
export const PACK_FORMAT = 'saring-unit-pack';
export const PACK_FILE_VERSION = 1;
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 512 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function makeBackup(settings: Settings, now = new Date()): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), settings };
  return JSON.stringify(backup, null, 2);
}

export type Msg = { id: string; en: string };
/**
 * `settings` holds only the keys the file holds: a unit's file with just its watch terms replaces
 * those and leaves the rest of the user's settings alone. A full backup holds every key.
 */
export type ImportResult = { ok: true; settings: Partial<Settings> } | { ok: false; error: Msg };

const UNCHANGED: Msg = { id: 'Tidak ada yang diubah.', en: 'Nothing was changed.' };
const fail = (id: string, en: string): ImportResult => ({ ok: false, error: { id: `${id} ${UNCHANGED.id}`, en: `${en} ${UNCHANGED.en}` } });
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const FileVersion = v.pipe(v.number(), v.integer(), v.minValue(1));

export function readBackup(text: string, bytes = text.length): ImportResult {
  if (bytes > MAX_BACKUP_BYTES) return fail(`Berkas terlalu besar (${Math.round(bytes / 1024)} KB; maks. 512 KB).`, `The file is too large (${Math.round(bytes / 1024)} KB; 512 KB at most).`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('Berkas ini bukan JSON yang sah.', 'This file is not valid JSON.');
  }
  if (isObj(data) && data.format === PACK_FORMAT) return readPack(data);
  if (!isObj(data) || data.format !== BACKUP_FORMAT) return fail('Ini bukan berkas pengaturan Saring.', 'This is not a Saring settings file.');
  if (!v.is(FileVersion, data.version)) return fail('Versi berkas tidak dikenal.', 'Unknown file version.');
  if (data.version > BACKUP_VERSION) return fail('Berkas ini dibuat oleh Saring yang lebih baru. Perbarui Saring dulu.', 'This file comes from a newer Saring. Update Saring first.');
  const s = data.settings;
  if (!isObj(s) || !Object.keys(s).some((k) => k in ImportSchema.entries)) return fail('Berkas tidak memuat pengaturan.', 'The file holds no settings.');
  const parsed = v.safeParse(ImportSchema, s);
  if (!parsed.success) {
    const m = describeIssues(parsed.issues, Object.keys(s));
    return fail(m.id, m.en);
  }
  // Valid as given; sanitising only merges repeated entries, as stored settings never hold them.
  const clean = sanitizeSettings(parsed.output);
  const settings: Partial<Settings> = {};
  for (const k of Object.keys(parsed.output) as SettingKey[]) (settings as Record<SettingKey, unknown>)[k] = clean[k];
  return { ok: true, settings };
}

/** A unit pack file, checked in full: one bad rule refuses the whole pack, so a unit never runs half of it. */
function readPack(data: Record<string, unknown>): ImportResult {
  if (!v.is(FileVersion, data.version)) return fail('Versi paket aturan tidak dikenal.', 'Unknown rule-pack version.');
  if (data.version > PACK_FILE_VERSION) return fail('Paket aturan ini dibuat untuk Saring yang lebih baru. Perbarui Saring dulu.', 'This rule pack is for a newer Saring. Update Saring first.');
  if (!isObj(data.pack)) return fail('Berkas tidak memuat paket aturan.', 'The file holds no rule pack.');
  const parsed = v.safeParse(UnitPackSchema, data.pack);
  if (!parsed.success) {
    const listed = parsed.issues.slice(0, 3).map(packSentence);
    const more = parsed.issues.length - listed.length;
    return fail(
      `Paket aturan tidak dapat dipasang. ${listed.map((m) => m.id).join(' ')}${more > 0 ? ` Ada ${more} masalah lain.` : ''}`,
      `The rule pack cannot be installed. ${listed.map((m) => m.en).join(' ')}${more > 0 ? ` There ${more === 1 ? 'is 1 more problem' : `are ${more} more problems`}.` : ''}`,
    );
  }
  return { ok: true, settings: { unitPack: parsed.output } };
}

/** Words for what a pack issue is about: "aturan ke-3: pesan (Indonesia) …". */
function packSentence(issue: Issue): Words {
  const keys = (issue.path ?? []).map((p) => p.key);
  const row = keys.findIndex((k) => typeof k === 'number');
  const lang = keys.at(-1) === 'id' ? { id: ' (bahasa Indonesia)', en: ' (Indonesian)' } : keys.at(-1) === 'en' ? { id: ' (bahasa Inggris)', en: ' (English)' } : { id: '', en: '' };
  const named = [...keys].reverse().find((k): k is keyof typeof WORDS => typeof k === 'string' && k in WORDS && k !== 'id' && k !== 'en');
  const what = named ? WORDS[named] : WORDS.entry;
  const words = { id: `${what.id}${lang.id}`, en: `${what.en}${lang.en}` };
  const r: Words =
    issue.message === 'common'
      ? { id: `istilah «${shown(issue.input)}» terlalu umum (akan menandai hampir setiap tulisan)`, en: `the term «${shown(issue.input)}» is too common (it would flag almost every post)` }
      : issue.type === 'url' || issue.type === 'starts_with'
        ? { id: `${words.id} harus berupa alamat https://`, en: `the ${words.en} must be an https:// address` }
        : reason(issue, words);
  if (row < 0) return { id: `${cap(r.id)}.`, en: `${cap(r.en)}.` };
  const n = (keys[row] as number) + 1;
  return { id: `Aturan ke-${n}: ${r.id}.`, en: `Rule ${n}: ${r.en}.` };
}

export type { UnitPack };

// ——— messages ———

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const shown = (x: unknown): string => {
  const s = typeof x === 'string' ? x : JSON.stringify(x) ?? String(x);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};
const orList = (xs: readonly unknown[], word: string): string => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} ${word} ${String(xs.at(-1))}` : xs.join(''));

type Issue = v.BaseIssue<unknown>;

/** A clause about `what` (already in words) and the one thing wrong with it. */
function reason(issue: Issue, what: Words): Words {
  const n = issue.requirement;
  const isList = Array.isArray(issue.input);
  if (issue.input === undefined) return { id: `${what.id} tidak ada`, en: `the ${what.en} is missing` };
  switch (issue.type) {
    case 'boolean':
      return { id: `${what.id} harus true atau false`, en: `the ${what.en} must be true or false` };
    case 'string':
      return { id: `${what.id} harus berupa teks`, en: `the ${what.en} must be text` };
    case 'number':
      return { id: `${what.id} harus berupa angka`, en: `the ${what.en} must be a number` };
    case 'array':
      return { id: `${what.id} harus berupa daftar [ … ]`, en: `the ${what.en} must be a list [ … ]` };
    case 'object':
      return { id: `${what.id} harus berupa objek { … }`, en: `the ${what.en} must be an object { … }` };
    case 'picklist': {
      // valibot names a picklist's options in `expected` as ("a" | "b"); the issue holds nothing else.
      const options = issue.expected?.match(/"[^"]*"/g)?.map((o) => o.slice(1, -1)) ?? [];
      const choice = options.length > 0 && options.length <= 5;
      return {
        id: `${what.id} «${shown(issue.input)}» tidak dikenal${choice ? ` (pilihan: ${orList(options, 'atau')})` : ''}`,
        en: `the ${what.en} «${shown(issue.input)}» is not one Saring knows${choice ? ` (choose ${orList(options, 'or')})` : ''}`,
      };
    }
    case 'non_empty':
    case 'min_length':
      return { id: `${what.id} kosong`, en: `the ${what.en} is empty` };
    case 'max_length':
      return isList
        ? { id: `${what.id} memuat lebih dari ${String(n)} entri`, en: `the ${what.en} has more than ${String(n)} entries` }
        : { id: `${what.id} lebih dari ${String(n)} huruf`, en: `the ${what.en} is longer than ${String(n)} characters` };
    case 'min_value':
      return { id: `${what.id} tidak boleh kurang dari ${String(n)}`, en: `the ${what.en} cannot be less than ${String(n)}` };
    default:
      return { id: `${what.id} tidak sah`, en: `the ${what.en} is not valid` };
  }
}

/** One sentence for an issue, naming the setting, and the entry's row in a list. */
function sentence(issue: Issue): Words {
  const [field, index, part] = (issue.path ?? []).map((p) => p.key);
  const fieldWords = WORDS[field as SettingKey] ?? WORDS.entry;
  if (typeof index !== 'number') {
    const r = reason(issue, fieldWords);
    return { id: `${cap(r.id)}.`, en: `${cap(r.en)}.` };
  }
  const r = reason(issue, typeof part === 'string' && part in WORDS ? WORDS[part as keyof typeof WORDS] : WORDS.entry);
  return {
    id: `${cap(fieldWords.id)} berisi entri yang tidak sah (baris ke-${index + 1}): ${r.id}.`,
    en: `The ${fieldWords.en} has an invalid entry (item ${index + 1}): ${r.en}.`,
  };
}

/**
 * At most three problems, the first of each setting, so a wholly broken file stays readable; in
 * the order the file has them, which is where the user will look.
 */
function describeIssues(issues: readonly Issue[], keysInFile: string[]): Words {
  const firstPerField = new Map<unknown, Issue>();
  for (const issue of issues) {
    const field = issue.path?.[0]?.key;
    if (!firstPerField.has(field)) firstPerField.set(field, issue);
  }
  const position = (field: unknown) => keysInFile.indexOf(String(field));
  const all = [...firstPerField.entries()].sort(([a], [b]) => position(a) - position(b)).map(([, issue]) => sentence(issue));
  const more = all.length - 3;
  const listed = all.slice(0, 3);
  return {
    id: `Berkas tidak dapat diimpor. ${listed.map((m) => m.id).join(' ')}${more > 0 ? ` Ada ${more} masalah lain.` : ''}`,
    en: `The file cannot be imported. ${listed.map((m) => m.en).join(' ')}${more > 0 ? ` There ${more === 1 ? 'is 1 more problem' : `are ${more} more problems`}.` : ''}`,
  };
}
