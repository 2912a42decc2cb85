import type { ItemId } from '../guideline';
import { ITEM_IDS } from '../guideline';
import { fold } from '../text/fold';
import { tokenize, word } from '../text/tokenize';
import type { CheckConfig, Confidence, ConceptRef, DetectorRule, Finding, PhraseRule, Rule, RulePack, Sensitivity, Span, WatchTerm } from '../types';
import { Doc } from './doc';
import { Lexicon, type Hit } from './lexicon';
import { quoted } from './quoted';
import { quoteLines, rebukedQuotes, startsIn, type Range } from './answered';
import type { Guard, LearnedLayer } from '../model/learned';

/** Conjunctions after which a frame is a new statement, out of a negator's reach. */
const AND = new Set(['dan', 'and', 'lan', 'terus', 'lalu', 'serta']);

export type Detector = (doc: Doc) => Span[];

interface Cancels {
  unlessText: number[];
  unlessBefore: number[];
  unlessPair: [number, number][];
}

interface CompiledPhrase extends Cancels {
  rule: PhraseRule;
  anchor: number;
  near: number[];
  unless: number[];
  window: number;
  unlessWindow: number;
}

/** How far before a finding an `unlessBefore` concept may end ("jangan unggah foto, video atau … gudang senjata"). */
const UNLESS_BEFORE = 8;

const CONFIDENCE_BY_SENSITIVITY: Record<Sensitivity, readonly Confidence[]> = {
  strict: ['high', 'medium', 'low'],
  normal: ['high', 'medium'],
  relaxed: ['high'],
};

/** Texts longer than this are checked in their first MAX_TEXT characters only; the UI says so. */
export const MAX_TEXT = 2_000_000;

export class PackError extends Error {
  constructor(readonly problems: string[]) {
    super(`rule pack is invalid:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Cancels that say where the writer stands (neutral in an election, against gambling and drink): in a
 * line quoted from another post they are the other's stance and cancel only findings in that line.
 */
const STANCES = ['partisan-guard', 'vice-against'];
/** A term that pairs two concepts: "@first ~window @then". */
const COMPOSED_TERM = /^@([a-z0-9-]+) ~(\d{1,2}) @([a-z0-9-]+)$/;

export class Checker {
  readonly lexicon: Lexicon;
  private readonly phrases: CompiledPhrase[] = [];
  private readonly detectorRules: ({ rule: DetectorRule; run: Detector } & Cancels)[] = [];
  private readonly negation: number;
  private readonly only: number;
  /** Answers that rebuke a quoted post (see answered.ts); -1 in a pack without them. */
  private readonly rebuke: number;
  private readonly agree: number;
  /** Rules that find what is written to look harmless: the learned layer never withdraws them. */
  private readonly disguised: ReadonlySet<string>;
  /** Cancels that state the writer's stance (see STANCES), as concept ids. */
  private readonly stances: ReadonlySet<number>;
  private configKey = '';
  private configLexicon: Lexicon | null = null;
  private watchTerms = new Map<number, WatchTerm>();
  private readonly guardIds: Guard[] = [];

  constructor(
    readonly pack: RulePack,
    slang: ReadonlyMap<string, string>,
    detectors: Readonly<Record<string, Detector>>,
    private readonly learned: LearnedLayer | null = null,
  ) {
    const problems: string[] = [];
    this.lexicon = new Lexicon(slang);
    for (const [name, terms] of Object.entries(pack.concepts)) {
      if (!Array.isArray(terms) || terms.length === 0) problems.push(`concept @${name} has no terms`);
      else for (const term of terms) this.addTerm(name, term, problems, [name]);
    }
    // Walikan: insults spelt backwards ("Sam Danru iku kolbog"); the lexicon keeps the single words.
    const walikan = pack.concepts['walikan-reversible'];
    if (Array.isArray(walikan)) this.lexicon.reversible(walikan.filter((t): t is string => typeof t === 'string'));
    this.negation = this.lexicon.conceptId('negation');
    this.only = this.lexicon.conceptId('only');
    this.rebuke = this.lexicon.hasConcept('frame-rebuke') ? this.lexicon.conceptId('frame-rebuke') : -1;
    this.agree = this.lexicon.hasConcept('frame-agree') ? this.lexicon.conceptId('frame-agree') : -1;
    this.disguised = new Set(pack.rules.filter((r) => r.disguised).map((r) => r.id));
    this.stances = new Set(STANCES.filter((c) => this.lexicon.hasConcept(c)).map((c) => this.lexicon.conceptId(c)));
    const ids = new Set<string>();
    for (const rule of pack.rules) {
      if (ids.has(rule.id)) problems.push(`duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      for (const ref of rule.refs) if (!ITEM_IDS.includes(ref)) problems.push(`${rule.id}: unknown ref ${ref}`);
      const ref = (r: ConceptRef, part: string): number => this.conceptRef(rule.id, part, r, problems);
      const cancels: Cancels = {
        unlessText: (rule.unlessText ?? []).map((r, k) => ref(r, `unlessText${k}`)),
        unlessBefore: (rule.unlessBefore ?? []).map((r, k) => ref(r, `unlessBefore${k}`)),
        unlessPair: (rule.unlessPair ?? []).map(([a, b], k) => [ref(a, `unlessPair${k}a`), ref(b, `unlessPair${k}b`)] as [number, number]),
      };
      if (rule.kind === 'detector') {
        const run = detectors[rule.detector];
        if (!run) problems.push(`${rule.id}: unknown detector ${rule.detector}`);
        else this.detectorRules.push({ rule, run, ...cancels });
        continue;
      }
      this.phrases.push({
        rule,
        ...cancels,
        anchor: ref(rule.anchor, 'anchor'),
        near: (rule.near ?? []).map((r, k) => ref(r, `near${k}`)),
        unless: (rule.unless ?? []).map((r, k) => ref(r, `unless${k}`)),
        window: rule.window ?? 6,
        unlessWindow: rule.unlessWindow ?? Math.max(rule.window ?? 6, 4),
      });
    }
    // "concept" silences the model in a text; "concept:item,item" for those items only; a leading "<"
    // only where the concept ends just before the words the model would underline.
    for (const g of learned?.meta.guards ?? []) {
      const before = g.startsWith('<');
      const [name = '', items] = g.replace(/^</, '').split(':');
      if (this.lexicon.hasConcept(name)) this.guardIds.push({ concept: this.lexicon.conceptId(name), items: items ? (items.split(',') as ItemId[]) : null, before: before ? (d, k) => endsJustBefore(d, this.lexicon.conceptId(name), k) : null });
      else problems.push(`the learned layer's guard @${name} is not a concept of this pack`);
    }
    if (problems.length) throw new PackError(problems);
  }

  private addTerm(concept: string, term: unknown, problems: string[], including: readonly string[] = []): void {
    if (typeof term !== 'string' || !term.trim()) {
      problems.push(`concept @${concept}: a term is not a non-empty string`);
      return;
    }
    // "@report-verb ~4 @command-target": a hit of one concept followed closely by a hit of another.
    const pair = COMPOSED_TERM.exec(term);
    if (pair) {
      const [, first = '', window = '', then = ''] = pair;
      for (const name of [first, then]) if (!Array.isArray(this.pack.concepts[name])) problems.push(`concept @${concept} pairs unknown concept @${name}`);
      if (+window < 1 || +window > 12) problems.push(`concept @${concept}: a pair's window must be 1–12 words`);
      this.lexicon.compose(concept, first, +window, then);
      return;
    }
    // "@policy" inside a concept's terms brings in all of that concept's terms.
    if (term.startsWith('@')) {
      const name = term.slice(1);
      const terms = this.pack.concepts[name];
      if (!Array.isArray(terms)) problems.push(`concept @${concept} includes unknown concept ${term}`);
      else if (including.includes(name)) problems.push(`concept @${concept} includes itself through ${term}`);
      else for (const t of terms) this.addTerm(concept, t, problems, [...including, name]);
      return;
    }
    this.lexicon.add(concept, term);
  }

  private conceptRef(ruleId: string, part: string, ref: ConceptRef, problems: string[]): number {
    if (typeof ref === 'string') {
      const name = ref.replace(/^@/, '');
      if (!(name in this.pack.concepts)) problems.push(`${ruleId}: unknown concept ${ref}`);
      return this.lexicon.conceptId(name);
    }
    const name = `${ruleId}#${part}`;
    for (const term of ref) this.addTerm(name, term, problems);
    return this.lexicon.conceptId(name);
  }

  /** A text folded, tokenised and matched against every concept: what rules read. */
  read(text: string): Doc {
    const folded = fold(text);
    const tokens = tokenize(folded, this.lexicon.isKnownWord);
    return new Doc(text, folded, tokens, this.lexicon.match(tokens), this.lexicon);
  }

  /** The learned layer, if this checker has one. */
  get learnedLayer(): LearnedLayer | null {
    return this.learned;
  }

  /** Concept ids of the learned layer's guards in this pack. */
  get learnedGuards(): readonly Guard[] {
    return this.guardIds;
  }

  check(input: string, config: CheckConfig = {}): Finding[] {
    const text = typeof input === 'string' ? input.slice(0, MAX_TEXT) : '';
    if (!text.trim()) return [];
    const doc = this.read(text);
    const allowed = new Set(CONFIDENCE_BY_SENSITIVITY[config.sensitivity ?? 'normal']);
    const disabled = new Set<ItemId>(config.disabledItems ?? []);
    const findings: Finding[] = [];
    // Items a rule set aside because of what the text does (reports a leak, names what not to post…):
    // the learned layer must not raise them behind the rules' back. A text-wide frame settles a rule's
    // items even where the rule found nothing: settling only real matches let the model raise 16 careful
    // posts (reminders, debunks, remembrance) over the corpus and rounds for 21 more catches.
    const settled = new Set<ItemId>();
    const settle = (rule: Rule): void => {
      for (const r of rule.refs) settled.add(r);
    };

    // A rule's refs minus the disabled items, worked out once per rule, not once per finding.
    const refsOf = new Map<Rule, ItemId[]>();
    const emit = (rule: Rule, span: { start: number; end: number }, suggestion?: string): void => {
      let refs = refsOf.get(rule);
      if (!refs) refsOf.set(rule, (refs = rule.refs.filter((r) => !disabled.has(r))));
      if (refs.length === 0) return;
      const f: Finding = { ruleId: rule.id, refs, severity: rule.severity, start: span.start, end: span.end, message: rule.message };
      if (rule.why) f.why = rule.why;
      const s = suggestion ?? rule.suggestion;
      if (s !== undefined) f.suggestion = s;
      findings.push(f);
    };

    const quotes = quoteLines(text);
    for (const p of this.phrases) {
      if (!allowed.has(p.rule.confidence ?? 'high')) continue;
      if (p.rule.refs.every((r) => disabled.has(r))) continue;
      const framed = this.framedIn(doc, p.unlessText, p.unlessPair, quotes);
      if (framed === 'text') {
        settle(p.rule);
        continue;
      }
      let lastEnd = -1;
      for (const h of doc.hitsOf(p.anchor)) {
        if (h.i <= lastEnd) continue;
        if (framed === 'quotes' && startsIn(quotes, doc.tokenSpan(h.i, h.j))) {
          settle(p.rule);
          continue;
        }
        if (p.rule.negatable && this.negated(doc, h)) continue;
        if (p.rule.skipQuoted && quoted(doc, h)) {
          settle(p.rule);
          continue;
        }
        let lo = h.i;
        let hi = h.j;
        let ok = true;
        const halves: Hit[] = [];
        for (const c of p.near) {
          const g = doc.near(c, h.i, h.j, p.window, p.rule.after, p.rule.topic);
          // "mobil dinas tidak boleh dipakai mudik": a negator before the other half cancels too.
          if (!g || (p.rule.negatable && this.negated(doc, g, h)) || (p.rule.skipQuoted && quoted(doc, g))) {
            ok = false;
            break;
          }
          lo = Math.min(lo, g.i);
          hi = Math.max(hi, g.j);
          halves.push(g);
        }
        if (!ok) continue;
        // A cancel may hold the other half's own words: "anjing saya" is a pet, however far the church.
        if (p.unless.some((c) => overlaps(doc, c, h) || halves.some((g) => overlaps(doc, c, g)) || undenied(doc, doc.near(c, h.i, h.j, p.unlessWindow))) || p.unlessBefore.some((c) => endsJustBefore(doc, c, lo, hi))) {
          settle(p.rule);
          continue;
        }
        lastEnd = h.j;
        emit(p.rule, p.rule.highlight === 'span' ? doc.tokenSpan(lo, hi) : doc.tokenSpan(h.i, h.j));
      }
    }
    for (const { rule, run, unlessText, unlessBefore, unlessPair } of this.detectorRules) {
      if (!allowed.has(rule.confidence ?? 'high')) continue;
      if (rule.refs.every((r) => disabled.has(r))) continue;
      const spans = run(doc);
      const framed = spans.length ? this.framedIn(doc, unlessText, unlessPair, quotes) : 'none';
      if (framed === 'text') {
        settle(rule);
        continue;
      }
      for (const span of spans) {
        if (framed === 'quotes' && startsIn(quotes, span)) {
          settle(rule);
          continue;
        }
        if (unlessBefore.length && unlessBefore.some((c) => endsJustBefore(doc, c, doc.tokenAtOriginal(span.start), doc.tokenAtOriginal(span.end - 1)))) {
          settle(rule);
          continue;
        }
        emit(rule, span, span.suggestion);
      }
    }
    // A quoted post the comment rebukes: its words are the other's, for the rules and the model alike.
    const rebuked = this.rebuke >= 0 ? rebukedQuotes(doc, quotes, this.rebuke, this.agree, this.negation) : [];
    for (let k = findings.length - 1; rebuked.length && k >= 0; k--) {
      if (!startsIn(rebuked, findings[k]!)) continue;
      for (const r of findings[k]!.refs) settled.add(r);
      findings.splice(k, 1);
    }
    // A text the model is near-sure breaks nothing loses the rules' warnings of the items where it has
    // proved right about that (see CleanVeto): a warning on a careful post (a reminder, a report, a
    // rebuke, a lesson) is the false alarm that makes users doubt every other one. Danger stays, and a
    // text with a danger finding is not one the model may call clean. The model reads the text only when
    // some warning could go.
    const learned = this.learned;
    const withdrawable = (f: Finding): boolean => f.severity === 'warning' && !this.disguised.has(f.ruleId) && f.refs.every((r) => learned!.withdrawable.has(r));
    const withdrawn =
      learned !== null && findings.some(withdrawable) && !findings.some((f) => f.severity === 'danger') && learned.sureClean(doc, config.sensitivity ?? 'normal');
    if (withdrawn) for (let k = findings.length - 1; k >= 0; k--) if (withdrawable(findings[k]!)) findings.splice(k, 1);
    // The unit's watch terms first: the learned layer must see the items they raise, and the user's
    // allowed words silence its guesses as they silence the rules.
    const allowSpans = this.applyUserTerms(doc, config, findings, disabled);
    if (this.learned && !withdrawn) {
      for (const f of this.learned.run(doc, findings, settled, config.sensitivity ?? 'normal', disabled, this.guardIds)) {
        if (!allowSpans.some((s) => s.start < f.end && f.start < s.end) && !startsIn(rebuked, f)) findings.push(f);
      }
    }
    return dedupe(findings);
  }

  /**
   * Where a rule's text-wide cancels hold: everywhere ('text'), only in lines quoted from another post
   * ('quotes'), or nowhere. A stance in a quoted post is the other's: "> Pilkada nanti kita wajib netral"
   * does not make the answer under it ("di bilik tetep nomer 2 ✌️") neutral. A topic is shared: the
   * answer to "> Bakso Pak Jaya rahasianya apa?" still talks about bakso.
   */
  private framedIn(doc: Doc, concepts: readonly number[], pairs: readonly (readonly [number, number])[], quotes: readonly Range[]): 'text' | 'quotes' | 'none' {
    let inQuotes = false;
    // Stops at the first frame that holds for the whole text: without quoted lines, at the first frame.
    const whole = (concept: number, h: Hit): boolean => {
      if (!this.stances.has(concept) || !startsIn(quotes, doc.tokenSpan(h.i, h.j))) return true;
      inQuotes = true;
      return false;
    };
    // "Meme itu dilarang dan sudah kami hapus": a frame after "dan" starts its own statement.
    if (concepts.some((c) => doc.hitsOf(c).some((h) => !this.negated(doc, h, undefined, true) && !conceded(doc, h) && !refused(doc, h.j) && whole(c, h)))) return 'text';
    // A pair: a hit of `a`, not negated, with a hit of `b` at most five words after it in the same sentence.
    if (
      pairs.some(([a, b]) =>
        doc.hitsOf(a).some((h) => {
          if (this.negated(doc, h)) return false;
          const g = doc.near(b, h.i, h.j, 5, true);
          return g !== null && !refused(doc, Math.max(h.j, g.j)) && whole(a, h);
        }),
      )
    )
      return 'text';
    return inQuotes ? 'quotes' : 'none';
  }

  /** A negator (jangan, tidak, bukan, stop…) up to three words before, in the same clause. */
  private negated(doc: Doc, h: Hit, anchor?: Hit, stopAtAnd = false): boolean {
    const clause = doc.tokens.clause[h.i];
    // Negators are at most a few words long: only those starting shortly before can reach.
    for (const n of doc.between(this.negation, h.i - 8, h.i - 1)) {
      // The anchor's own words ("tidak setuju", "tolak") do not negate the rest of the rule.
      if (anchor && n.j >= anchor.i && n.i <= anchor.j) continue;
      // "Jangan cuma pasang baliho", "bukan hanya pencitraan": the negator limits, it does not deny.
      if (doc.between(this.only, n.j + 1, n.j + 1).next().done === false) continue;
      if (n.i === n.j && firstPersonTak(doc, n.i)) continue;
      // "Jangan lupa …", "ojo lali …" asks for the thing: a reminder, not a negation.
      if (REMIND.has(word(doc.tokens, n.j + 1))) continue;
      if (stopAtAnd && andBetween(doc, n.j, h.i)) continue;
      if (n.j < h.i && h.i - n.j - auxBetween(doc, n.j, h.i) <= 3 && doc.tokens.clause[n.j] === clause) return true;
    }
    return false;
  }

  /** Adds the unit's watch-term findings and removes findings on allowed words; returns the allowed spans. */
  private applyUserTerms(doc: Doc, config: CheckConfig, findings: Finding[], disabled: Set<ItemId>): { start: number; end: number }[] {
    const watch = config.watchTerms ?? [];
    const allow = config.allowTerms ?? [];
    if (watch.length === 0 && allow.length === 0) return [];
    const key = JSON.stringify([watch, allow]);
    if (key !== this.configKey) {
      this.configKey = key;
      this.configLexicon = new Lexicon(new Map());
      this.watchTerms = new Map();
      for (const w of watch) {
        if (typeof w?.term !== 'string' || !w.term.trim()) continue;
        const id = this.configLexicon.conceptId(`watch:${w.term}`);
        this.configLexicon.add(`watch:${w.term}`, w.term);
        // The first entry for a term wins: an administrator's, merged in front, over the user's.
        if (!this.watchTerms.has(id)) this.watchTerms.set(id, w);
      }
      for (const a of allow) if (typeof a === 'string' && a.trim()) this.configLexicon.add('allow', a);
    }
    const lex = this.configLexicon!;
    const hits = lex.match(doc.tokens).toArray();
    const allowId = lex.hasConcept('allow') ? lex.conceptId('allow') : -1;
    const allowSpans = hits.filter((h) => h.concept === allowId).map((h) => doc.tokenSpan(h.i, h.j));
    if (allowSpans.length) {
      for (let k = findings.length - 1; k >= 0; k--) {
        const f = findings[k]!;
        if (allowSpans.some((s) => s.start < f.end && f.start < s.end)) findings.splice(k, 1);
      }
    }
    for (const h of hits) {
      const w = this.watchTerms.get(h.concept);
      if (!w) continue;
      const refs = (w.item ? [w.item] : (['larangan-5', 'etika-3'] as ItemId[])).filter((r) => !disabled.has(r));
      if (refs.length === 0) continue;
      const span = doc.tokenSpan(h.i, h.j);
      if (allowSpans.some((s) => s.start <= span.start && span.end <= s.end)) continue;
      const fromPack = w.message !== undefined || w.link !== undefined || w.item !== undefined;
      findings.push({
        ruleId: fromPack ? 'unit-pack' : 'watch-term',
        refs,
        severity: w.severity,
        start: span.start,
        end: span.end,
        message: w.message ?? WATCH_MESSAGE,
        ...(fromPack ? { source: 'unit-pack' as const } : {}),
        ...(w.link ? { link: w.link } : {}),
      });
    }
    return allowSpans;
  }
}


const WATCH_MESSAGE = {
  id: 'Istilah ini ada di daftar pantauan satuan Anda. Pastikan tidak membuka informasi dinas (larangan 5, etika 3).',
  en: 'This term is on your unit’s watch list. Make sure you reveal no service information (prohibition 5, ethics 3).',
};


/**
 * A hit of `concept` ends within UNLESS_BEFORE words before token k, in k's sentence; or, given the
 * finding's last token `end`, starts before k and runs into the finding ("jangan dikirim", where
 * "dikirim" begins it) or lies inside it ("jam komandan: jangan upload foto pos, jadwal patroli").
 */
function endsJustBefore(doc: Doc, concept: number, k: number, end = -1): boolean {
  if (k < 0) return false;
  const sent = doc.tokens.sent[k];
  for (const g of doc.between(concept, k - UNLESS_BEFORE - 6, Math.max(k - 1, end - 1))) {
    if (doc.tokens.sent[g.i] !== sent) continue;
    if (g.j < k ? k - g.j <= UNLESS_BEFORE : g.i < k || g.j < end) return true;
  }
  return false;
}

function overlaps(doc: Doc, concept: number, h: Hit): boolean {
  for (const g of doc.between(concept, h.i - 8, h.j)) if (g.j >= h.i) return true;
  return false;
}

/** One finding per rule and span; sorted by position so the UI and the CLI read naturally. */
/** Words that deny what follows them outright ("bukan penipuan", "not a scam"). */
const DENIALS = new Set(['bukan', 'bkn', 'dudu', 'not', 'no']);

/**
 * A cancel found near a match, unless it is denied outright: "dijamin bukan penipuan", "guaranteed not
 * a scam" are what a scam says of itself, not a warning against one.
 */
function undenied(doc: Doc, g: Hit | null): boolean {
  if (!g) return false;
  const before = g.i > 0 && doc.tokens.sent[g.i - 1] === doc.tokens.sent[g.i] ? word(doc.tokens, g.i - 1) : '';
  const twoBefore = g.i > 1 && (before === 'a' || EXIST.has(before)) ? word(doc.tokens, g.i - 2) : '';
  const absent = EXIST.has(before) && ABSENT.has(twoBefore);
  return !DENIALS.has(before) && !(before === 'a' && DENIALS.has(twoBefore)) && !absent && !conceded(doc, g);
}

/** "gak ada toleransinya", "ora ono sanksine": a cancel said to be missing is no cancel. */
const EXIST = new Set(['ada', 'ono', 'onok', 'punya', 'duwe']);
const ABSENT = new Set(['gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'tidak', 'tdk', 'tak', 'ora', 'kagak', 'kaga', 'gada', 'nda', 'ndak', 'indak', 'hana']);

function dedupe(findings: Finding[]): Finding[] {
  // Plain code-unit order for ids: localeCompare is far slower and ids are ASCII anyway.
  findings.sort((a, b) => a.start - b.start || b.end - a.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  // Sorted this way, copies of one finding sit next to each other.
  const out: Finding[] = [];
  for (const f of findings) {
    const prev = out[out.length - 1];
    if (prev && prev.start === f.start && prev.end === f.end && prev.ruleId === f.ruleId) continue;
    out.push(f);
  }
  return out;
}

/** "Lapor komandan? Males": a frame asked about, then turned down. */
const REFUSALS = new Set(['males', 'malas', 'ogah', 'emoh', 'wegah', 'moh', 'gamau', 'ogahh', 'nope', 'enggak', 'nggak', 'gak', 'ga', 'ora', 'tidak']);

function refused(doc: Doc, j: number): boolean {
  const { sent, length } = doc.tokens;
  if (j + 1 >= length || doc.folded.s[doc.tokens.b[j]!] !== '?') return false;
  const next = word(doc.tokens, j + 1);
  return sent[j + 1] !== sent[j] && REFUSALS.has(next);
}

/** "sih" granting a point, then a word that turns against it. */
const CONCESSION = 'sih';
const CONTRAST = new Set(['tapi', 'tetapi', 'tp', 'tpi', 'namun', 'but', 'nanging', 'tapeh']);

/**
 * A frame granted only to be overturned: "Netral sih netral, tapi hati nurani tetep #2029GantiPresiden",
 * "Toleransi sih oke, tapi jangan kasih izin gereja baru": "sih" within two words after the frame and
 * "tapi" (but) within six more of the same sentence, or the frame repeated after "sih" and turned at once.
 */
function conceded(doc: Doc, h: Hit): boolean {
  const { sent, length } = doc.tokens;
  const contrastFrom = (from: number, reach: number): boolean => {
    for (let m = from; m <= from + reach && m < length && sent[m] === sent[h.j]; m++) if (CONTRAST.has(word(doc.tokens, m))) return true;
    return false;
  };
  // "Netral sih netral, tapi …": the frame repeated after "sih", then turned.
  if (h.i > 0 && sent[h.i - 1] === sent[h.i] && word(doc.tokens, h.i - 1) === CONCESSION && contrastFrom(h.j + 1, 1)) return true;
  for (let k = h.j + 1; k <= h.j + 2 && k < length && sent[k] === sent[h.j]; k++) if (word(doc.tokens, k) === CONCESSION && contrastFrom(k + 1, 5)) return true;
  return false;
}

/** After a negator these make it a reminder: "jangan lupa", "ojo lali", "aja kelalen". */
const REMIND = new Set(['lupa', 'lali', 'kelalen', 'lupain', 'poho', 'lupo']);

/** Bare verbs Javanese speakers put after "tak" (I): "tak hapus", "tak share", "tak tegur". */
const TAK_VERBS = new Set(['ganti', 'dadekno', 'dadekke', 'dadekne', 'kirimi', 'pilih', 'coblos', 'ajak', 'dukung', 'teruskan', 'terusno', 'teruske', 'terusin', 'hapus', 'busak', 'share', 'forward', 'kirim', 'upload', 'foto', 'screenshot', 'ss', 'tegur', 'buang', 'simpen', 'simpan', 'edit', 'tempel', 'buka', 'bales', 'balas', 'delete', 'report', 'lapor', 'blokir', 'block', 'takon', 'tanya', 'kabari', 'kandani', 'jaluk', 'cek', 'gawe', 'bikin', 'tulis']);
/** Indonesian words after "tak" (not) that merely look like Javanese active verbs. */
const TAK_NOT_VERBS = new Set(['ingin', 'mungkin', 'lain', 'main', 'yakin', 'dingin', 'miskin', 'kawin', 'cukupkan']);

/**
 * "Tak laporno Danramil", "langsung tak teruskan ke Kasubag": in Javanese and Malang Indonesian "tak"
 * before an active verb is "I", not the Indonesian negator; "tak ada", "tak membahayakan" stay negations.
 */
function firstPersonTak(doc: Doc, k: number): boolean {
  if (word(doc.tokens, k) !== 'tak' || k + 1 >= doc.tokens.length || doc.tokens.clause[k + 1] !== doc.tokens.clause[k]) return false;
  const next = word(doc.tokens, k + 1);
  if (TAK_VERBS.has(next)) return true;
  return !TAK_NOT_VERBS.has(next) && /^(?!di|ter|ber|me|se|ke|pe)\p{L}{2,}(?:no|ne|ke|ake|kan|in)$/u.test(next);
}

/**
 * Modal and helper verbs between a negator and what it denies do not use up its reach: "tidak bisa bantu
 * kirim foto Sprin", "gak akan pernah ikut nyebarin".
 */
const AUX = new Set(['bisa', 'bantu', 'mau', 'akan', 'boleh', 'pernah', 'perlu', 'sempat', 'berani', 'ikut', 'iso', 'isa', 'gelem', 'arep', 'bakal', 'oleh', 'wani', 'melu', 'can', 'will', 'ever', 'help']);

function auxBetween(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) if (AUX.has(word(doc.tokens, k))) n++;
  return n;
}

function andBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (AND.has(word(doc.tokens, k))) return true;
  return false;
}
