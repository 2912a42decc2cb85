/**
 * The false alarms issue 9 names, seen on real text, each as a regression case: the whole checker
 * (rules and learned layer) must not warn of the item it wrongly raised, and never raise `danger`.
 */
import { describe, expect, it } from 'vitest';
import { createChecker, type ItemId } from './index';

const checker = createChecker();
const CASES: [string, ItemId[]][] = [
  ['Anies Sandi ingkar janji, rakyat kecewa', ['larangan-5', 'etika-3']],
  ['SLOT TERBATAS! Buruan order sebelum kehabisan', ['larangan-5', 'etika-3']],
  ['Bom takjil hari ini di masjid Koramil, ayo merapat sebelum maghrib', ['larangan-5', 'etika-3']],
  ['Katakanlah: "Wahai orang-orang kafir, aku tidak akan menyembah apa yang kamu sembah" (QS Al-Kafirun: 1-2)', ['larangan-4']],
  ['Mengenang tragedi pembantaian 1965: sejarah kelam yang harus kita pelajari agar tidak terulang', ['larangan-4']],
  ['Dia dituduh "antek aseng" oleh akun anonim, padahal tuduhan itu tidak berdasar', ['larangan-4']],
  ['Rombongan bertolak ke Istana pukul 08.00 untuk menghadiri upacara', ['larangan-1']],
  ['Bkn aku yg ngomong, aku cuma nanya', ['larangan-2', 'larangan-5']],
  ['Ada foto surat rahasia beredar di grup alumni. Sudah saya laporkan ke Pasi Intel, mohon jangan disebarkan.', ['larangan-7', 'larangan-5']],
  ['Pengingat dari satuan: jangan unggah foto posisi pos dan lokasi latihan ke media sosial', ['larangan-5', 'etika-3']],
  ['Rekan-rekan beda agama lagi cari babi guling pas dinas luar di Bali, ada rekomendasi?', ['larangan-4']],
  ['Koordinator lomba voli antar RT minta semua tim kumpul jam 3 sore', ['larangan-3']],
  ['Anjir keren banget motornya bro', ['etika-7']],
  ['Anjay mantap, juara satu lagi timnya', ['etika-7']],
  ['Tembak aja, Mas! Dia juga naksir kok', ['larangan-3']],
];

describe('the false alarms issue 9 names', () => {
  for (const [text, wrong] of CASES) {
    it(text, () => {
      // Reminders (info) are not alarms: "anjir" in delight gets at most a gentle note.
      const found = checker.check(text).filter((f) => f.severity !== 'info');
      expect(found.filter((f) => f.refs.some((r) => wrong.includes(r))).map((f) => f.ruleId)).toEqual([]);
      expect(found.filter((f) => f.severity === 'danger')).toEqual([]);
    });
  }
});
