import type { Rule } from '../types';

/** larangan-3: not easily provoked by negative news. */
export const RULES: Rule[] = [
  {
    kind: 'phrase',
    id: 'l3-ajakan-menyebarkan',
    refs: ['larangan-3'],
    severity: 'warning',
    anchor: '@spread-call',
    // Lost pets and found wallets are shared so that someone finds them.
    unless: ['@review-context'],
    // Passing on an official notice with its source: "forward ke grup keluarga info resmi dari BPBD, sumbernya jelas".
    unlessText: ['@anti-hoax', '@official-channel', ['sumbernya jelas', 'sumber jelas', 'info resmi dari', 'informasi resmi dari', 'yang menemukan', 'hilang sejak', 'ada imbalan', 'kucing hilang', 'anjing hilang', 'anjing saya hilang', 'kucing saya hilang', 'dompet hilang', 'dompet ditemukan', 'lost dog', 'lost cat']],
    window: 8,
    negatable: true,
    message: {
      id: 'Ajakan menyebarkan atau memviralkan adalah ciri pesan berantai. Cek dulu sumbernya; jangan ikut terprovokasi (larangan 3).',
      en: 'A call to spread or make something go viral is the mark of a chain message. Check the source first; do not get provoked (prohibition 3).',
    },
    why: {
      id: 'Pesan berantai sering berisi kabar yang belum benar dan memancing emosi.',
      en: 'Chain messages often carry unverified news meant to stir emotions.',
    },
    suggestion: '',
    examples: {
      bad: [
        'SEBARKAN! Penculikan anak marak di Batu',
        'Viralkan sampai pejabatnya turun!',
        'Share sebelum dihapus, ini faktanya',
        'Tolong sebarin ke grup-grup biar semua tahu',
        'Jangan berhenti di kamu, teruskan ke semua grup',
      ],
      good: [
        'Jangan sebarkan hoaks, cek fakta dulu',
        'Cek fakta dulu sebelum menyebarkan informasi, saring sebelum sharing',
        'Viralkan warung ini, sambelnya juara',
        'Sebarkan kebaikan setiap hari',
      'Adikku diterima kerja! Sebarkan kabar gembira ini ke semua om dan tante', 'Warung pecel Mbok Sri enak dan murah, sebarkan biar makin laris'],
    },
  },
  {
    kind: 'phrase',
    id: 'l3-sebarkan-ancaman',
    refs: ['larangan-3', 'etika-6'],
    severity: 'warning',
    anchor: '@spread-call',
    near: ['@alarm'],
    // Unlike the plain call above, talk of food or a tournament elsewhere in a long post does not make a
    // call to spread news of an attack harmless: only a debunk does.
    unless: ['@alarm-neutral', '@review-context'],
    unlessText: ['@anti-hoax'],
    window: 12,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ajakan menyebarkan kabar serangan atau bahaya yang belum jelas sumbernya memancing kepanikan, meski diselipkan di tengah cerita yang menyenangkan. Laporkan kepada Babinsa atau polisi dan tunggu keterangan resmi (larangan 3, etika 6).',
      en: 'A call to spread news of an attack or danger with no clear source stirs panic, even tucked into a pleasant story. Report it to the Babinsa or the police and wait for the official word (prohibition 3, ethics 6).',
    },
    examples: {
      bad: [
        'Pasar takjil rame banget, kolak habis. TOLONG SEBARKAN: katanya nanti malam ada penculikan anak di Lawang!!',
        'Lomba tujuhbelasan seru. Sebarkan ke semua grup, ada rencana penyerangan ke pos ronda malam ini',
      ],
      good: ['Viralkan warung rawon ini, bom rasa pokoke', 'Jangan sebarkan kabar penculikan anak itu, sudah dibantah Polres', 'Kabar penculikan anak yang beredar itu hoaks, jangan disebarkan'],
    },
  },
  {
    kind: 'phrase',
    id: 'l3-ajakan-menyerang',
    refs: ['larangan-3'],
    severity: 'warning',
    anchor: '@attack-call',
    unless: ['@attack-neutral'],
    unlessText: ['@romance', ['enak banget', 'enak bgt', 'kuahnya', 'sambelnya', 'porsinya', 'rasanya mantap']],
    window: 5,
    negatable: true,
    message: {
      id: 'Ini ajakan menyerang, melawan, atau membalas. Jangan terpancing; serahkan kepada aparat yang berwenang (larangan 3).',
      en: 'This calls for attacking, fighting or retaliating. Do not be provoked; leave it to the proper authorities (prohibition 3).',
    },
    examples: {
      bad: [
        'Katanya besok ada demo besar, semua harus ikut melawan aparat',
        'Jangan kasih ampun, hajar saja mereka',
        'Serbu SPBU sekarang sebelum harga naik!!',
        'Ayo turun ke jalan, kepung kantor bupati',
      ],
      good: ['Tembak aja, Mas! Dia juga naksir kok', 'Serbu diskon akhir tahun di toko kami', 'Ayo lawan stunting bersama', 'Bakar kalori dengan senam pagi', 'Jangan balas dendam, serahkan ke polisi', 'Tembak aja bro, dia juga naksir kok', "Yang komentar 'usir aja pendatang dari kampung ini' tolong dihapus, kita satu bangsa"],
    },
  },
  {
    kind: 'detector',
    id: 'l3-kabar-menakutkan',
    refs: ['larangan-3', 'etika-6'],
    severity: 'warning',
    detector: 'alarm',
    message: {
      id: 'Kabar menakutkan ditulis dengan huruf kapital atau banyak tanda seru, tanpa sumber resmi. Pastikan kebenarannya dan sebutkan sumbernya (larangan 3, etika 6).',
      en: 'Alarming news in capitals or with many exclamation marks, and no official source. Make sure it is true and name the source (prohibition 3, ethics 6).',
    },
    examples: {
      bad: ['AWAS!!! PENCULIKAN ANAK MARAK DI MALANG!!!', 'Waspada!!! Gempa besar akan terjadi malam ini!!!', 'Penculikan anak marak di Batu, pelakunya pakai mobil putih!!!'],
      good: ['Selamat HUT TNI ke-81!!!', 'Menurut BMKG, waspada hujan lebat sore ini', 'Juara!!! Kodim 0818 menang lomba voli!!!'],
    },
  },
];
