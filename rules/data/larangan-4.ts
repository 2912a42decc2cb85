import type { Rule } from '../types';

/** larangan-4: no comments on ideology, politics, economy, society, culture or defence that damage TNI's image. */
export const RULES: Rule[] = [
  {
    kind: 'phrase',
    id: 'l4-dukungan-politik',
    refs: ['larangan-4'],
    severity: 'warning',
    anchor: '@vote-verb',
    near: ['@party'],
    unless: ['@vote-neutral'],
    window: 5,
    after: true,
    negatable: false,
    highlight: 'span',
    message: {
      id: 'Ini dukungan atau ajakan memilih partai politik. Prajurit TNI dan ASN wajib netral dalam politik praktis (larangan 4; UU 34/2004 pasal 39).',
      en: 'This supports or urges a vote for a political party. TNI soldiers and civil servants must stay neutral in practical politics (prohibition 4; Law 34/2004 art. 39).',
    },
    why: {
      id: 'Netralitas menjaga kepercayaan masyarakat kepada TNI dan ASN.',
      en: 'Neutrality keeps the public’s trust in TNI and the civil service.',
    },
    examples: {
      bad: ['Coblos partai Demokrat, lanjutkan perjuangan', 'Ayo dukung PDIP menang lagi', 'Pilih Gerindra, pilihan rakyat'],
      good: ['Partai Demokrat menggelar rapat kerja di Malang', 'Ayo gunakan hak pilih, jangan golput'],
    },
  },
  {
    kind: 'phrase',
    id: 'l4-dukungan-calon',
    refs: ['larangan-4'],
    severity: 'warning',
    anchor: '@vote-verb',
    near: ['@candidate'],
    unless: ['@vote-neutral'],
    window: 5,
    after: true,
    highlight: 'span',
    message: {
      id: 'Ini dukungan atau kampanye untuk calon dalam pemilihan. Prajurit TNI dan ASN tidak boleh berpihak (larangan 4).',
      en: 'This supports or campaigns for a candidate in an election. TNI soldiers and civil servants must not take sides (prohibition 4).',
    },
    examples: {
      bad: ['Saya dukung paslon nomor 3 di pilgub Jatim', 'Pilih capres yang merakyat, nomor urut 2!', 'Menangkan Anies, satu putaran!'],
      good: ['KPU menetapkan nomor urut paslon hari ini', 'Debat capres nanti malam disiarkan langsung'],
    },
  },
  {
    kind: 'phrase',
    id: 'l4-nomor-pilihan',
    refs: ['larangan-4'],
    severity: 'warning',
    anchor: ['pilih*', 'coblos*', 'dukung*', 'contreng*', 'menangkan', 'salam'],
    near: ['@choice-number', '@election-role'],
    unless: ['@vote-neutral'],
    window: 6,
    highlight: 'span',
    message: {
      id: 'Ajakan memilih nomor tertentu dalam pemilihan adalah kampanye. Tetap netral (larangan 4).',
      en: 'Urging a vote for a ballot number is campaigning. Stay neutral (prohibition 4).',
    },
    examples: {
      bad: ['Pilih nomor 1, pemimpin yang merakyat!', 'Coblos nomor 2 untuk bupati kita', 'Pilkada nanti dukung nomor 3 ya'],
      good: ['Pilih menu nomor 2 di warung Bu Sri, nasi pecel lele enak', 'Ambil nomor antrean 2 di loket', 'Pilih pemimpin yang jujur sesuai hati nurani'],
    },
  },
  {
    kind: 'detector',
    id: 'l4-simbol-kampanye',
    refs: ['larangan-4'],
    severity: 'warning',
    detector: 'campaign-symbol',
    message: {
      id: 'Salam jari nomor urut atau tagar kampanye menunjukkan keberpihakan politik. ASN dan prajurit TNI dilarang memakainya (larangan 4).',
      en: 'A ballot-number hand sign or a campaign hashtag shows political sides. Civil servants and TNI soldiers must not use them (prohibition 4).',
    },
    examples: {
      bad: ['Salam dua jari untuk Indonesia maju', '#2029GantiPresiden', 'Foto bareng tetangga, salam 3 jari!'],
      good: ['Salam sejahtera untuk kita semua', 'Salam hangat dari Kota Batu'],
    },
  },
  {
    kind: 'phrase',
    id: 'l4-kebencian-sara',
    refs: ['larangan-4', 'etika-7'],
    severity: 'danger',
    anchor: '@sara-group',
    near: ['@hate-stance'],
    unless: ['@sara-neutral'],
    window: 6,
    highlight: 'span',
    message: {
      id: 'Ini merendahkan atau memusuhi suku, agama, ras, atau golongan. Ujaran kebencian SARA merusak citra TNI dan dapat dipidana (larangan 4, etika 7; UU ITE pasal 28 ayat 2).',
      en: 'This demeans or turns people against an ethnic, religious, racial or social group. Hate speech damages TNI’s image and is a crime (prohibition 4, ethics 7; ITE Law art. 28(2)).',
    },
    why: {
      id: 'TNI milik semua golongan; satu unggahan SARA dapat memecah masyarakat.',
      en: 'TNI belongs to every group; one hateful post can divide a community.',
    },
    examples: {
      bad: [
        'Suku pendatang bikin kampung kita rusak, usir saja',
        'Yang bukan seagama jangan dipilih jadi pemimpin',
        'Dasar cina pelit semua, usir dari sini',
        'Kafir itu najis, jangan diajak bergaul',
      ],
      good: ['Selamat Natal untuk saudara-saudara Kristiani', 'Masakan Cina favorit saya capcay', 'Suku Tengger menggelar upacara Kasada di Bromo', 'Mari jaga kerukunan antar umat beragama'],
    },
  },
  {
    kind: 'phrase',
    id: 'l4-ideologi-terlarang',
    refs: ['larangan-4'],
    severity: 'danger',
    anchor: '@ideology',
    near: ['@ideology-support'],
    unless: ['@ideology-remembrance'],
    window: 8,
    highlight: 'span',
    message: {
      id: 'Tulisan ini mendukung ideologi yang bertentangan dengan Pancasila. Prajurit dan ASN wajib setia kepada Pancasila (larangan 4).',
      en: 'This supports an ideology contrary to Pancasila. Soldiers and civil servants owe loyalty to Pancasila (prohibition 4).',
    },
    examples: {
      bad: ['Komunisme sebenarnya ideologi yang cocok untuk buruh kita', 'Khilafah satu-satunya solusi, ganti sistem sekarang', 'Hidup PKI!'],
      good: ['Mengenang korban G30S/PKI, jangan lupakan sejarah', 'Waspada bahaya laten komunisme', 'Film tentang PKI diputar di balai desa'],
    },
  },
  {
    kind: 'phrase',
    id: 'l4-julukan-politik',
    refs: ['larangan-4', 'etika-7'],
    severity: 'warning',
    anchor: ['kadrun', 'cebong', 'kampret politik', 'buzzerrp', 'buzzer rp', 'togog', 'kaum bumi datar', 'wowo', 'mukidi'],
    message: {
      id: 'Julukan ejekan untuk kelompok politik memperuncing perpecahan dan menunjukkan keberpihakan (larangan 4, etika 7).',
      en: 'Mocking nicknames for political camps deepen divisions and show political sides (prohibition 4, ethics 7).',
    },
    examples: {
      bad: ['Dasar kadrun, bisanya nyinyir', 'Cebong mana suaranya?'],
      good: ['Kecebong di kolam sudah jadi katak'],
    },
  },
];
