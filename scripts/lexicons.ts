/**
 * npm run lexicons: builds the committed word tables in rules/data/lexicons/ from the public lexicons in
 * ../shared/data/lexicons (their README lists licences, duties and known bad entries). A fresh clone
 * without ../shared builds and tests with the committed tables; run this when ../shared is there.
 *
 * Each third-party source keeps its own file and licence header: IndoCollex (MIT), NusaX (CC BY-SA
 * 4.0 — the derived table is CC BY-SA 4.0 too), id-profanity-filter and the Surge AI list (MIT).
 * Wordnet Bahasa (MIT) is the guard that keeps standard words out of the mappings, and the source of the
 * synonyms a few concepts gain (rules/data/lexicons/wordnet.ts, merged into the built-in pack).
 *
 *   npm run lexicons            build the tables
 *   npm run lexicons -- --check build into memory and fail if the committed tables differ
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../bench/datasets';
import { CONCEPTS } from '../rules/data/concepts';
import { FRAME_CONCEPTS } from '../rules/data/frames';
import { writtenSplit } from '../tests/corpus/split';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = resolve(ROOT, '../shared/data/lexicons');
const SMSA = resolve(ROOT, '../shared/data/smsa/train_preprocess.tsv');
const OUT = resolve(ROOT, 'rules/data/lexicons');
const check = process.argv.includes('--check');

if (!existsSync(SRC)) {
  console.log(`npm run lexicons: ${SRC} is not here; the committed tables in rules/data/lexicons/ stay as they are.`);
  process.exit(0);
}

const read = (p: string) => readFileSync(resolve(SRC, p), 'utf8');
const WORD = /^[a-z][a-z'-]*$/;

// ——— the guard: standard Indonesian words (Wordnet Bahasa lemmas, single words) ———
const standard = new Set<string>();
for (const line of read('wordnet-bahasa/wn-data-ind.tab').split('\n')) {
  const [, kind, lemma] = line.split('\t');
  if (kind === 'ind:lemma' && lemma && !lemma.includes(' ')) standard.add(lemma.toLowerCase());
}

/** Reversed forms the lexicons README names as standard words that Wordnet Bahasa happens not to list. */
const README_STANDARD = new Set(['enam', 'utas', 'anam']);

// ——— IndoCollex: informal → formal, and Malang walikan (rev) rows, guarded ———
const indocollex = new Map<string, string>();
const rejected: Record<string, string[]> = { standard: [], junk: [] };
for (const line of read('indocollex/dict/inforformal-formal-Indonesian-dictionary.tsv').split('\n').slice(1)) {
  const [informal, formal] = line.split('\t').map((s) => s?.trim().toLowerCase());
  if (!informal || !formal || informal === formal) continue;
  // Number-and-unit rows ("1007mb") and non-words are not slang.
  if (!WORD.test(informal) || !/^[a-z' -]+$/.test(formal)) {
    rejected.junk!.push(informal);
    continue;
  }
  if (standard.has(informal)) {
    rejected.standard!.push(informal);
    continue;
  }
  indocollex.set(informal, formal);
}
const walikan = new Map<string, string>();
for (const line of read('indocollex/data/full.csv').split('\n').slice(1)) {
  const [, transformed, original, kind] = line.split(',').map((s) => s?.trim().toLowerCase());
  if (kind !== 'rev' || !transformed || !original || !WORD.test(transformed)) continue;
  // The one inverted row (arek/kera) and reversed forms that are standard words (enam, utas) stay out.
  if (standard.has(transformed) || README_STANDARD.has(transformed) || transformed === 'arek') {
    rejected.standard!.push(transformed);
    continue;
  }
  if (!walikan.has(transformed)) walikan.set(transformed, original);
}

// ——— NusaX: regional words → Indonesian (CC BY-SA 4.0) ———
const LANGUAGES = ['javanese', 'sundanese', 'madurese', 'minangkabau', 'banjarese', 'buginese', 'balinese', 'acehnese', 'toba_batak', 'ngaju', 'english'];
const nusax = new Map<string, string>();
const nusaxLanguages = new Map<string, string>();
for (const lang of LANGUAGES) {
  for (const line of read(`nusax/datasets/lexicon/${lang}.csv`).split('\n').slice(1)) {
    const [, indonesian, regional] = line.split(',').map((s) => s?.trim().toLowerCase());
    if (!indonesian || !regional || indonesian === regional || !WORD.test(regional)) continue;
    // A regional word that is also a standard Indonesian word keeps its Indonesian reading.
    if (standard.has(regional) || indocollex.has(regional) || nusax.has(regional)) continue;
    nusax.set(regional, indonesian);
    nusaxLanguages.set(regional, lang);
  }
}

// ——— profanity: id-profanity-filter (curated) and Surge AI's English list (strong and severe) ———
interface Entry {
  word: string;
  category: string;
  region: string;
  severity: number;
  aliases: string[];
}
const smsaWords = existsSync(SMSA) ? smsaWordCounts() : new Map<string, number>();
/** The list's own README names these as ordinary words or context-bound terms; SARA words are the rules' job. */
const NOT_INSULTS = new Set(['menarik', 'ketagihan', 'miskin', 'berisik', 'mamamu', 'gigimu', 'pekak', 'lu', 'lo', 'cina', 'china', 'kafir', 'kapir', 'kafur', 'muntah', 'ingus', 'sabu', 'sakaw']);
const profanityId: { word: string; severity: number; region: string; category: string }[] = [];
const seen = new Set<string>();
for (const e of (JSON.parse(read('id-profanity-filter/words.json')) as { entries: Entry[] }).entries) {
  if (e.severity < 0.6 || !['insult', 'profanity', 'sexual', 'slur'].includes(e.category)) continue;
  for (const form of [e.word, ...e.aliases].map((w) => w.toLowerCase().trim())) {
    if (!WORD.test(form) || seen.has(form) || NOT_INSULTS.has(form)) continue;
    // The false-alarm gate: a word found in more than two of SmSA's reviews is an ordinary word.
    if ((smsaWords.get(form) ?? 0) > 2 || standard.has(form)) continue;
    seen.add(form);
    profanityId.push({ word: form, severity: e.severity, region: e.region, category: e.category });
  }
}
const profanityEn: { word: string; severity: number; category: string }[] = [];
for (const row of parseCsv(read('surge-ai-profanity/profanity_en.csv')).slice(1)) {
  const [text, , , , category, , , severity] = row;
  const word = text?.toLowerCase().trim() ?? '';
  const sev = Number(severity);
  if (!WORD.test(word) || word.length < 4 || sev < 2 || seen.has(word) || standard.has(word) || (smsaWords.get(word) ?? 0) > 0) continue;
  seen.add(word);
  profanityEn.push({ word, severity: sev, category: category ?? '' });
}

// ——— Wordnet Bahasa synonyms for concepts whose words are standard Indonesian ———
/**
 * Which concepts grow, and how many of the concept's own words a synonym must share a synset with.
 * Wordnet Bahasa's synsets are partly machine-translated and loose ("bodoh" shares one with "angsa",
 * "jongkok" and "ayam kampung"), so one shared synset is not enough: a candidate needs several of the
 * concept's words behind it, must be one word, and must pass the false-alarm gates below. Concepts whose
 * synsets only gave loose senses (threats, hate stances, rumours, put-downs) are not expanded.
 */
const EXPAND: Record<string, { seeds: number; reject: string[] }> = {
  // Each rejected word is a synset-mate whose everyday sense is not an insult.
  'insult-word': { seeds: 3, reject: ['tumpul', 'jongkok', 'jahil', 'pusung', 'benak', 'angsa', 'pilon'] },
  'weapon': { seeds: 2, reject: ['letupan', 'mortar'] },
};
const conceptTerms = { ...CONCEPTS, ...FRAME_CONCEPTS } as Record<string, readonly string[]>;
const known = new Set(Object.values(conceptTerms).flat().map((t) => t.replace(/\*$/, '')));
const synsets = new Map<string, string[]>();
const synsetsOf = new Map<string, string[]>();
for (const line of read('wordnet-bahasa/wn-data-ind.tab').split('\n')) {
  const [synset, kind, lemma] = line.split('\t');
  if (kind !== 'ind:lemma' || !synset || !lemma) continue;
  const w = lemma.toLowerCase();
  (synsets.get(synset) ?? synsets.set(synset, []).get(synset)!).push(w);
  (synsetsOf.get(w) ?? synsetsOf.set(w, []).get(w)!).push(synset);
}
/** Words of the project's own clean texts (written corpus, train split): a synonym found there is too ordinary. */
const cleanWords = new Set(writtenSplit('train').filter((c) => !c.refs.length).flatMap((c) => c.text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []));
const wordnet: Record<string, string[]> = {};
for (const [concept, { seeds, reject }] of Object.entries(EXPAND)) {
  const backers = new Map<string, Set<string>>();
  for (const seed of conceptTerms[concept]!.filter((t) => !t.startsWith('@')).map((t) => t.replace(/\*$/, ''))) {
    for (const synset of synsetsOf.get(seed) ?? []) {
      for (const w of synsets.get(synset)!) if (w !== seed) (backers.get(w) ?? backers.set(w, new Set()).get(w)!).add(seed);
    }
  }
  wordnet[concept] = [...backers]
    .filter(([w, by]) => by.size >= seeds && WORD.test(w) && !known.has(w) && !reject.includes(w) && (smsaWords.get(w) ?? 0) <= 1 && !cleanWords.has(w))
    .map(([w]) => w)
    .sort();
}

// ——— write ———
const sorted = (m: Map<string, string>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const files: Record<string, string> = {
  'indocollex.ts': header(
    'IndoCollex informal→formal dictionary and its boso walikan rows, filtered: standard Indonesian words (Wordnet Bahasa lemmas), the inverted arek/kera row and number-and-unit rows removed.',
    'IndoCollex — Wibowo et al. (2021), https://github.com/haryoa/indo-collex (commit df626e8). MIT License, Copyright (c) 2021 Haryo Akbarianto Wibowo. The licence text is in THIRD_PARTY_NOTICES.',
  ) + `export const INDOCOLLEX: Readonly<Record<string, string>> = ${JSON.stringify(sorted(indocollex), null, 0)};\n\nexport const WALIKAN: Readonly<Record<string, string>> = ${JSON.stringify(sorted(walikan), null, 0)};\n`,
  'nusax.ts': header(
    `NusaX lexicon, regional word → Indonesian (${LANGUAGES.join(', ')}); adapted: reformatted, merged across languages (first language listed wins), words identical to the Indonesian or that are standard Indonesian words removed.`,
    'NusaX lexicon — Winata et al. (2023), "NusaX: Multilingual Parallel Sentiment Dataset for 10 Indonesian Local Languages", https://github.com/IndoNLP/nusax (commit 75b0be5). Licensed CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/. THIS FILE, derived from it, is licensed CC BY-SA 4.0 as well.',
  ) + `export const NUSAX: Readonly<Record<string, string>> = ${JSON.stringify(sorted(nusax), null, 0)};\n\n/** Which of NUSAX's words come from its English list. */\nexport const NUSAX_ENGLISH: ReadonlySet<string> = new Set(${JSON.stringify([...nusaxLanguages].filter(([, l]) => l === 'english').map(([w]) => w).sort())});\n`,
  'profanity.ts': header(
    'Insults and profanity: id-profanity-filter entries of severity ≥ 0.6 in the insult, profanity, sexual and slur categories with their aliases, and Surge AI English entries rated strong or severe; ordinary words removed (the list README’s known false hits, Wordnet Bahasa lemmas, and words found in more than two SmSA reviews — none for English).',
    'id-profanity-filter word data — SideID, https://github.com/SideeID/id-profanity-filter (commit 1debb42), MIT License, Copyright (c) 2025 Side ID. The Obscenity List — Surge AI, https://github.com/surge-ai/profanity (commit 77dabf3), MIT License, Copyright (c) 2021 Surge AI. Licence texts are in THIRD_PARTY_NOTICES.',
  ) + `export const PROFANITY_ID: readonly { word: string; severity: number; region: string; category: string }[] = ${JSON.stringify(profanityId)};\n\nexport const PROFANITY_EN: readonly { word: string; severity: number; category: string }[] = ${JSON.stringify(profanityEn)};\n`,
  'wordnet.ts': header(
    `Wordnet Bahasa synonyms the built-in concepts gain: single words sharing a synset with several of the concept's own words (${Object.entries(EXPAND).map(([k, e]) => `${k} ${e.seeds}`).join(', ')}), found in at most one SmSA review and in no clean text of the project's corpus, minus loose senses named in scripts/lexicons.ts.`,
    'Wordnet Bahasa — Bond, Moeljadi, Rosman, Noor, Sapuan, Riza, Tan (2011–2015), http://wn-msa.sourceforge.net/ (omw-data commit f75be19). MIT License. The licence text is in THIRD_PARTY_NOTICES.',
  ) + `export const WORDNET_SYNONYMS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(wordnet)};\n`,
};

let stale = 0;
mkdirSync(OUT, { recursive: true });
for (const [name, text] of Object.entries(files)) {
  const path = resolve(OUT, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (check) {
    if (current !== text) {
      console.error(`rules/data/lexicons/${name} is not what npm run lexicons builds from ../shared`);
      stale++;
    }
  } else if (current !== text) writeFileSync(path, text);
}
console.log(
  `IndoCollex ${indocollex.size} + walikan ${walikan.size} (rejected: ${rejected.standard!.length} standard words, ${rejected.junk!.length} junk) · NusaX ${nusax.size} (${LANGUAGES.map((l) => `${l} ${[...nusaxLanguages.values()].filter((x) => x === l).length}`).join(', ')}) · profanity id ${profanityId.length}, en ${profanityEn.length} · Wordnet synonyms ${Object.entries(wordnet).map(([k, v]) => `${k} ${v.length}`).join(', ')}`,
);
if (stale) process.exit(1);

function header(what: string, credit: string): string {
  return `// Generated by \`npm run lexicons\` (scripts/lexicons.ts) from ../shared/data/lexicons — do not edit.\n// ${what}\n// Source and licence: ${credit}\n\n`;
}

function smsaWordCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(SMSA, 'utf8').split('\n')) {
    for (const w of new Set(line.split('\t')[0]!.toLowerCase().match(/[a-z]+/g) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}
