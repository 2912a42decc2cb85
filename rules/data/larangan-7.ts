import type { Rule } from '../types';

/** larangan-7: report notable leaks of documents or information to the unit commander. */
export const RULES: Rule[] = [
  {
    kind: 'phrase',
    id: 'l7-laporkan-kebocoran',
    refs: ['larangan-7'],
    severity: 'warning',
    anchor: '@leak-object',
    near: ['@leak-verb'],
    unless: ['@leak-advice', '@leak-literal'],
    unlessText: ['@proper-report'],
    window: 8,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Anda menyebut dokumen atau informasi dinas yang bocor. Jangan ikut menyebarkan atau mengomentarinya; laporkan kepada Komandan satuan (larangan 7).',
      en: 'You mention a leaked service document or information. Do not spread it or comment on it; report it to your unit commander (prohibition 7).',
    },
    why: {
      id: 'Laporan cepat ke Komandan membantu satuan menutup kebocoran sebelum meluas.',
      en: 'A quick report to the commander helps the unit stop a leak before it spreads.',
    },
    examples: {
      bad: [
        'Ada akun yang nyebarin foto surat perintah rahasia satuan kita, lapor ke siapa ya?',
        'Surat telegram soal mutasi sudah beredar di grup WA',
        'Dokumen internal kodim bocor di TikTok',
        'Ada yang upload data anggota satuan kita',
      ],
      good: ["Ada yang menyebar foto surat telegram di grup alumni. Sudah saya laporkan ke Danramil dan tidak saya sebarkan", 'Surat undangan rapat RT sudah dibagikan', 'Dokumen KTP saya hilang di jalan', 'Kalau ada yang kirim data anggota ke grup, jangan diteruskan, laporkan ke atasan'],
    },
  },

  {
    kind: 'phrase',
    id: 'l7-rahasia-beredar',
    refs: ['larangan-7'],
    severity: 'warning',
    anchor: '@secret-word',
    near: ['@leak-verb'],
    unless: ['@secret-neutral'],
    window: 6,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ada yang rahasia dan sudah beredar. Jangan ikut menyebarkan; laporkan kebocoran ini kepada Komandan satuan (larangan 7).',
      en: 'Something secret is going round. Do not spread it further; report the leak to your unit commander (prohibition 7).',
    },
    examples: {
      bad: ['Telegram rahasia Kasad sudah tersebar di Twitter, gimana ini', 'Info rahasia soal mutasi bocor di grup'],
      good: ['Resep rahasia ayam goreng itu akhirnya dibagikan di TikTok', 'Jangan sebarkan dokumen rahasia'],
    },
  },
];
