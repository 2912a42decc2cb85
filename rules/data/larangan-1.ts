import type { Rule } from '../types';

/** larangan-1: no comments opposing government policy or the policy of TNI leadership. */
export const RULES: Rule[] = [
  {
    kind: 'phrase',
    id: 'l1-menolak-kebijakan',
    refs: ['larangan-1'],
    severity: 'warning',
    anchor: '@reject-verb',
    near: ['@policy'],
    unless: ['@policy-neutral-context'],
    // "Kalau tidak setuju dengan kebijakan, sampaikan lewat jalur resmi": a condition, advice on how to disagree.
    unlessBefore: [['kalau', 'jika', 'apabila', 'bila', 'seandainya', 'if']],
    window: 6,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Kalimat ini menolak atau mengajak melawan sebuah kebijakan. Prajurit dan PNS tidak menentang kebijakan pemerintah atau pimpinan TNI di media sosial (larangan 1).',
      en: 'This sentence rejects or calls to fight a policy. Soldiers and civil servants do not oppose government or TNI leadership policy on social media (prohibition 1).',
    },
    why: {
      id: 'Keberatan atas kebijakan disampaikan lewat jalur dinas kepada atasan, bukan di ruang publik.',
      en: 'Objections to a policy go through official channels to your superior, not into public view.',
    },
    examples: {
      bad: [
        'Kami tolak kebijakan pemotongan anggaran pertahanan',
        'Pokoknya saya menolak aturan baru itu',
        'Ayo boikot program pemerintah yang ini',
        'Kebijakan ini harus ditolak rame-rame',
        'Gw gk setuju sama kebijakan naikin pajak',
        'Lawan UU Cipta Kerja!',
      ],
      good: [
        'Pemerintah menolak impor beras tahun ini',
        'Kami tidak menolak kebijakan itu, hanya minta penjelasan',
        'Tolak angin dulu biar gak masuk angin',
        'Saya tidak setuju dengan kebijakan privasi aplikasi ini',
        'Kami mendukung kebijakan pemerintah soal ketahanan pangan',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'l1-menolak-pimpinan',
    refs: ['larangan-1'],
    severity: 'warning',
    anchor: ['tolak*', 'lawan*', 'boikot*', 'turunkan', 'lengserkan', 'lengserin', 'gulingkan', 'makzulkan', 'bubarkan', 'bubarin', 'demo', 'demoin', 'mendemo', 'kecam*', 'copot', 'copot saja', 'pecat', 'pecat saja', 'tuntut mundur', 'desak mundur'],
    near: ['@leader'],
    // "Usulan itu ditolak Jokowi", "Demokrat kecewa, ditolak presiden": the leader refused something.
    unless: ['@leader-neutral-context', ['ditolak', 'ditolak oleh', 'dikecam', 'dikecam oleh', 'lapor ke', 'sudah lapor', 'laporkan ke', 'melapor ke']],
    window: 4,
    after: true,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ajakan menolak, menurunkan, atau melawan pimpinan dan pemerintah bertentangan dengan larangan 1.',
      en: 'Calls to reject, bring down or fight the leadership or the government go against prohibition 1.',
    },
    examples: {
      bad: ['Turunkan presiden sekarang juga', 'Ayo demo pemerintah besok', 'Lengserkan rezim ini'],
      good: ['Presiden menolak usulan itu dalam rapat kabinet', 'Pemerintah turunkan harga tiket pesawat', 'Usulan interpelasi ditolak Jokowi'],
    },
  },
  {
    kind: 'phrase',
    id: 'l1-ajakan-menolak',
    refs: ['larangan-1'],
    severity: 'warning',
    anchor: '@call-reject',
    near: ['@public-plan'],
    unless: ['@policy-neutral-context'],
    window: 6,
    after: true,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ini ajakan menolak atau melawan rencana pemerintah. Prajurit dan PNS tidak menggalang penolakan terhadap kebijakan di media sosial (larangan 1).',
      en: 'This calls on others to reject or fight a government plan. Soldiers and civil servants do not rally opposition to policy on social media (prohibition 1).',
    },
    why: {
      id: 'Keberatan atas rencana pemerintah disampaikan lewat jalur dinas kepada atasan, bukan dengan mengajak orang lain menolak.',
      en: 'Objections to a government plan go through official channels to your superior, not by calling on others to reject it.',
    },
    examples: {
      bad: ['Pokoknya kita semua harus tolak rencana relokasi pasar itu', 'Ayo tolak bersama proyek bendungan ini', 'Kita lawan penggusuran ini sampai titik darah penghabisan'],
      good: ['Warga menolak rencana pembangunan pabrik, kata berita tadi', 'Kami menolak tawaran kerja sama dari perusahaan itu', 'Jangan tolak program imunisasi, itu untuk anak kita'],
    },
  },
  {
    kind: 'phrase',
    id: 'l1-mencela-kebijakan',
    refs: ['larangan-1'],
    severity: 'warning',
    anchor: '@reject-judgement',
    near: ['@policy-judged'],
    unless: ['@policy-neutral-context'],
    window: 8,
    topic: true,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Tulisan ini mencela sebuah kebijakan. Sebagai prajurit atau PNS, hindari komentar yang menentang kebijakan pemerintah dan pimpinan TNI (larangan 1).',
      en: 'This runs down a policy. As a soldier or civil servant, avoid comments that oppose government or TNI leadership policy (prohibition 1).',
    },
    why: {
      id: 'Kritik yang membangun disampaikan secara berjenjang melalui saluran resmi.',
      en: 'Constructive criticism goes up the chain through official channels.',
    },
    examples: {
      bad: [
        'Kebijakan pimpinan TNI soal pembatasan cuti ini tidak adil',
        'Aturan Dandim yang baru ini aneh, buat apa apel dua kali sehari',
        'Kebijakan harga pangan kacau balau',
        'Peraturan baru ini ngawur banget',
        'kebijakan zalim, rakyat makin sengsara',
      ],
      good: [
        'Kebijakan baru ini mulai berlaku bulan depan',
        'Kebijakan pengembalian barang di toko online ini ribet juga ya',
        'Aturan lalu lintas ini sudah adil untuk semua',
        'Kebijakan ini tidak aneh kok, sudah dijelaskan Dandim kemarin',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'l1-akibat-kebijakan',
    refs: ['larangan-1'],
    severity: 'warning',
    anchor: '@bad-outcome',
    near: ['@cause-verb', '@policy-judged'],
    unless: ['@policy-neutral-context'],
    window: 8,
    // "Kebijakan tarif impor Amerika itu bikin pesanan anjlok": whose policy it is may stand a clause away.
    unlessWindow: 14,
    negatable: true,
    topic: true,
    highlight: 'span',
    message: {
      id: 'Tulisan ini menyalahkan sebuah kebijakan atas penderitaan orang. Sebagai prajurit atau PNS, hindari komentar yang menentang kebijakan pemerintah dan pimpinan TNI (larangan 1).',
      en: 'This blames a policy for people’s hardship. As a soldier or civil servant, avoid comments that oppose government or TNI leadership policy (prohibition 1).',
    },
    why: {
      id: 'Dampak kebijakan yang dirasakan warga disampaikan lewat jalur resmi, misalnya kepada atasan atau kanal pengaduan pemerintah.',
      en: 'A policy’s effect on people is raised through official channels, such as your superior or the government’s complaints service.',
    },
    examples: {
      bad: ['Kebijakannya bikin ekonomi rakyat ambruk', 'Kebijakan efisiensi ini bikin honorer dirumahkan', 'Gara-gara kenaikan pajak banyak warung gulung tikar'],
      good: ['Kebijakan ini membuat warga tidak lagi kesulitan air bersih', 'Banjir membuat warga menderita, bantuan dari pemerintah sudah datang'],
    },
  },
  {
    kind: 'phrase',
    id: 'l1-negara-absen',
    refs: ['larangan-1'],
    severity: 'warning',
    anchor: ['negara ke mana', 'negara di mana', 'pemerintah ke mana', 'pemerintah di mana', 'katanya negara hadir', 'negara tidak hadir', 'negara absen', 'di mana negara', 'ke mana negara', 'ke mana pemerintah', 'di mana pemerintah'],
    negatable: true,
    message: {
      id: 'Tulisan ini menuding pemerintah lalai. Sebagai prajurit atau PNS, sampaikan keluhan lewat jalur resmi, bukan dengan mencela pemerintah di ruang publik (larangan 1).',
      en: 'This accuses the government of neglect. As a soldier or civil servant, raise complaints through official channels, not by running down the government in public (prohibition 1).',
    },
    examples: {
      bad: ['Katanya negara hadir, tapi pas bencana warga nunggu bantuan tiga hari. Negara ke mana?', 'Rakyat kelaparan, di mana pemerintah?'],
      good: ['Negara hadir lewat bantuan cepat untuk korban bencana', 'Di mana kantor pemerintah kabupaten yang baru?'],
    },
  },
  {
    kind: 'phrase',
    id: 'l1-mencela-pimpinan',
    refs: ['larangan-1'],
    severity: 'warning',
    anchor: '@reject-judgement',
    near: ['@leader'],
    unless: ['@leader-neutral-context', '@unit-achievement', '@anti-hoax'],
    window: 5,
    topic: true,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Tulisan ini mencela pemerintah atau pimpinan. Hindari komentar yang menentang pimpinan TNI maupun pemerintah (larangan 1).',
      en: 'This runs down the government or the leadership. Avoid comments that oppose TNI leadership or the government (prohibition 1).',
    },
    examples: {
      bad: [
        'Pemerintah cuma bisa bikin rakyat susah',
        'Pemerintah tidak paham lapangan',
        'Rezim zalim, mundur saja',
        'Dandim kita ngawur kalau bikin keputusan',
      ],
      good: ['Pemerintah berhasil menurunkan angka stunting', 'Pak Dandim meninjau lokasi banjir', 'Pemerintah tidak akan menaikkan harga BBM tahun ini'],
    },
  },

  {
    kind: 'detector',
    id: 'l1-pujian-sindiran',
    disguised: true,
    refs: ['larangan-1'],
    severity: 'warning',
    detector: 'ironic-leader',
    message: {
      id: 'Pujian yang menyindir ("hebat ya…", 🤡) tetap mencela kebijakan atau pimpinan. Sampaikan kritik lewat jalur resmi, bukan sindiran di media sosial (larangan 1).',
      en: 'Mock praise ("great job…", 🤡) still runs down a policy or a leader. Raise criticism through official channels, not sarcasm on social media (prohibition 1).',
    },
    examples: {
      bad: ['hebat ya pemerintah, BBM naik lagi biar rakyat rajin jalan kaki 👏', 'salut buat Mabes, aturan barunya bikin prajurit pusing tujuh keliling 🤡', 'Keren Pak Bupati, jalan rusak 3 tahun akhirnya diresmikan jadi kolam lele'],
      good: ['Terima kasih Pak Bupati, jalan ke Pujon sudah mulus', 'Keren banget timnas semalam, gol di menit akhir 🤩', 'Hebat ya hujannya, baru dijemur langsung turun 🙃'],
    },
  },
  {
    kind: 'phrase',
    id: 'l1-doa-sindiran',
    disguised: true,
    refs: ['larangan-1'],
    severity: 'warning',
    // "Semoga Bapak-bapak yang merumuskan kebijakan itu juga diberi kesempatan mengamalkan ilmu yang sama":
    // a hardship wished back on whoever decided it, in the words of a prayer.
    anchor: '@wish-returned',
    near: ['@policy-maker'],
    window: 14,
    highlight: 'span',
    message: {
      id: 'Doa yang membalikkan kesulitan kepada pembuat kebijakan tetap sindiran terhadap kebijakan atau pimpinan. Sampaikan keberatan lewat jalur resmi (larangan 1).',
      en: 'A prayer that wishes the hardship back on the policy makers is still sarcasm about a policy or the leadership. Raise objections through official channels (prohibition 1).',
    },
    examples: {
      bad: ["Dengan tunjangan dipotong, kami belajar qana'ah. Semoga Bapak-bapak yang merumuskan kebijakan itu juga diberi kesempatan mengamalkan ilmu yang sama", 'BBM naik, kami makin rajin puasa. Semoga pahalanya mengalir juga ke para pembuat kebijakan, aamiin'],
      good: ['Semoga Bapak-bapak yang merumuskan kebijakan diberi kesehatan dan kebijaksanaan, aamiin', 'Semoga kita semua diberi kesempatan mengamalkan ilmu yang sama dari pengajian tadi'],
    },
  },
  {
    kind: 'detector',
    id: 'l1-tagar-penolakan',
    refs: ['larangan-1'],
    severity: 'warning',
    detector: 'reject-hashtag',
    message: {
      id: 'Tagar penolakan terhadap kebijakan atau pimpinan. Prajurit dan PNS tidak ikut kampanye menentang kebijakan (larangan 1).',
      en: 'A hashtag rejecting a policy or the leadership. Soldiers and civil servants do not join campaigns against policy (prohibition 1).',
    },
    examples: {
      bad: ['#TolakRUUTNI sekarang juga', 'Ramaikan #BatalkanKenaikanBBM'],
      good: ['#TolakHoaks mulai dari diri sendiri', 'Minum #TolakAngin biar fit'],
    },
  },
];
