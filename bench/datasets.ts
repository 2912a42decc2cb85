/** Readers for the public labelled data in ../shared/data (used by benchmarks only, never shipped). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../shared');

export function sharedAvailable(): boolean {
  return existsSync(resolve(SHARED, 'data'));
}

/** Minimal RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The tweets keep escapes as literal text ("\n", "\xf0\x9f…"): turn them back into text. */
function unescapeTweet(t: string): string {
  const bytes = t.replace(/\\n/g, '\n').replace(/^b'|'$/g, '');
  const decoded = bytes.replace(/(?:\\x[0-9a-f]{2})+/gi, (run) => {
    const arr = Uint8Array.from(run.split('\\x').filter(Boolean).map((h) => parseInt(h, 16)));
    return new TextDecoder().decode(arr);
  });
  return decoded;
}

export interface Labelled {
  text: string;
  positive: boolean;
}

export function ibrohim(): Labelled[] {
  const rows = parseCsv(readFileSync(resolve(SHARED, 'data/ibrohim2018/re_dataset_two_labels.csv'), 'utf8'));
  return rows.slice(1).filter((r) => r.length >= 2).map(([label, tweet]) => ({ text: unescapeTweet(tweet!), positive: label === '2' }));
}

export function smsa(): { text: string; label: string }[] {
  return readFileSync(resolve(SHARED, 'data/smsa/train_preprocess.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const tab = line.lastIndexOf('\t');
      return { text: line.slice(0, tab), label: line.slice(tab + 1).trim() };
    });
}

/** NusaX-Writes test sentences in every regional language there (evaluation only, never shipped). */
export function regional(): string[] {
  const dir = resolve(SHARED, 'data/corpora/nusa-writes');
  return readdirSync(dir)
    .filter((f) => /-test\.csv$/.test(f))
    .flatMap((f) => parseCsv(readFileSync(resolve(dir, f), 'utf8')).slice(1).map((r) => r[2] ?? '').filter((t) => t.trim()));
}
