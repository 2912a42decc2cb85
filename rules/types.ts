import type { Bilingual, ItemId } from './guideline';

export type Severity = 'info' | 'warning' | 'danger';
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'danger'];

/** How sure a rule is; sensitivity decides which confidences run. */
export type Confidence = 'high' | 'medium' | 'low';
export type Sensitivity = 'strict' | 'normal' | 'relaxed';

export interface Finding {
  ruleId: string;
  refs: ItemId[];
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text, on code point boundaries. */
  start: number;
  end: number;
  message: Bilingual;
  why?: Bilingual;
  /** A replacement for text[start, end), when one makes sense. */
  suggestion?: string;
  /**
   * Set when a unit's rule pack raised the finding: its message may hold simple markup (bold,
   * italics, links), which the extension renders through a strict sanitiser, and `link` points to
   * the unit's SOP.
   */
  source?: 'unit-pack';
  link?: string;
}

export interface WatchTerm {
  term: string;
  severity: Severity;
  /** From a unit's rule pack: the item it breaks (else larangan-5 and etika-3), its own message, the SOP. */
  item?: ItemId;
  message?: Bilingual;
  link?: string;
}

export interface CheckConfig {
  /** Items switched off by the user or an administrator. */
  disabledItems?: readonly ItemId[];
  sensitivity?: Sensitivity;
  /** A unit's own terms (operations, places, names) that must not be posted. */
  watchTerms?: readonly WatchTerm[];
  /** Terms never flagged (matched on normalised words). */
  allowTerms?: readonly string[];
}

/**
 * A term list entry. Words are separated by spaces; a word ending in `*` also matches its affixed
 * forms (menolak, ditolak, penolakan, nolak, tolakin…); other words match with clitics (-nya, -lah, -mu…).
 * A word ending in `!` matches only exactly.
 */
export type TermList = readonly string[];

/** A reference to a shared concept (`@name`) or an inline list of terms. */
export type ConceptRef = string | TermList;

export interface RuleExamples {
  /** Each must raise this rule. */
  bad: readonly string[];
  /** Each must not raise this rule. */
  good: readonly string[];
}

interface RuleBase {
  id: string;
  refs: readonly ItemId[];
  severity: Severity;
  confidence?: Confidence;
  message: Bilingual;
  why?: Bilingual;
  suggestion?: string;
  examples: RuleExamples;
  /** Any of these anywhere in the text cancels the finding (what the text does: reports, denies…). */
  unlessText?: readonly ConceptRef[];
  /**
   * Any of these ending at most UNLESS_BEFORE words before the finding, in its sentence, cancels it:
   * "jangan unggah foto gudang senjata" names what not to post, while "gudang senjata di …, jangan
   * disebar" is still the leak.
   */
  unlessBefore?: readonly ConceptRef[];
  /** Any pair [a, b] — a hit of a with a hit of b at most 5 words after it, in one sentence, anywhere in the text — cancels the finding ("tak laporno langsung nang Danramil"). */
  unlessPair?: readonly (readonly [ConceptRef, ConceptRef])[];
  /**
   * It finds what is written to look harmless (irony, hints, scare quotes): the learned layer, however
   * sure a text is harmless, does not withdraw this rule's warnings.
   */
  disguised?: boolean;
}

/** A rule matched by words: an anchor, other concepts that must be near it, and what cancels it. */
export interface PhraseRule extends RuleBase {
  kind: 'phrase';
  anchor: ConceptRef;
  /** Every one of these must occur within `window` words of the anchor, in the same sentence. */
  near?: readonly ConceptRef[];
  /** Any of these within `unlessWindow` words (default: max(window, 4)) cancels the finding. */
  unless?: readonly ConceptRef[];
  unlessWindow?: number;
  window?: number;
  /** The near concepts must come after the anchor ("tolak presiden", not "presiden menolak"). */
  after?: boolean;
  /**
   * A near concept that opens the clause counts however far the anchor comes after it ("Instruksi
   * pimpinan soal senam tiap Jumat itu bikin males"): for judgements of a topic.
   */
  topic?: boolean;
  /** A negator just before the anchor (jangan, tidak, bukan…) cancels the finding. */
  negatable?: boolean;
  /** A word quoted on its own ('idiot', "asu") is being talked about, not used: skip it. */
  skipQuoted?: boolean;
  /** Which words to underline: the anchor (default) or the whole stretch the rule matched. */
  highlight?: 'anchor' | 'span';
}

/** A finding produced by code: used for structured data (letter numbers, coordinates, NIP…). */
export interface Span {
  start: number;
  end: number;
  suggestion?: string;
}

export interface DetectorRule extends RuleBase {
  kind: 'detector';
  detector: string;
}

export type Rule = PhraseRule | DetectorRule;

export interface RulePack {
  version: number;
  concepts: Readonly<Record<string, TermList>>;
  rules: readonly Rule[];
}
