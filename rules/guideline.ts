/**
 * The guideline's items with stable ids (shared/guideline.md), in the project's own words.
 * Source: PermenPAN-RB No. 83/2012 and the Kodim 0818/Kab. Malang – Kota Batu guidance on social media.
 */
export type AsasId =
  | 'asas-faktual'
  | 'asas-terbuka'
  | 'asas-partisipasi'
  | 'asas-interaktif'
  | 'asas-harmonis'
  | 'asas-etis'
  | 'asas-kesetaraan'
  | 'asas-profesional'
  | 'asas-akuntabel';
export type LaranganId = `larangan-${1 | 2 | 3 | 4 | 5 | 6 | 7}`;
export type EtikaId = `etika-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`;
/** Items a finding may cite. Principles (asas) are summarised, never cited by a detector. */
export type ItemId = LaranganId | EtikaId;
export type GuidelineId = AsasId | ItemId;

export interface Bilingual {
  id: string;
  en: string;
}

export interface GuidelineItem {
  id: GuidelineId;
  group: 'asas' | 'larangan' | 'etika';
  title: Bilingual;
  summary: Bilingual;
  /** What Saring looks for; absent for principles, which are not detectors. */
  checks?: Bilingual;
}

export const SOURCE: Bilingual = {
  id: 'PermenPAN-RB No. 83 Tahun 2012 tentang Pedoman Pemanfaatan Media Sosial Instansi Pemerintah, dan arahan Kodim 0818/Kab. Malang – Kota Batu bagi prajurit TNI dan PNS.',
  en: 'PermenPAN-RB No. 83/2012 (guidelines for government use of social media) and the guidance of Kodim 0818 (Malang Regency – Batu City) for TNI soldiers and civil servants.',
};

export const GUIDELINE: readonly GuidelineItem[] = [
  { id: 'asas-faktual', group: 'asas', title: { id: 'Faktual', en: 'Factual' }, summary: { id: 'Sampaikan hanya yang berdasar data dan fakta yang jelas, dengan memperhatikan kepentingan umum.', en: 'Share only what rests on clear data and facts, with the public interest in mind.' } },
  { id: 'asas-terbuka', group: 'asas', title: { id: 'Keterbukaan', en: 'Openness' }, summary: { id: 'Informasi mudah diakses siapa saja, kapan saja, di mana saja; disampaikan benar, jujur, apa adanya.', en: 'Information anyone can reach, any time, anywhere; told truly, honestly, as it is.' } },
  { id: 'asas-partisipasi', group: 'asas', title: { id: 'Partisipasi & keterlibatan', en: 'Participation & engagement' }, summary: { id: 'Ajak masyarakat memberi komentar, tanggapan, dan masukan.', en: 'Invite the public to comment, respond and give input.' } },
  { id: 'asas-interaktif', group: 'asas', title: { id: 'Interaktif', en: 'Interactive' }, summary: { id: 'Komunikasi berjalan dua arah.', en: 'Communication goes both ways.' } },
  { id: 'asas-harmonis', group: 'asas', title: { id: 'Harmonis', en: 'Harmonious' }, summary: { id: 'Bangun hubungan yang sinergis, saling menghargai dan saling mendukung.', en: 'Build relations of synergy, mutual respect and support.' } },
  { id: 'asas-etis', group: 'asas', title: { id: 'Etis', en: 'Ethical' }, summary: { id: 'Santun, sesuai kode etik, tidak merugikan orang lain dan tidak memicu konflik.', en: 'Polite, within the code of ethics, harming no one and starting no conflict.' } },
  { id: 'asas-kesetaraan', group: 'asas', title: { id: 'Kesetaraan', en: 'Equality' }, summary: { id: 'Hubungan yang baik dan setara dengan semua pemangku kepentingan.', en: 'Good and equal relations with every stakeholder.' } },
  { id: 'asas-profesional', group: 'asas', title: { id: 'Profesional', en: 'Professional' }, summary: { id: 'Dikelola dengan keahlian, pengalaman, dan konsisten.', en: 'Run with skill, experience and consistency.' } },
  { id: 'asas-akuntabel', group: 'asas', title: { id: 'Akuntabel', en: 'Accountable' }, summary: { id: 'Setiap unggahan dapat dipertanggungjawabkan.', en: 'Every post can be accounted for.' } },

  { id: 'larangan-1', group: 'larangan', title: { id: 'Tidak menentang kebijakan', en: 'No opposing policy' }, summary: { id: 'Jangan berkomentar menentang kebijakan pemerintah maupun kebijakan pimpinan TNI.', en: 'Do not comment against government policy or the policy of TNI leadership.' }, checks: { id: 'Penolakan, hinaan, atau seruan boikot yang ditujukan pada kebijakan atau pejabat menurut jabatannya.', en: 'Rejection, insults or boycott calls aimed at a policy or at an official by office.' } },
  { id: 'larangan-2', group: 'larangan', title: { id: 'Tidak merugikan satuan', en: 'Nothing that harms the unit' }, summary: { id: 'Jangan mengunggah berita yang dapat merugikan satuan.', en: 'Do not post news that could harm the unit.' }, checks: { id: 'Masalah internal satuan yang dibuka ke publik: potongan gaji, narkoba, kekerasan, penyalahgunaan fasilitas, "bocoran dari dalam".', en: 'Internal problems made public: pay cuts, drugs, violence, misuse of facilities, "leaks from inside".' } },
  { id: 'larangan-3', group: 'larangan', title: { id: 'Tidak mudah terprovokasi', en: 'Not easily provoked' }, summary: { id: 'Jangan terpancing berita negatif yang beredar di media sosial.', en: 'Do not be provoked by negative news going round social media.' }, checks: { id: 'Pesan berantai, ajakan menyebarkan atau menyerang, kabar menakutkan tanpa sumber.', en: 'Chain messages, calls to spread or to attack, alarming claims without a source.' } },
  { id: 'larangan-4', group: 'larangan', title: { id: 'Netral dan menjaga citra TNI', en: 'Neutral, protecting TNI’s image' }, summary: { id: 'Jangan berkomentar soal ideologi, politik, ekonomi, sosial, budaya, serta pertahanan dan keamanan (Ipoleksosbud Hankam) karena dapat merusak citra TNI. Dalam praktik: tetap netral dalam politik, jauhi SARA dan ideologi anti-Pancasila.', en: 'No comments on ideology, politics, economy, society, culture, defence and security (Ipoleksosbud Hankam): they can damage TNI’s image. In practice: stay politically neutral, avoid ethnic and religious hatred and anti-Pancasila ideology.' }, checks: { id: 'Dukungan atau kampanye partai dan calon, salam jari nomor urut, ujaran kebencian SARA, ideologi anti-Pancasila.', en: 'Support or campaigning for a party or candidate, number hand signs, ethnic/religious hatred, anti-Pancasila ideology.' } },
  { id: 'larangan-5', group: 'larangan', title: { id: 'Tidak menyebarkan informasi rahasia', en: 'No classified information' }, summary: { id: 'Hindari mengirim berita yang berklasifikasi rahasia agar tidak dimanfaatkan pihak yang tidak bertanggung jawab.', en: 'Never send classified news that irresponsible people could exploit.' }, checks: { id: 'Tanda klasifikasi, nomor surat dinas, pergerakan pasukan, koordinat, jadwal patroli, stok senjata dan amunisi, kata sandi, NRP/NIP/NIK.', en: 'Classification markings, official letter numbers, troop movements, coordinates, patrol schedules, weapon and ammunition stock, passwords, service and ID numbers.' } },
  { id: 'larangan-6', group: 'larangan', title: { id: 'Tidak membuat meme prajurit', en: 'No memes of soldiers' }, summary: { id: 'Tertib dalam menggunakan media sosial, dan dilarang mengunggah meme yang memakai gambar atau foto prajurit, pejabat TNI, institusi, atau atribut TNI.', en: 'Use social media in an orderly way; never post memes using pictures or photos of soldiers, TNI officials, the institution or its attributes.' }, checks: { id: 'Meme, editan, atau stiker lucu tentang prajurit, pejabat, seragam, baret, dan lambang TNI.', en: 'Memes, edits or joke stickers of soldiers, officials, uniforms, berets and insignia.' } },
  { id: 'larangan-7', group: 'larangan', title: { id: 'Laporkan kebocoran', en: 'Report leaks' }, summary: { id: 'Laporkan kebocoran dokumen atau informasi yang menonjol kepada Komandan satuan.', en: 'Report notable leaks of documents or information to the unit commander.' }, checks: { id: 'Tulisan yang menyebut dokumen rahasia beredar: arahkan untuk melapor, bukan ikut menyebarkan.', en: 'Posts that mention a leaked document going round: report it, do not spread it.' } },

  { id: 'etika-1', group: 'etika', title: { id: 'Menjunjung kehormatan instansi', en: 'Honour the institution' }, summary: { id: 'Jaga kehormatan instansi pemerintah.', en: 'Uphold the honour of the government institution.' }, checks: { id: 'Merendahkan instansi sendiri.', en: 'Running down one’s own institution.' } },
  { id: 'etika-2', group: 'etika', title: { id: 'Jujur dan berintegritas', en: 'Honesty and integrity' }, summary: { id: 'Tunjukkan keahlian, kompetensi, objektivitas, kejujuran, dan integritas.', en: 'Show expertise, competence, objectivity, honesty and integrity.' }, checks: { id: 'Tawaran suap, pungutan liar, "jalur orang dalam", calo penerimaan TNI/CPNS.', en: 'Bribe offers, illegal fees, "insider routes", paid entry into TNI or the civil service.' } },
  { id: 'etika-3', group: 'etika', title: { id: 'Menjaga rahasia negara', en: 'Keep state secrets' }, summary: { id: 'Jaga rahasia negara dan laksanakan sumpah jabatan.', en: 'Keep state secrets and the oath of office.' }, checks: { id: 'Sama dengan larangan 5: data rahasia dan data pribadi dinas.', en: 'As prohibition 5: classified and personal service data.' } },
  { id: 'etika-4', group: 'etika', title: { id: 'Menjaga citra instansi', en: 'Protect the institution’s image' }, summary: { id: 'Tegakkan etika agar citra dan reputasi instansi terjaga.', en: 'Keep to ethics so the institution’s image and reputation stay sound.' }, checks: { id: 'Mabuk, judi, pamer kemewahan, seragam dipakai untuk promosi pribadi.', en: 'Drinking, gambling, flaunting luxury, the uniform used for private promotion.' } },
  { id: 'etika-5', group: 'etika', title: { id: 'Menghormati kode etik pegawai', en: 'Respect the civil service code' }, summary: { id: 'Hormati kode etik pegawai negeri.', en: 'Respect the civil servants’ code of ethics.' }, checks: { id: 'Bolos terang-terangan, memakai jam kerja atau fasilitas dinas untuk urusan pribadi.', en: 'Open truancy, private use of working hours or official facilities.' } },
  { id: 'etika-6', group: 'etika', title: { id: 'Informasi benar dan akurat', en: 'True and accurate information' }, summary: { id: 'Sampaikan dan terima informasi publik yang benar, tepat, dan akurat.', en: 'Give and take public information that is true, precise and accurate.' }, checks: { id: 'Klaim tanpa bukti yang disebut pasti benar, obat ajaib, kabar bohong yang menakutkan.', en: 'Unproven claims stated as certain, miracle cures, frightening false alarms.' } },
  { id: 'etika-7', group: 'etika', title: { id: 'Menjaga nama baik', en: 'Respect good names' }, summary: { id: 'Hargai dan hormati nama baik instansi maupun perorangan, bina solidaritas.', en: 'Respect the good name of institutions and people, and build solidarity.' }, checks: { id: 'Hinaan, kata kasar (Indonesia, Jawa, slang), tuduhan tanpa dasar terhadap orang atau jabatan.', en: 'Insults, profanity (Indonesian, Javanese, slang), baseless accusations against people or offices.' } },
  { id: 'etika-8', group: 'etika', title: { id: 'Keterbukaan informasi publik', en: 'Public information openness' }, summary: { id: 'Laksanakan keterbukaan informasi publik sesuai peraturan perundang-undangan.', en: 'Practise public information openness as the law provides.' }, checks: { id: 'Hanya pengingat: arahkan pertanyaan ke kanal resmi (PPID).', en: 'Reminders only: point questions to official channels (PPID).' } },
];

const BY_ID = new Map(GUIDELINE.map((item) => [item.id, item]));
export function guidelineItem(id: GuidelineId): GuidelineItem {
  const item = BY_ID.get(id);
  if (!item) throw new Error(`unknown guideline id ${id}`);
  return item;
}
export const ITEM_IDS: readonly ItemId[] = GUIDELINE.filter((g) => g.group !== 'asas').map((g) => g.id as ItemId);

/** How a person names an item: "Larangan 1 · Tidak menentang kebijakan", "Ethics 3 · Keep state secrets"; a principle by its title. */
export function itemHeading(id: GuidelineId, lang: 'id' | 'en'): string {
  const item = guidelineItem(id);
  if (item.group === 'asas') return item.title[lang];
  const n = id.split('-')[1];
  const name = item.group === 'larangan' ? (lang === 'id' ? 'Larangan' : 'Prohibition') : lang === 'id' ? 'Etika' : 'Ethics';
  return `${name} ${n} · ${item.title[lang]}`;
}
