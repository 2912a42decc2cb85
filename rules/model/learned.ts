/**
 * The learned layer: after the rules, each stretch of a text (a sentence, or short sentences taken
 * together) is read by the model. Where the model is confident an item is broken and no rule raised
 * that item anywhere in the text, it adds a `warning` — never `danger` — underlining the words that
 * weighed most. A text that does what careful writers do (reports a leak, denounces a hoax, advises
 * what not to share), as the rules' guard concepts know it, is left to the rules.
 */
import { itemHeading, ITEM_IDS, type ItemId } from '../guideline';
import type { Doc } from '../engine/doc';
import type { Finding, Sensitivity } from '../types';
import type { FastTextModel } from './fasttext';
import { modelWords } from './features';

export interface ModelMeta {
  /** Per-item probability above which the model speaks, chosen on the corpus dev split. */
  thresholds: Partial<Record<ItemId, number>>;
  /** Concepts whose presence in a text silences the model ("concept"), or silences it for some items ("concept:item,item"). */
  guards: readonly string[];
  /**
   * When the model is this sure a text breaks no item, the rules' warnings in it are withdrawn: careful
   * posts (reminders, reports, rebukes, teaching) use the words the rules look for, and the model, trained
   * on thousands of them, knows them by what they do. Never touches `danger`.
   */
  cleanVeto?: CleanVeto;
}

export interface CleanVeto {
  /** How sure the model must be that the text breaks nothing (see cleanSureness). */
  threshold: number;
  /** The items whose warnings it may withdraw: where doing so cleared far more false alarms than it lost catches. */
  items: readonly ItemId[];
}

/**
 * Items whose warnings the model never withdraws, whatever its data says. larangan-4: coded hate and
 * partisan hints are written to look harmless, where a model trained on harmless-looking posts is surest
 * and most wrong, and a missed one costs most. etika-7: an insult is in its words; on real tweets
 * (Ibrohim 2018) withdrawing took the warning off 141 abusive tweets to clear 23 harmless ones.
 */
export const NEVER_WITHDRAWN: readonly ItemId[] = ['larangan-4', 'etika-7'];

/** Stretches shorter than this many words join the next one: a lone "Mantap!" carries no meaning. */
const MIN_WORDS = 6;
/** A text of fewer words gives the model too little to go on ("Dasar baik"); the rules handle short insults. */
const MIN_TEXT_WORDS = 3;
/**
 * A text of fewer words gives the model too little to overrule the rules with: on short posts ("rezim ini
 * kafir semua") its sureness was wrong as often as right.
 */
const MIN_VETO_WORDS = 10;
/** At most this many model findings per item in one text: the point is made once or twice. */
const MAX_PER_ITEM = 3;
/**
 * Items where a percentage may be what weighs most and the words beside it are underlined instead: "fix
 * 100%" is a claim's certainty. Elsewhere a figure is a time, phone or price, the detectors' business.
 */
const NUMBERS_MAY_LEAD: readonly ItemId[] = ['etika-6'];

function messageFor(item: ItemId): Finding['message'] {
  return {
    id: `Kalimat ini mirip tulisan yang melanggar ${itemHeading(item, 'id')}. Ini dugaan model bahasa Saring, bukan aturan pasti: baca lagi sebelum mengirim.`,
    en: `This sentence resembles posts that break ${itemHeading(item, 'en')}. It is a guess by Saring’s language model, not a fixed rule: read it again before you post.`,
  };
}

const WHY = {
  id: 'Model ini belajar dari ribuan contoh tulisan berlabel; kata yang digarisbawahi paling memengaruhi dugaannya.',
  en: 'The model learned from thousands of labelled example posts; the underlined words weighed most in its guess.',
};

export class LearnedLayer {
  private readonly labelIndex: { item: ItemId; k: number }[];
  private readonly memo = new Map<string, string>();
  /** The items whose warnings the model may withdraw (see CleanVeto, NEVER_WITHDRAWN). */
  readonly withdrawable: ReadonlySet<ItemId>;
  private readonly numbersMayLead: ReadonlySet<number>;
  /** Label indexes of every guideline item the model knows, and of "clean". */
  private readonly itemIndex: number[];
  private readonly cleanIndex: number;

  constructor(
    readonly model: FastTextModel,
    readonly meta: ModelMeta,
    private readonly normal: ReadonlyMap<string, string>,
  ) {
    this.itemIndex = model.labels.flatMap((label, k) => (ITEM_IDS.includes(label as ItemId) ? [k] : []));
    this.cleanIndex = model.labels.indexOf('clean');
    this.withdrawable = new Set((meta.cleanVeto?.items ?? []).filter((i) => !NEVER_WITHDRAWN.includes(i)));
    this.numbersMayLead = new Set(NUMBERS_MAY_LEAD.map((i) => model.labels.indexOf(i)).filter((k) => k >= 0));
    this.labelIndex = model.labels.flatMap((label, k) => (ITEM_IDS.includes(label as ItemId) && meta.thresholds[label as ItemId] !== undefined ? [{ item: label as ItemId, k }] : []));
  }

  /** Findings the model adds to the rules' `ruleFindings` for one text; `settled` items were matched by a rule and set aside by the text's frame. */
  run(doc: Doc, ruleFindings: readonly Finding[], settled: ReadonlySet<ItemId>, sensitivity: Sensitivity, disabled: ReadonlySet<ItemId>, guardIds: readonly Guard[]): Finding[] {
    const raised = new Set<ItemId>(settled);
    for (const f of ruleFindings) if (f.severity !== 'info') for (const r of f.refs) raised.add(r);
    if (doc.tokens.length < MIN_TEXT_WORDS) return [];
    const silenced = guarded(doc, guardIds);
    if (silenced === 'all') return [];
    const open = this.labelIndex.filter(({ item }) => !raised.has(item) && !disabled.has(item) && !silenced.has(item));
    if (open.length === 0) return [];
    const out: Finding[] = [];
    const count = new Map<ItemId, number>();
    for (const s of this.stretches(doc)) {
      for (const { item, k } of open) {
        if ((count.get(item) ?? 0) >= MAX_PER_ITEM) continue;
        if (this.prob(s.hidden, k) < threshold(this.meta.thresholds[item]!, sensitivity)) continue;
        const span = this.weightiest(doc, s, k);
        if (!span) continue;
        if (guardIds.some((g) => g.before && (!g.items || g.items.includes(item)) && g.before(doc, span.token))) continue;
        count.set(item, (count.get(item) ?? 0) + 1);
        out.push({ ruleId: `model-${item}`, refs: [item], severity: 'warning', start: span.start, end: span.end, message: messageFor(item), why: WHY });
      }
    }
    return out;
  }

  /** The highest probability of each item over the text's stretches (guards applied): for training. */
  maxProbs(doc: Doc, guardIds: readonly Guard[]): Map<ItemId, number> {
    const best = new Map<ItemId, number>();
    const silenced = guarded(doc, guardIds);
    if (silenced === 'all' || doc.tokens.length < MIN_TEXT_WORDS) return best;
    for (const s of this.stretches(doc)) {
      for (const { item, k } of this.labelIndex) if (!silenced.has(item) && this.weightiest(doc, s, k)) best.set(item, Math.max(best.get(item) ?? 0, this.prob(s.hidden, k)));
    }
    return best;
  }

  /**
   * How sure the model is that the whole text breaks nothing: it must both call the text clean and find
   * every item unlikely. Either alone misleads: text unlike anything it learned (short English) leaves
   * every item unlikely without looking clean, and "clean" stays high beside a likely item.
   */
  cleanSureness(doc: Doc): number {
    if (this.cleanIndex < 0 || doc.tokens.length < MIN_VETO_WORDS) return 0;
    const mw = modelWords(doc.tokens, this.normal, 0, doc.tokens.length, this.memo);
    if (mw.words.length === 0) return 0;
    const { hidden } = this.model.hidden(mw.words);
    let item = 0;
    for (const k of this.itemIndex) item = Math.max(item, this.prob(hidden, k));
    return Math.min(this.prob(hidden, this.cleanIndex), 1 - item);
  }

  /**
   * Is the model sure enough that this text breaks nothing to withdraw the rules' warnings of the
   * `withdrawable` items? Strict sensitivity keeps every warning; relaxed lets the model withdraw sooner.
   */
  sureClean(doc: Doc, sensitivity: Sensitivity): boolean {
    const veto = this.meta.cleanVeto;
    if (veto === undefined || sensitivity === 'strict') return false;
    const t = sensitivity === 'relaxed' ? veto.threshold - (1 - veto.threshold) : veto.threshold;
    return this.cleanSureness(doc) >= t;
  }

  private prob(hidden: Float32Array, k: number): number {
    return 1 / (1 + Math.exp(-this.model.score(hidden, k)));
  }

  /** Whole sentences gathered until a stretch has MIN_WORDS words. */
  private *stretches(doc: Doc): Generator<Stretch> {
    if (this.memo.size > 50_000) this.memo.clear();
    const t = doc.tokens;
    let from = 0;
    while (from < t.length) {
      let to = from;
      while (to < t.length && (to - from < MIN_WORDS || t.sent[to] === t.sent[to - 1])) to++;
      // A short remainder joins this stretch rather than standing alone.
      if (t.length - to < MIN_WORDS) to = t.length;
      const mw = modelWords(t, this.normal, from, to, this.memo);
      if (mw.words.length) yield { ...this.model.hidden(mw.words), words: mw.words, token: mw.token };
      from = to;
    }
  }

  /**
   * The word whose share of the hidden vector pushes label k hardest, with a neighbour that pushes
   * almost as hard ("tolak kebijakan"): what the user sees underlined. Null when that word is a
   * number: times, phones and prices are the detectors' business, not a guess's.
   */
  private weightiest(doc: Doc, s: Stretch, k: number): { start: number; end: number; token: number } | null {
    const score = s.parts.map((p) => this.model.score(p, k));
    let best = 0;
    for (let w = 1; w < score.length; w++) if (score[w]! > score[best]!) best = w;
    if (/^0+$/.test(s.words[best]!)) {
      if (!this.numbersMayLead.has(k) || !percent(doc, s.token[best]!)) return null;
      // "fix 100%, mulai tahun depan guru honorer …": the percentage is the boast; underline the words beside it.
      let word = -1;
      for (let w = 0; w < score.length; w++) if (!/^0+$/.test(s.words[w]!) && score[w]! > 0 && (word < 0 || score[w]! > score[word]!)) word = w;
      if (word < 0) return null;
      best = word;
    }
    let lo = best;
    let hi = best;
    if (best > 0 && score[best - 1]! >= score[best]! / 2) lo = best - 1;
    else if (best + 1 < score.length && score[best + 1]! >= score[best]! / 2) hi = best + 1;
    return { ...doc.tokenSpan(s.token[lo]!, s.token[hi]!), token: s.token[lo]! };
  }
}

interface Stretch {
  hidden: Float32Array;
  parts: Float32Array[];
  words: string[];
  token: number[];
}

export interface Guard {
  concept: number;
  items: readonly ItemId[] | null;
  /** Set for guards that count only just before the underlined words (token index). */
  before: ((doc: Doc, token: number) => boolean) | null;
}

/** The text does what careful writers do (reports a leak, denounces a hoax…): the model stays out, of everything or of some items. */
function guarded(doc: Doc, guards: readonly Guard[]): 'all' | Set<ItemId> {
  const items = new Set<ItemId>();
  for (const g of guards) {
    if (g.before || doc.hitsOf(g.concept).length === 0) continue;
    if (!g.items) return 'all';
    for (const i of g.items) items.add(i);
  }
  return items;
}

/** Strict listens to weaker evidence, relaxed only to strong evidence. */
export function threshold(base: number, sensitivity: Sensitivity): number {
  if (sensitivity === 'strict') return Math.max(0.3, base - 0.15);
  if (sensitivity === 'relaxed') return base + (1 - base) / 2;
  return base;
}

/** A figure given as a percentage ("100%", "1000 persen"): a certainty or a share, not a price or a time. */
function percent(doc: Doc, token: number): boolean {
  const end = doc.tokenSpan(token, token).end;
  return /^\s?(?:%|persen|percent)/i.test(doc.text.slice(end, end + 9));
}
