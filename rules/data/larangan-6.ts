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
    unless: ['@meme-neutral'],
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
        'Bikin stiker WA dari foto komandan, lucu banget',
        'Baret loreng dipakai badut, ngakak',
      ],
      good: ['Foto bersama usai upacara HUT TNI di Makodim', 'Dilarang membuat meme prajurit, ingat pedoman', 'Meme kucing ini lucu banget'],
    },
  },
];
