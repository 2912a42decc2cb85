/**
 * A token-level trie over every term of every concept: one pass over the words of a text finds all
 * hits of thousands of terms and phrases (the word-level equivalent of an Aho–Corasick automaton,
 * walked from each word; phrases are at most a few words long, so the walk is short).
 */
import { affixRoots, squeeze, stripClitics, unleet, unleetLoose, unreduplicate } from '../text/morph';
import type { Tokens } from '../text/tokenize';

export type WordMode = 'exact' | 'clitic' | 'affix';

interface TrieNode {
  // Children and memo are made on first use: most of the ~19,000 nodes are leaves, and four empty Maps
  // each were most of the garbage (and a good part of the time) of compiling the pack.
  exact?: Map<string, TrieNode>;
  clitic?: Map<string, TrieNode>;
  root?: Map<string, TrieNode>;
  /** Concept ids whose term ends here. */
  ends: number[];
  /** Where each word (by its cached forms) leads from here: "tidak", "di", "yang" start many phrases. */
  memo?: Map<TokenKeys, TrieNode[]>;
}

const newNode = (): TrieNode => ({ ends: [] });
const NO_CHILDREN: TrieNode[] = [];

export interface Hit {
  concept: number;
  /** First and last token (inclusive). */
  i: number;
  j: number;
}

/**
 * Every hit of a text, as parallel arrays: a 1 MB paste has ~60k hits, and one object each (kept
 * in one ever-growing array) cost a fifth of the time to check it.
 */
export class HitList {
  length = 0;
  concept: Int32Array = new Int32Array(256);
  i: Int32Array = new Int32Array(256);
  j: Int32Array = new Int32Array(256);

  push(concept: number, i: number, j: number): void {
    const k = this.length;
    if (k === this.concept.length) {
      const grow = (x: Int32Array): Int32Array => {
        const y = new Int32Array(x.length * 2);
        y.set(x);
        return y;
      };
      this.concept = grow(this.concept);
      this.i = grow(this.i);
      this.j = grow(this.j);
    }
    this.concept[k] = concept;
    this.i[k] = i;
    this.j[k] = j;
    this.length = k + 1;
  }

  /** As objects, for the few callers with few hits (the user's own terms). */
  toArray(): Hit[] {
    const out: Hit[] = [];
    for (let k = 0; k < this.length; k++) out.push({ concept: this.concept[k]!, i: this.i[k]!, j: this.j[k]! });
    return out;
  }
}

export interface Composition {
  first: number;
  window: number;
  then: number;
}

export interface TokenKeys {
  /** The word as written and its de-obfuscated, slang-mapped forms. */
  forms: string[];
  /** Forms with clitics removed. */
  bare: string[];
  /** Known roots reached by removing affixes. */
  roots: string[];
  /** Where the word leads from the trie's root: looked up for every word of a text, so kept here. */
  fromRoot?: TrieNode[];
}

/** Terms parsed once per process: packs repeat terms across concepts, and every checker parses the same pack. */
const PARSED = new Map<string, readonly { word: string; mode: WordMode }[]>();

const UNITS = new Set(['km', 'kg', 'gr', 'cm', 'mm', 'ml', 'jt', 'rb', 'k']);

export class Lexicon {
  private readonly trie = newNode();
  private readonly affixRootSet = new Set<string>();
  /** Every single word any term uses, in normal and squeezed form (for joining split letters). */
  private readonly vocabulary = new Set<string>();
  private readonly squeezedVocabulary = new Map<string, string>();
  /** Single words, for unmasking "b*ngsat". */
  private readonly maskable: string[] = [];
  readonly conceptNames: string[] = [];
  private readonly conceptIds = new Map<string, number>();
  /** Concepts found by pairing two others (see `compose`), by concept id. */
  readonly composed = new Map<number, Composition[]>();
  private readonly keyCache = new Map<string, TokenKeys>();

  /** Words Malang's boso walikan may spell backwards ("kolbog" is goblok, "lotnok" kontol); see `reversible`. */
  private readonly reversed = new Set<string>();

  constructor(private readonly slang: ReadonlyMap<string, string>) {}

  /**
   * Walikan as a rule, not a list: a written word no term and no slang entry knows, whose reversal is one of
   * these words, stands for it. Only insults are given (a reversed insult is chosen; a reversed ordinary word
   * is an accident), and only of five letters or more.
   */
  reversible(words: Iterable<string>): void {
    for (const w of words) if (w.length >= 5 && /^[a-z]+$/.test(w)) this.reversed.add(w);
  }

  canon(word: string): string {
    return this.slang.get(word) ?? word;
  }

  conceptId(name: string): number {
    let id = this.conceptIds.get(name);
    if (id === undefined) {
      id = this.conceptNames.length;
      this.conceptNames.push(name);
      this.conceptIds.set(name, id);
    }
    return id;
  }

  hasConcept(name: string): boolean {
    return this.conceptIds.has(name);
  }

  /**
   * A hit of concept `first` followed, within `window` words of the same sentence, by a hit of
   * `then` counts as a hit of `conceptName` ("@report-verb ~5 @report-target": "sudah kula laporaken
   * dhateng Pasi Intel", "reported it to the Dandim"). Pairs reach the forms no list of phrases can.
   */
  compose(conceptName: string, first: string, window: number, then: string): void {
    const concept = this.conceptId(conceptName);
    const list = this.composed.get(concept) ?? [];
    list.push({ first: this.conceptId(first), window, then: this.conceptId(then) });
    this.composed.set(concept, list);
  }

  /** Keys whose squeezed form is recorded. */
  private readonly keyed = new Set<string>();

  /** Parses a term ("tolak* kebijakan", "cuk!") into words and adds it under a concept. */
  add(conceptName: string, term: string): void {
    const concept = this.conceptId(conceptName);
    const words = Lexicon.parseTerm(term);
    if (words.length === 0) throw new Error(`empty term in ${conceptName}`);
    let node = this.trie;
    for (const { word, mode } of words) {
      const key = mode === 'affix' ? word : this.canon(word);
      if (mode === 'affix') this.affixRootSet.add(key);
      // Concepts share many words (one concept includes another): each word's forms are worked out once.
      if (!this.keyed.has(key)) {
        this.keyed.add(key);
        this.vocabulary.add(key);
        const sq = squeeze(key);
        if (sq !== key) this.squeezedVocabulary.set(sq, key);
      }
      this.vocabulary.add(word);
      if (words.length === 1 && key.length >= 4) this.maskable.push(key);
      const map = mode === 'affix' ? (node.root ??= new Map()) : mode === 'clitic' ? (node.clitic ??= new Map()) : (node.exact ??= new Map());
      let next = map.get(key);
      if (!next) {
        next = newNode();
        map.set(key, next);
      }
      node = next;
    }
    if (!node.ends.includes(concept)) node.ends.push(concept);
  }

  static parseTerm(term: string): readonly { word: string; mode: WordMode }[] {
    let parsed = PARSED.get(term);
    if (!parsed) PARSED.set(term, (parsed = Lexicon.parse(term)));
    return parsed;
  }

  private static parse(term: string): { word: string; mode: WordMode }[] {
    // Most terms are plain lower-case words: no folding, only splitting (a cold compile parses 16,000).
    if (/^[a-z0-9 ]+$/.test(term)) return term.split(' ').filter(Boolean).map((word) => ({ word, mode: 'clitic' as const }));
    return term
      .toLowerCase()
      .normalize('NFKC')
      // Split as the tokenizer does, so "100% benar" and "g30s/pki" match what it produces.
      .replace(/[^\p{L}\p{N}*!@$]+/gu, ' ')
      .split(' ')
      .filter(Boolean)
      .map((w) => {
        if (w.endsWith('*')) return { word: w.slice(0, -1), mode: 'affix' as const };
        if (w.endsWith('!')) return { word: w.slice(0, -1), mode: 'exact' as const };
        return { word: w, mode: 'clitic' as const };
      });
  }

  isKnownWord = (word: string): boolean => {
    if (this.vocabulary.has(word) || this.vocabulary.has(this.canon(word))) return true;
    const u = unleet(word);
    return u !== null && (this.vocabulary.has(u) || this.vocabulary.has(this.canon(u)));
  };

  /** All the forms one written word can stand for. Cached: real text repeats its words. */
  keys(text: string): TokenKeys {
    const hit = this.keyCache.get(text);
    if (hit) return hit;
    const forms = new Set<string>();
    const addForm = (w: string | null): void => {
      if (!w) return;
      forms.add(this.canon(w));
      forms.add(w);
      const sq = squeeze(w);
      if (sq !== w) {
        const known = this.squeezedVocabulary.get(sq) ?? (this.vocabulary.has(sq) ? sq : null);
        if (known) forms.add(known);
        forms.add(this.canon(sq));
      }
      const red = unreduplicate(w);
      if (red) forms.add(this.canon(red));
    };
    addForm(text);
    addForm(unleet(text));
    if (this.reversed.size && text.length >= 5 && !this.vocabulary.has(text) && !this.slang.has(text)) {
      const back = [...text].reverse().join('');
      if (this.reversed.has(back)) addForm(back);
    }
    // "k4f1r2": a leet word doubled with "2" (kafir-kafir).
    const doubled = /^(.{3,})2$/.exec(text);
    if (doubled && /[0-9@$!|]/.test(doubled[1]!)) addForm(unleet(doubled[1]!));
    const loose = unleetLoose(text);
    if (loose && this.isKnownWord(loose)) addForm(loose);
    // Stretched letters may hide a real double ("kendaraaaan" is kendaraan, not kendaran).
    if (/([a-z])\1\1/.test(text)) addForm(text.replace(/([a-z])\1{2,}/g, '$1$1'));
    if (text.includes('*')) addForm(this.unmask(text));
    const bare = new Set<string>();
    for (const f of forms) for (const b of stripClitics(f)) bare.add(this.canon(b));
    const roots = new Set<string>();
    const known = (r: string): boolean => this.affixRootSet.has(r);
    for (const f of forms) for (const r of affixRoots(f, known)) roots.add(r);
    const keys: TokenKeys = { forms: [...forms], bare: [...bare], roots: [...roots] };
    if (this.keyCache.size > 200_000) {
      // The memos hold these keys: drop them together.
      this.keyCache.clear();
      this.clearMemos(this.trie);
    }
    this.keyCache.set(text, keys);
    return keys;
  }

  private clearMemos(node: TrieNode): void {
    node.memo?.clear();
    for (const map of [node.exact, node.clitic, node.root]) if (map) for (const child of map.values()) this.clearMemos(child);
  }

  /** "b*ngsat" → "bangsat" when exactly one known word fits the visible letters. */
  private unmask(text: string): string | null {
    const visible = text.replace(/\*/g, '').length;
    if (visible < 2 || visible / text.length < 0.5) return null;
    const re = new RegExp(`^${text.replace(/[^a-z0-9*]/g, '').replace(/\*/g, '[a-z]')}$`);
    // A word several concepts share is one fit, not several.
    const fits = new Set(this.maskable.filter((w) => w.length === text.length && re.test(w)));
    return fits.size === 1 ? [...fits][0]! : null;
  }

  /** Every hit of every concept in the text's tokens. */
  match(tokens: Tokens): HitList {
    const hits = new HitList();
    // After a number, "km", "kg", "jt" are units, not the slang they also spell ("dorong 1 km" is no "kamu").
    const byWord = tokens.words.map((w, k) => (k > 0 && UNITS.has(w) && /^\d+$/.test(tokens.words[k - 1]!) ? this.keys(`#${w}`) : this.keys(w)));
    const { clause, id } = tokens;
    const root = this.trie;
    const children = (node: TrieNode, k: TokenKeys): TrieNode[] => {
      if (node === root && k.fromRoot) return k.fromRoot;
      const known = node.memo?.get(k);
      if (known) return known;
      let out: TrieNode[] = NO_CHILDREN;
      const go = (child: TrieNode | undefined): void => {
        if (child === undefined || out.includes(child)) return;
        if (out === NO_CHILDREN) out = [];
        out.push(child);
      };
      const { exact, clitic, root: byRoot } = node;
      if (exact) for (const f of k.forms) go(exact.get(f));
      if (clitic) {
        for (const f of k.forms) go(clitic.get(f));
        for (const f of k.bare) go(clitic.get(f));
      }
      if (byRoot) {
        for (const f of k.forms) go(byRoot.get(f));
        for (const r of k.roots) go(byRoot.get(r));
      }
      if (node === root) k.fromRoot = out;
      else {
        const memo = (node.memo ??= new Map());
        if (memo.size > 50_000) memo.clear();
        memo.set(k, out);
      }
      return out;
    };
    // Depth-first over (node, next token); the stack is reused across start words.
    const nodes: TrieNode[] = [];
    const next: number[] = [];
    // Where each distinct word leads from the root, looked up once per word rather than per token.
    const first = byWord.map((k) => children(root, k));
    for (let i = 0; i < tokens.length; i++) {
      const start = first[id[i]!]!;
      if (start.length === 0) continue;
      for (const child of start) {
        nodes.push(child);
        next.push(i + 1);
      }
      while (nodes.length) {
        const node = nodes.pop()!;
        const j = next.pop()!;
        for (const concept of node.ends) hits.push(concept, i, j - 1);
        if (j >= tokens.length || (j > i && clause[j] !== clause[i])) continue;
        for (const child of children(node, byWord[id[j]!]!)) {
          nodes.push(child);
          next.push(j + 1);
        }
      }
    }
    return hits;
  }
}
