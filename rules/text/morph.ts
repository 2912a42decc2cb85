/**
 * Word forms: undoing leetspeak and stretched letters, mapping slang to a standard word, and
 * stripping Indonesian affixes to reach a root. Roots are accepted only when a rule knows them, so
 * over-stemming (kebijakan → bijak) can never invent a match.
 */

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'l' };

/** "4nj1ng" → "anjing"; null when the word has no leet characters or no letters at all. */
export function unleet(word: string): string | null {
  if (!/[a-z]/.test(word) || !/[0-9@$!|]/.test(word)) return null;
  // "anak2", "17an", "3x", "10k": digits used as digits, not as letters.
  // "pilih03", "kodim0818": a word then a number with two digits or a leading zero.
  if (/^[a-z]+2$/.test(word) || /^[0-9]+[a-z]{1,3}$/.test(word) || /^[a-z]{1,3}[0-9]+$/.test(word) || /^[a-z]{3,}(?:0[0-9]|[0-9]{2,})[0-9]*$/.test(word)) return null;
  let out = '';
  for (const ch of word) out += LEET[ch] ?? ch;
  return /[0-9]/.test(out) ? null : out;
}

/** "bangsaaaat" → "bangsat", "anjiiing" → "anjing": runs of a letter become one. */
export function squeeze(word: string): string {
  // Runs of three or more, or a doubled last letter ("anjingg"): doubles inside a word are often
  // real spelling (teller, cook, saat) and must not turn into a swear word.
  return word.replace(/([a-z])\1{2,}/g, '$1').replace(/([a-z])\1$/, '$1');
}

/** Every digit read as a letter, with no exceptions: used only when the result is a known word ("454l"). */
export function unleetLoose(word: string): string | null {
  if (!/[a-z]/.test(word) || !/[0-9@$!|]/.test(word)) return null;
  let out = '';
  for (const ch of word) out += LEET[ch] ?? ch;
  return /[0-9]/.test(out) ? null : out;
}

/** "anak2" → "anak" (reduplication written with a 2). */
export function unreduplicate(word: string): string | null {
  const m = /^([a-z]{3,})2$/.exec(word);
  return m ? m[1]! : null;
}

/** Clitics and particles that attach to any word. */
const CLITICS = ['nya', 'lah', 'kah', 'pun', 'mu', 'ku', 'tah', 'ne', 'e'];
/** Derivational and colloquial suffixes, longest first. */
const SUFFIXES = ['kannya', 'kanlah', 'innya', 'inlah', 'annya', 'kan', 'in', 'an', 'i', ''];

/**
 * Candidate roots of a word after removing clitics only ("goblognya" → "goblog").
 */
export function stripClitics(word: string): string[] {
  const out: string[] = [];
  for (const c of CLITICS) {
    // Javanese -e/-ne only on longer roots: "pane" is a name, not the party PAN with -e.
    const min = c === 'e' || c === 'ne' ? 4 : 3;
    if (word.length >= c.length + min && word.endsWith(c)) out.push(word.slice(0, -c.length));
  }
  return out;
}

/** Prefix removals with the nasal sound changes of meN-/peN- and colloquial N-. */
function prefixRoots(word: string): string[] {
  const out: string[] = [word];
  const add = (rest: string, ...heads: string[]): void => {
    if (rest.length < 2) return;
    for (const h of heads) out.push(h + rest);
  };
  const m = /^(me|pe)(ng|ny|m|n)?(.*)$/.exec(word);
  if (m) {
    const [, , nasal = '', rest = ''] = m;
    if (nasal === 'ng') add(rest, '', 'k'); // mengecam → kecam, mengancam → ancam
    else if (nasal === 'ny') add(rest, 's'); // menyebar → sebar
    else if (nasal === 'm') add(rest, '', 'p'); // membakar → bakar, memecat → pecat
    else if (nasal === 'n') add(rest, '', 't'); // menolak → tolak, mendukung → dukung
    else add(rest, ''); // melawan → lawan, merusak → rusak
  }
  for (const p of ['di', 'ter', 'ke', 'ber', 'be', 'per', 'se', 'nge']) {
    if (word.startsWith(p)) add(word.slice(p.length), '');
  }
  // Colloquial nasal: nolak → tolak, nyebar → sebar, mecat → pecat, ngancam → ancam, ngritik → kritik.
  if (word.startsWith('ny')) add(word.slice(2), 's');
  if (word.startsWith('ng')) add(word.slice(2), '', 'k');
  if (/^n[aiueo]/.test(word)) add(word.slice(1), 't');
  if (/^m[aiueo]/.test(word)) add(word.slice(1), 'p');
  // Double prefixes: diper-, memper-, keter-.
  for (const p of ['diper', 'memper', 'mem', 'keter', 'dike', 'terper']) {
    if (word.startsWith(p)) add(word.slice(p.length), '');
  }
  return out;
}

/** Affixed words whose meaning is not their root's: bertolak departs (it rejects nothing), bertanding competes. */
const OWN_MEANING = new Set(['bertolak', 'bertolaknya', 'bertanding', 'pertandingan']);

/**
 * Every root a word may come from (itself included), given which roots rules know.
 * Only roots in `known` are returned.
 */
export function affixRoots(word: string, known: (root: string) => boolean): string[] {
  const found = new Set<string>();
  // Derived words with a meaning of their own: "bertolak ke Istana" departs, it rejects nothing.
  if (OWN_MEANING.has(word)) return [];
  const bases = new Set<string>([word, ...stripClitics(word)]);
  for (const base of bases) {
    for (const suf of SUFFIXES) {
      if (suf && !base.endsWith(suf)) continue;
      const stem = suf ? base.slice(0, -suf.length) : base;
      if (stem.length < 3) continue;
      for (const root of prefixRoots(stem)) {
        if (known(root)) found.add(root);
        // ke-…-an, pe-…-an circumfixes leave a root that may itself need the -an removed above.
      }
    }
  }
  return [...found];
}
