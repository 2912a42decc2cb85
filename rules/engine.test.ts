import { describe, expect, it } from 'vitest';
import { createChecker, type RulePack } from './index';
import { fold, sourceEnd } from './text/fold';
import { quoteLines } from './engine/answered';

const checker = createChecker();
const spans = (text: string) => checker.check(text).map((f) => text.slice(f.start, f.end));
const ids = (text: string) => checker.check(text).map((f) => f.ruleId);

describe('offsets point at what the user wrote', () => {
  it.each([
    ['Dasar g.o.b.l.o.k', 'g.o.b.l.o.k'],
    ['ya b\u200bangsat', 'b\u200bangsat'],
    ['bаngsаt (Cyrillic а)', 'bаngsаt'],
    ['😀😀 bangsaaaat 😀', 'bangsaaaat'],
    ['ＢＡＮＧＳＡＴ fullwidth', 'ＢＡＮＧＳＡＴ'],
    ['b4ngs4t lah', 'b4ngs4t'],
    ['S A N G A T   R A H A S I A', 'S A N G A T   R A H A S I A'],
    // A spelt-out word run into the one-letter "d" (di) after it: the word, without the letter.
    ['dok R A H A S I A d grup', 'R A H A S I A'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it('maps folded text back through expansions and astral characters', () => {
    const f = fold('ﬁ𝐀é\u200b!');
    expect(f.s).toBe('fiae!');
    expect([...f.start!]).toEqual([0, 0, 1, 3, 5]);
    expect([...f.start!].map((_, i) => sourceEnd(f, i))).toEqual([1, 1, 3, 4, 6]);
  });

  it('folds plain ASCII without a map, and its offsets are the original ones', () => {
    const f = fold('Dasar GOBLOK!');
    expect(f.s).toBe('dasar goblok!');
    expect(f.start).toBeNull();
    expect(spans('Dasar GOBLOK! kamu')).toContain('GOBLOK');
  });
});

describe('words, not substrings', () => {
  it.each(['asuransi kesehatan', 'santai di pantai', 'bangsa Indonesia', 'memesan nasi', 'cukup sekian', 'cocok sekali', 'landasan pacu', 'sosial dan spesial', 'koordinator lapangan'])(
    '%s is clean',
    (text) => expect(ids(text)).toEqual([]),
  );
});

describe('affixes and slang', () => {
  it.each([
    ['Saya menolak kebijakan itu', 'l1-menolak-kebijakan'],
    ['kebijakan itu ditolak warga', 'l1-menolak-kebijakan'],
    ['penolakan kebijakan itu meluas', 'l1-menolak-kebijakan'],
    ['gw nolak aturan baru', 'l1-menolak-kebijakan'],
    ['Ada yg nyebarin dokumen internal', 'l7-laporkan-kebocoran'],
    ['dokumen rahasia dibocorin orang', 'l7-laporkan-kebocoran'],
    // Javanese -e / -ne ("his", "the") attach like -nya.
    ['Wong kok g.o.b.l.o.k e ra umum', 'e7-hinaan'],
    ['aturane Dandim ngawur pol', 'l1-mencela-kebijakan'],
  ])('%s', (text, rule) => expect(ids(text)).toContain(rule));
});

describe('what a judgement is about', () => {
  it('a sentence of up to four words comments on the sentence next to it', () => {
    expect(ids('Pajak dinaikkan lagi tahun ini. Ngawur!')).toContain('l1-mencela-kebijakan');
    expect(ids('Ngawur! Pajak dinaikkan lagi tahun ini.')).toContain('l1-mencela-kebijakan');
    // A longer sentence is its own statement.
    expect(ids('Pajak dinaikkan lagi tahun ini. Jalan ke rumah nenek ngawur sekali belokannya.')).not.toContain('l1-mencela-kebijakan');
  });

  it('the topic that opens a clause is what the clause says something about', () => {
    expect(ids('Instruksi pimpinan soal wajib ikut senam tiap Jumat itu bikin males')).toContain('l1-mencela-kebijakan');
    // Not when the policy sits in the middle of a long clause about something else.
    expect(ids('Saya baca instruksi itu kemarin sore sambil menunggu hujan reda di warung yang aneh')).toEqual([]);
    // A sentence-opening topic is judged anywhere in its sentence, after the comma too.
    expect(ids('Aturan larangan motor masuk kompleks Makodim itu bikin anggota jalan kaki 1 km, tidak manusiawi')).toContain('l1-mencela-kebijakan');
    expect(ids('Pendatang dari luar pulau itu bikin kampung kita rusak, usir saja')).toContain('l4-kebencian-sara');
    // But not from the next sentence, and not when the topic does not open its sentence.
    expect(ids('Aturan baru soal parkir motor di kompleks sudah keluar. Hari ini saya jalan kaki ke pasar yang jaraknya jauh sekali dan rasanya tidak manusiawi')).not.toContain('l1-mencela-kebijakan');
    // Only judgements of a topic reach that far; other rules keep their windows.
    expect(ids('Baru pertama kali ke kedai ramen yang di jalan Sultan Agung, enak')).toEqual([]);
  });
});

describe('negation', () => {
  it('"jangan cuma", "bukan hanya" limit a judgement rather than deny it', () => {
    expect(ids('Pak Bupati, jangan cuma pasang baliho wajah sendiri di mana-mana')).toContain('l1-mencela-pimpinan');
    expect(ids('Pak Bupati jangan pasang baliho wajah sendiri')).not.toContain('l1-mencela-pimpinan');
  });
});

describe('context changes sense', () => {
  it('a pet is not an insult, an insult is', () => {
    expect(ids('anjing saya hilang')).toEqual([]);
    expect(ids('anjing lu')).toContain('e7-binatang-ke-orang');
  });
  it('a recipe is not a secret, a letter is', () => {
    expect(ids('rahasia resep nenek')).toEqual([]);
    expect(ids('surat rahasia dari Mabes')).toContain('l5-dokumen-rahasia');
  });
  it('advice is not a chain message', () => {
    expect(ids('jangan sebarkan hoaks')).toEqual([]);
    expect(ids('sebarkan sebelum dihapus')).toContain('l3-ajakan-menyebarkan');
  });
});

describe('configuration', () => {
  it('switches items off and keeps the other refs of a finding', () => {
    const text = 'Dokumen RAHASIA: rencana pengamanan';
    expect(checker.check(text).some((f) => f.refs.includes('larangan-5'))).toBe(true);
    const only = checker.check(text, { disabledItems: ['larangan-5'] });
    expect(only.length).toBeGreaterThan(0);
    const rules = only.filter((f) => !f.ruleId.startsWith('model-'));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((f) => !f.refs.includes('larangan-5') && f.refs.includes('etika-3'))).toBe(true);
    // The learned layer may add another item's guess, never the switched-off one.
    expect(only.every((f) => !f.refs.includes('larangan-5'))).toBe(true);
    expect(checker.check(text, { disabledItems: ['larangan-5', 'etika-3'] }).filter((f) => !f.ruleId.startsWith('model-'))).toEqual([]);
  });

  it('flags a unit’s watch terms with their severity and honours allowed terms', () => {
    const text = 'Besok Operasi Teratai dimulai di Ngantang';
    const f = checker.check(text, { watchTerms: [{ term: 'operasi teratai', severity: 'danger' }] });
    expect(f.map((x) => [x.ruleId, x.severity, text.slice(x.start, x.end)])).toEqual([['watch-term', 'danger', 'Operasi Teratai']]);
    expect(checker.check('Dasar goblok', { allowTerms: ['goblok'] })).toEqual([]);
  });

  it('relaxed sensitivity drops medium-confidence rules; strict keeps them', () => {
    expect(ids('bodo amat sama komentar orang')).toContain('e7-umpatan-gaul');
    expect(checker.check('bodo amat sama komentar orang', { sensitivity: 'relaxed' }).map((f) => f.ruleId)).not.toContain('e7-umpatan-gaul');
  });
});

describe('a comment that quotes another post and answers it', () => {
  const checker = createChecker();
  const raised = (text: string) => checker.check(text).filter((f) => f.severity !== 'info');

  it('finds the lines that start with ">" and only those', () => {
    const text = '> Kebijakan itu ngawur\nJawaban saya\n  > kutipan kedua';
    expect(quoteLines(text).map((r) => text.slice(r.start, r.end))).toEqual(['> Kebijakan itu ngawur', '  > kutipan kedua']);
    expect(quoteLines('Tidak ada kutipan di sini > bukan di awal baris')).toEqual([]);
  });

  it('sets the quoted words aside when the answer rebukes them', () => {
    const quote = '> Bupati kita goblok, turunkan saja!';
    expect(raised(quote).length).toBeGreaterThan(0);
    expect(raised(`${quote}\nMas, jangan ngatain pejabat di medsos, kalau ada keberatan sampaikan lewat jalur resmi.`)).toEqual([]);
  });

  it('keeps them when the answer agrees, and keeps what the answer itself says', () => {
    expect(raised('> Bupati kita goblok, turunkan saja!\nSetuju pol, turunkan!').some((f) => f.refs.includes('larangan-1'))).toBe(true);
    // An answer that opens by agreeing keeps the quote, whatever "jangan" follows.
    expect(raised('> Bupati kita goblok, turunkan saja!\nSetuju, jangan kasih kendor rek').some((f) => f.refs.includes('larangan-1'))).toBe(true);
    const both = raised('> Salam 3 jari, menangkan paslon 3!\nJangan gitu mas. Tapi aku yo wis nyoblos nomer 3, coblos 3 rek!');
    expect(both.some((f) => f.refs.includes('larangan-4'))).toBe(true);
  });

  it("reads a stance in the quote as the other's, and a topic as shared", () => {
    const answer = 'Netral nang lambe, nang bilik suara tetep salam 3 jari 🤟';
    // The neutrality reminder frames the quoted line, not the answer under it.
    expect(raised(`Pilkada nanti kita wajib netral ya. ${answer}`).some((f) => f.refs.includes('larangan-4'))).toBe(false);
    expect(raised(`> Pilkada nanti kita wajib netral ya\n${answer}`).some((f) => f.refs.includes('larangan-4'))).toBe(true);
    // In the quote, the reminder still covers the quote itself.
    expect(raised('> Kita wajib netral, jangan salam 3 jari di foto dinas\nSiap, laksanakan')).toEqual([]);
    // A quoted question about food: "viralkan" in the answer is about the food.
    expect(raised('> Bakso Pak Min itu rahasianya apa sih?\nKatanya kuahnya pakai tulang sapi direbus semalam. Viralkan lah 😋')).toEqual([]);
  });
});

describe('a concept that pairs two others', () => {
  const pack: RulePack = {
    version: 1,
    concepts: {
      negation: ['tidak', 'gak usah'],
      verb: ['lapor', 'laporkan'],
      target: ['danramil', 'pasi intel'],
      paired: ['@verb ~3 @target'],
    },
    rules: [{ kind: 'phrase', id: 't-paired', refs: ['larangan-7'], severity: 'warning', anchor: '@paired', highlight: 'anchor', message: { id: 'x', en: 'x' }, examples: { bad: [], good: [] } }],
  };
  const paired = createChecker(pack, { learned: false });
  const found = (text: string) => paired.check(text).map((f) => text.slice(f.start, f.end));

  it('is found from the first part through the second, within its window', () => {
    expect(found('Sudah saya laporkan langsung ke Danramil tadi pagi')).toEqual(['laporkan langsung ke Danramil']);
    expect(found('lapor ke pak pasi intel')).toEqual(['lapor ke pak pasi intel']);
  });

  it('is not found out of order, too far apart, across sentences, or when the first part is denied', () => {
    expect(found('Danramil sudah lapor')).toEqual([]);
    expect(found('laporkan dulu semua berkas dan foto ke Danramil')).toEqual([]);
    expect(found('Saya mau lapor. Danramil sedang cuti')).toEqual([]);
    expect(found('gak usah lapor ke Danramil')).toEqual([]);
  });
});
