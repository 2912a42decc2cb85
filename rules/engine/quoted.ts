/**
 * Quoted and reported words: a hit inside someone else's words is talked about, not said.
 * Shared by the phrase rules (skipQuoted) and the mock-praise detectors.
 */
import type { Doc } from './doc';
import type { Hit } from './lexicon';

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»']);
/** Words that report what someone else said or wrote: the quotation after them is mentioned, not used. */
const REPORTING = /(?:^|[^\p{L}])(menyebut\w*|nyebut|isu|isu-isu|narasi|bertuliskan|bertulisan|tulisane|disebut|sebutan|dipanggil|memanggil|manggil|bilang|dibilang|mengatakan|dikatai|dikatain|ngatain|mengatai|istilah|the term|the word|term|kata|kata-kata|kata2|kalimat|nawarin|menawarkan|nawari|ditawari|ditawarin|menjanjikan|dijanjikan|iming-iming|tulisan|komentar|komentarnya|komen|ngomen|dikomen|nulis|menulis|ditulis|ngetik|teriak|berteriak|ujar|ucapan|omongan|ungkapan|caption|status|ngomong|muni|ngucap|nyeletuk|celetuk|celetukan|menyeletuk|ajakan|seruan|judul|berjudul|bengok|mbengok|nyeluk|julukan|label|pesan|called|calling|comment|commented|comments|commenting|said|says|wrote|posted|typed|dituduh|menuduh|tuduhan|dicap|dilabeli|dijuluki|ngarani|dicemooh|diejek|ngejek|mengejek|ngeledek|meledek|ngolok|mengolok|diolok|diteriaki|disebut-sebut)\s*$/u;
const REPORTING_NEAR = new RegExp(`${REPORTING.source.replace(/\\s\*\$$/, '')}(?:\\s+[^\\s.!?]+){1,4}$`, 'u');
/** A quotation's speaker named after it, or a reply's marker after the post it quotes ("'…' >> jgn kampanye mas"). */
const REPORTED_AFTER = /^[\s,.!?]*(?:katanya|kata\s|ujarnya|ujar\s|tulisnya|komentarnya|teriak|berteriak|jarene|jare\s|cenah|ceunah|ceuk\s|said|they say|kata mereka|kata orang|>{1,2}\s|itu kalimat|itu ujaran|itu contoh|adalah ujaran|termasuk ujaran)/u;
const SENTENCE_END = new Set(['.', '!', '?', '\n']);
const APOSTROPHE = new Set(["'", '’']);
const LETTER = /\p{L}/u;
/** An answer that takes the quotation up: "— sepakat", "lha yo emang bener", "yo wes ga salah sih". */
const AGREED_AFTER = /^[\s\p{P}\p{S}]*(?:sepakat|setuju|bener juga|bener banget|bener bgt|betul|emang bener|memang benar|lha yo emang bener|yo emang bener|ga salah|gak salah|nggak salah|yo wes ga salah|fakta|agreed|exactly|true)(?![\p{L}])/u;
const NEGATED_QUOTE = /^(?:tidak|jangan|ora|ojo|ojok|ulah|no|not|don't|dont|never|stop|anti)(?![\p{L}])/u;
const STOP_IN_QUOTE = /^[!?.]*["'“”‘’«»]/u;
/** "Yg bilang PNS makan gaji buta, mampir dong": someone else's words, named to answer them (at most five words before the hit). */
const REBUTTED = /(?:^|[^\p{L}])(?:yang|yg|sing|siapa|who|those who)\s+(?:bilang|ngomong|nyebut|menyebut|ngatain|nuduh|menuduh|mengira|ngira|ngajak|ngajakin|mengajak|nyuruh|menyuruh|say|says|said|think)(?:\s+[^\s.!?,]+){0,4}\s*$/u;

/**
 * The hit is being talked about, not said: it stands alone in quotation marks ("kata 'idiot'
 * artinya…"), or it sits in a quotation that follows a reporting word ("anaknya dipanggil 'Cina
 * pelit' oleh kakak kelas", "ada yang menyebut warga pendatang 'kecoa'").
 */
export function quoted(doc: Doc, h: Hit): boolean {
  const s = doc.folded.s;
  if (QUOTES.has(s[doc.tokens.a[h.i]! - 1] ?? '') && QUOTES.has(s[doc.tokens.b[h.j]!] ?? '')) return true;
  return reported(doc, h);
}

/**
 * Scare quotes: the words stand in a short quotation (at most four words) and no one is reported saying them ("jaga anak
 * dari 'mereka'", "toko 'sebelah'"): the writer's own wink, not a quotation.
 */
export function scareQuoted(doc: Doc, h: Hit): boolean {
  const s = doc.folded.s;
  // The wink may sit inside a short quotation: "'bukan golongan kita'", "'pulau seberang' itu".
  let open = -1;
  for (let k = doc.tokens.a[h.i]! - 1; k >= Math.max(0, doc.tokens.a[h.i]! - 25); k--) {
    if (QUOTES.has(s[k]!)) {
      // After a letter an apostrophe ends a word (Madurese "ta' bâdâ", "ja'") or a quotation: it opens none.
      if (APOSTROPHE.has(s[k]!) && LETTER.test(s[k - 1] ?? '')) return false;
      open = k;
      break;
    }
    if (SENTENCE_END.has(s[k]!)) return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = doc.tokens.b[h.j]!; k < Math.min(s.length, doc.tokens.b[h.j]! + 25); k++) {
    // Inside a word ("don't", "Jum'at") an apostrophe closes nothing.
    if (QUOTES.has(s[k]!) && !(APOSTROPHE.has(s[k]!) && LETTER.test(s[k - 1] ?? '') && LETTER.test(s[k + 1] ?? ''))) { close = k; break; }
    if (SENTENCE_END.has(s[k]!)) return false;
  }
  if (close < 0) return false;
  const inner = s.slice(open + 1, close).trim();
  // A quoted rule or slogan ("tidak membully teman beda agama") names what not to do: no wink.
  if (inner.split(/\s+/).length > 5 || NEGATED_QUOTE.test(inner)) return false;
  return !reported(doc, h);
}

/**
 * Someone else's words: inside a quotation a reporting word introduces or a speaker follows, or named to
 * answer them ("yang bilang …"). Mock praise uses this too ("ada yg komen 'hebat ya pemerintah'").
 */
export function reported(doc: Doc, h: Hit): boolean {
  const s = doc.folded.s;
  const a = doc.tokens.a[h.i]!;
  const b = doc.tokens.b[h.j]!;
  let open = -1;
  for (let k = a - 1; k >= Math.max(0, a - 80); k--) {
    if (SENTENCE_END.has(s[k]!)) return REBUTTED.test(s.slice(k + 1, a));
    if (QUOTES.has(s[k]!)) {
      open = k;
      break;
    }
  }
  if (open < 0) return REBUTTED.test(s.slice(Math.max(0, a - 80), a));
  let closed = false;
  for (let k = b; k < Math.min(s.length, b + 80); k++) {
    if (QUOTES.has(s[k]!)) {
      closed = true;
      // "'PNS pemalas' katanya", "'hajar mereka!' teriak bapak-bapak": the speaker named after the quotation.
      if (REPORTED_AFTER.test(s.slice(k + 1, k + 30))) return true;
      // "kata si Yanto '…' — sepakat 👍": words the writer takes up are the writer's own.
      if (AGREED_AFTER.test(s.slice(k + 1, k + 40))) return false;
      break;
    }
    // "'hajar mereka!!!' teriak…": the quotation's own "!" does not end it.
    if (SENTENCE_END.has(s[k]!) && !STOP_IN_QUOTE.test(s.slice(k, k + 6))) break;
  }
  // "menulis di grup RT: '…'": the reporting word may stand a few words before the quotation.
  const lead = s.slice(Math.max(0, open - 60), open).replace(/[\s,:]+$/, '');
  return closed && (REPORTING.test(lead) || REPORTING_NEAR.test(lead));
}
