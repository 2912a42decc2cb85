/**
 * The settings file: versioned, validated in full before anything changes. A broken, foreign,
 * newer or oversized file is refused with a message that says why.
 */
import { ITEM_IDS } from '@/rules/guideline';
import { sanitizeSettings, type Settings } from './settings';

export const BACKUP_FORMAT = 'saring-settings';
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
export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: Msg };

const fail = (id: string, en: string): ImportResult => ({ ok: false, error: { id, en } });
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readBackup(text: string, bytes = text.length): ImportResult {
  if (bytes > MAX_BACKUP_BYTES) return fail(`Berkas terlalu besar (${Math.round(bytes / 1024)} KB; maks. 512 KB). Tidak ada yang diubah.`, `The file is too large (${Math.round(bytes / 1024)} KB; 512 KB at most). Nothing was changed.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('Berkas ini bukan JSON yang sah. Tidak ada yang diubah.', 'This file is not valid JSON. Nothing was changed.');
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT) return fail('Ini bukan berkas pengaturan Saring. Tidak ada yang diubah.', 'This is not a Saring settings file. Nothing was changed.');
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return fail('Versi berkas tidak dikenal. Tidak ada yang diubah.', 'Unknown file version. Nothing was changed.');
  if (data.version > BACKUP_VERSION) return fail('Berkas ini dibuat oleh Saring yang lebih baru. Perbarui Saring dulu. Tidak ada yang diubah.', 'This file comes from a newer Saring. Update Saring first. Nothing was changed.');
  const s = data.settings;
  if (!isObj(s)) return fail('Berkas tidak memuat pengaturan. Tidak ada yang diubah.', 'The file holds no settings. Nothing was changed.');
  const problems: string[] = [];
  const want = (key: string, ok: boolean) => !ok && problems.push(key);
  if ('enabled' in s) want('enabled', typeof s.enabled === 'boolean');
  if ('sensitivity' in s) want('sensitivity', ['strict', 'normal', 'relaxed'].includes(s.sensitivity as string));
  if ('uiLang' in s) want('uiLang', ['auto', 'id', 'en'].includes(s.uiLang as string));
  if ('disabledItems' in s) want('disabledItems', Array.isArray(s.disabledItems) && s.disabledItems.every((x) => ITEM_IDS.includes(x as never)));
  if ('allowTerms' in s) want('allowTerms', Array.isArray(s.allowTerms) && s.allowTerms.every((x) => typeof x === 'string' && x.trim() && x.length <= 80));
  if ('disabledSites' in s) want('disabledSites', Array.isArray(s.disabledSites) && s.disabledSites.every((x) => typeof x === 'string'));
  if ('watchTerms' in s) {
    want('watchTerms', Array.isArray(s.watchTerms) && s.watchTerms.every((w) => isObj(w) && typeof w.term === 'string' && w.term.trim() !== '' && w.term.length <= 80 && ['info', 'warning', 'danger'].includes(w.severity as string)));
  }
  if ('ignored' in s) want('ignored', Array.isArray(s.ignored) && s.ignored.every((x) => isObj(x) && typeof x.ruleId === 'string' && typeof x.excerpt === 'string'));
  if (problems.length) {
    return fail(`Isi berkas rusak pada: ${problems.join(', ')}. Tidak ada yang diubah.`, `The file is damaged at: ${problems.join(', ')}. Nothing was changed.`);
  }
  return { ok: true, settings: sanitizeSettings(s) };
}
