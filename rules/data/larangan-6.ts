import type { Rule } from '../types';

/** larangan-6: no memes with pictures of soldiers, TNI officials, the institution or its attributes. */
export const RULES: Rule[] = [
  {
    kind: 'phrase',
    id: 'l6-meme-prajurit',
    refs: ['larangan-6'],
    severity: 'warning',
    anchor: '@meme-word',
    near: ['@military-image'],
    negatable: true,
    window: 8,
    highlight: 'span',
    message: {
      id: 'Ini tampak seperti meme atau editan dengan prajurit, pejabat, atau atribut TNI. Meme seperti itu dilarang, walau maksudnya bercanda (larangan 6).',
      en: 'This looks like a meme or an edit featuring soldiers, officials or TNI attributes. Such memes are forbidden, even as a joke (prohibition 6).',
    },
    why: {
      id: 'Gambar prajurit dan atribut TNI yang dijadikan lelucon merendahkan institusi.',
      en: 'Turning pictures of soldiers and TNI attributes into jokes demeans the institution.',
    },
    examples: {
      bad: [
        'Meme muka Pak Danramil ditempel di badan kartun, wkwk kocak',
        'Foto Kasad diedit jadi pakai daster, share ke grup',
        'Foto komandan dijadikan meme joget',
        'Wajah Pak Dandim dijadikan meme di grup',
      ],
      good: ['Foto bersama usai upacara HUT TNI di Makodim', 'Jangan membuat meme prajurit, ingat pedoman', 'Meme kucing ini lucu banget'],
    },
  },

  {
    kind: 'phrase',
    id: 'l6-candaan-prajurit',
    refs: ['larangan-6'],
    severity: 'warning',
    confidence: 'medium',
    anchor: '@meme-weak',
    near: ['@military-image'],
    unless: ['@meme-neutral'],
    window: 8,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Candaan dengan gambar prajurit, pejabat, atau atribut TNI bisa menjadi meme yang dilarang. Pastikan tidak ada gambar yang dijadikan lelucon (larangan 6).',
      en: 'Joking about pictures of soldiers, officials or TNI attributes can become a forbidden meme. Make sure no picture is turned into a joke (prohibition 6).',
    },
    examples: {
      bad: ['Foto komandan pakai filter anjing, ngakak', 'Seragam loreng dipakai badut ulang tahun, kocak', 'Bikin stiker WA dari foto komandan, lucu banget'],
      good: ['Foto bersama usai upacara, kocak juga ekspresi anak-anak', 'Ngakak nonton lomba makan kerupuk'],
    },
  },
];
