import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createChecker, type Finding } from './index';
import { matches, scan, SCANS } from './detectors';

const checker = createChecker();

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

function assertSound(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
    // Never split a surrogate pair.
    if (f.start > 0) expect(isLow(text.charCodeAt(f.start)) && isHigh(text.charCodeAt(f.start - 1))).toBe(false);
    if (f.end < text.length) expect(isLow(text.charCodeAt(f.end)) && isHigh(text.charCodeAt(f.end - 1))).toBe(false);
  }
}

// Pieces that stress the folding: emoji, combining marks, RTL, zero-width, look-alikes, lone surrogates.
const weird = fc.constantFrom(
  '😀', '🇮🇩', '👨‍👩‍👧', 'é', 'e\u0301', 'Z̤͔ͧ̑̓', 'مرحبا', '\u202e', '\u200b', '\u200d', 'ﬁ', 'Ａ', 'а', 'ß', 'İ',
  '\ud800', '\udc00', '\u0000', '\n\n', '!!!', '...', 'g.o.b.l.o.k', 'S A N G A T', 'b4ngs4t', 'ST/12/XI/2026', '-7.9666, 112.6326',
  'anjing', 'rahasia', 'tolak', 'kebijakan', 'jancok', '#TolakRUU', 'NRP 123456', 'password: x',
);
const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), weird), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('the checker on any input', () => {
  it('never throws, keeps offsets in bounds and on character boundaries, and is deterministic', () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = checker.check(t);
        assertSound(t, a);
        expect(checker.check(t)).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it('handles a 1 MB paste', () => {
    const unit = 'Selamat pagi rekan-rekan, semangat bertugas 😀 dasar goblok ST/12/XI/2026 -7.9666, 112.6326. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const findings = checker.check(big);
    assertSound(big, findings);
    expect(findings.length).toBeGreaterThan(1000);
  });

  it('ignores input that is not text', () => {
    expect(checker.check(undefined as unknown as string)).toEqual([]);
    expect(checker.check(42 as unknown as string)).toEqual([]);
    expect(checker.check('')).toEqual([]);
  });

  // Inputs built to make backtracking regular expressions explode; each must simply finish.
  it.each([
    ['digits and slashes', '1/'.repeat(50_000)],
    ['roman numerals', 'ST/' + 'x/'.repeat(30_000) + '2026'],
    ['degree signs', "7°58'".repeat(20_000)],
    ['decimal pairs', '-7.1234, '.repeat(30_000)],
    ['password words', 'password kata sandi '.repeat(10_000)],
    ['single letters', 'a '.repeat(100_000)],
    ['dotted letters', 'a.'.repeat(100_000)],
    ['long word', 'a'.repeat(300_000)],
    ['leet soup', '4@$1!|0'.repeat(40_000)],
    ['masks', 'b*'.repeat(100_000)],
    ['hashtags', '#tolak'.repeat(40_000)],
    ['quotes', '"\''.repeat(100_000)],
    ['exclamations', '!'.repeat(300_000)],
    ['NIP-like', '19860926 201505 1 00'.repeat(10_000)],
  ])('finishes on %s', (_name, input) => {
    assertSound(input, checker.check(input));
  });
});

describe('detectors that scan only around their gates', () => {
  // Pieces of real matches and near misses, glued with noise: any text a full scan would match in.
  const pieces = [
    'ST/1234/XI/2026', 'Sprin / 455 / X / 2026', 'B/789/IX/2026', 'R-99/IJ/KP.07.6/04/2020', 'B-123/Kodim/11/2026', 'perkasad/2-33/vii/2011',
    'kata sandi wifi: merdeka45', 'password: "rahasia"', 'pin atm adalah 123456', 'PIN brankas ruang Dandim 2580', 'kode gembok 4471', 'pw', 'kunci', 'sandi jaga malam ini adalah MERAPI',
    'klasifikasi: rahasia', 'sifat : terbatas', 'klas', 'NRP 31990123450678', 'nrp saya: 1234567', 'nomor registrasi pokok prajurit saya 31120456781209', 'ini nrp dan nomor rekening saya: 21140012340506',
    "7°58'12\" LS 112°37'45\" BT", '8°01\'S 112°37\'E', '°', 'salam dua jari', 'salam 2 jari', 'jari',
    '#2periode', '#TolakRUUTNI', '#', '#pilih02', 'XI/2026', '/04/2020', '2026', 'x', '/',
  ];
  const noise = fc.constantFrom(' ', '  ', '\n', '. ', ', ', 'abc', '123', '-', '/', ':', ' adalah ', 'a'.repeat(130), ' '.repeat(50));
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), noise, fc.string({ maxLength: 6 })), { maxLength: 30 }).map((xs) => xs.join('').toLowerCase());

  it('find exactly what a full scan finds', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const [name, p] of Object.entries(SCANS)) {
          const full = [...matches(p.re, s)].map((m) => [m.index, m[0]]);
          const gated = [...scan(p, s)].map((m) => [m.index, m[0]]);
          expect(gated, name).toEqual(full);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('are exercised: each gated pattern matches somewhere in the pieces', () => {
    const all = pieces.join(' ').toLowerCase();
    for (const [name, p] of Object.entries(SCANS)) expect([...scan(p, all)].length, name).toBeGreaterThan(0);
  });
});
