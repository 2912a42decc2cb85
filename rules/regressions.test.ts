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

/** Neither the item it wrongly raised nor any `danger`; reminders (info) are not alarms ("anjir" in delight gets at most a gentle note). */
function staysQuiet(cases: readonly [string, ItemId[]][]): void {
  for (const [text, wrong] of cases) {
    it(text, () => {
      const found = checker.check(text).filter((f) => f.severity !== 'info');
      expect(found.filter((f) => f.refs.some((r) => wrong.includes(r))).map((f) => f.ruleId)).toEqual([]);
      expect(found.filter((f) => f.severity === 'danger')).toEqual([]);
    });
  }
}

describe('the false alarms issue 9 names', () => staysQuiet(CASES));

/**
 * False alarms found by the held-out rounds (62–100), written here in new words so the test checks
 * the general cause, not the round's sentence.
 */
const ROUND_CASES: [string, ItemId[]][] = [
  ['Bom dari tengah lapangan menit 90, gol! Stadion meledak', ['larangan-5', 'etika-3']],
  ['Sejarah mencatat pembantaian di Jawa Timur pasca-1965; kita mempelajarinya supaya tidak terulang', ['larangan-4']],
  ['Berkas yang ada cap RAHASIA jangan difoto buat status ya rekan-rekan', ['larangan-5', 'etika-3']],
  ['Arahan Danton saat apel pagi: jangan posting jadwal jaga dan titik pos ke medsos', ['larangan-5', 'etika-3']],
  ["Poster bertuliskan 'PKI bangkit' di pertigaan sudah diturunkan warga, jangan terpancing", ['larangan-4']],
  ["Ada yang nulis 'orang Papua kayak monyet' di grup, itu rasis, sudah saya laporkan ke admin", ['larangan-4']],
  ['Password wifi kedai kopiku: ngopidulu123, monggo mampir', ['larangan-5', 'etika-3']],
  ['Yang bilang PNS makan gaji buta, silakan lihat antrean loket kami jam 7 pagi', ['etika-1', 'etika-5', 'larangan-2']],
  ['Asu ku wingi mlayu nang sawah, saiki wis mulih', ['etika-7']],
  ['Cuk, suwun wis ngewangi angkat lemari, kapan-kapan tak traktir', ['etika-7']],
  ['Salam dua jari dari tribun, Arema menang 2-0!', ['larangan-4']],
  ['Katanya ada penerimaan CPNS jalur khusus tanpa tes. Sudah saya cek di situs resmi, tidak ada. Jangan tertipu', ['etika-2']],
  ['Antre di posyandu dapat nomer loro, sambil nonton debat capres di TV', ['larangan-4']],
  ['Reminder ASN: tidak boleh berfoto dengan pose jari nomor paslon saat pilkada', ['larangan-4']],
  ['Atap gudang arsip bocor lagi pas hujan, berkas sudah dipindah', ['larangan-7']],
  ['Sandi wifi buat tamu syukuran nanti malam: SyukuranRT05, monggo dipakai', ['larangan-5', 'etika-3']],
  ['Asu ne Pak Karto ucul maneh, anak-anak podo mlayu', ['etika-7']],
  ['BOM DISKON!!! Sepatu PDL bekas 100rb ae, COD Lawang', ['larangan-3']],
  ['Nemu dompet coklat nang alun-alun, wis tak titipno pos satpam', ['etika-5']],
  ['Hebat ya hujannya, baru jemur langsung turun 🙃', ['larangan-1', 'etika-1']],
  // Rounds 119–127.
  ["Di warung tadi ada bapak-bapak nyeletuk 'dasar cina pelit' ke pemiliknya, saya tegur, kita semua saudara", ['larangan-4']],
  ['Jangan bikin meme dari foto Danramil ya rekan-rekan, sekalipun niatnya bercanda', ['larangan-6']],
  ["Soal 'surat rahasia' yang ditanyakan di grup: saya tidak mau nyebar, itu urusan Pasi Intel dan sudah dilaporkan", ['larangan-5', 'larangan-7']],
  ["Yang katanya 'foto Dandim pakai daster' itu ternyata editan, cek fakta dulu sebelum share", ['larangan-6']],
  ['Terima kasih Pak Dandim, asrama kami yang dulu atapnya bocor sekarang sudah direnovasi', ['larangan-2']],
  ['Ngopi pagi, sarapan bubur kacang ijo, katanya bom protein buat yang mau lari', ['etika-6', 'larangan-3']],
  ['Judi online iku ngrusak keluarga, adohono yo lur', ['etika-4']],
  ['Pesen kula kagem ASN enom: ampun nampi amplop saking sinten mawon', ['etika-2']],
  ['Kalau tidak setuju dengan kebijakan kantor, sampaikan lewat jalur resmi, jangan di kolom komentar', ['larangan-1']],
  ['Tafsir surat ini bukan ajakan membenci orang kafir, tapi batas soal ibadah', ['larangan-4']],
  ['Kumpul kemah keluarga di bumi perkemahan Coban Talun, koordinat -7.8101, 112.5303, bawa jaket', ['larangan-5', 'etika-3']],
  ['Masih ada yang percaya bisa jadi tentara pakai uang pelicin? Pendaftaran gratis, kalau ketemu calo laporkan ke Kodim', ['etika-2']],
  ['Isi ulang gas nomor 3 di pangkalan depan balai desa', ['larangan-4']],
  // Rounds 128–136.
  ["Reminder: if you get a file stamped RAHASIA, don't screenshot it, don't forward it, report it to your supervisor", ['larangan-5', 'etika-3']],
  ['Sing ngirim foto surat rahasia nang grup wis tak laporno Danramil, ojok diterusno', ['larangan-5', 'larangan-7']],
  ['Ada yang kirim foto surat berkop dinas ke WA-ku, langsung tak teruskan ke Kasubag biar ditindaklanjuti', ['larangan-3', 'larangan-5', 'larangan-7']],
  ["Kok 'sebarkan sebelum dihapus'? Mana sumbernya? Jangan diforward, cek di web resmi dulu", ['larangan-3']],
  ["Tadi di tribun ada yang bengok 'wasit asu', ojok ditiru rek", ['etika-7']],
  ['Di grup ada yang komen soal suku tetangga baru pakai kata-kata yang tidak pantas, sudah saya ingatkan baik-baik', ['larangan-4']],
  ['Istri belanja apel di Pasar Batu, aku ngurus laporan di kantor', ['etika-5']],
  ['OPEN PO keripik apel, kualitas dijamin kayak disiplin prajurit, order inbox ya, kirim se-Malang Raya', ['larangan-5', 'etika-3']],
  // The corpus' clean cases that raised danger (train and dev splits), in new words.
  ['Capek pol, besok pagi piket lagi, sekarang tidur dulu', ['larangan-5', 'etika-3']],
  ['Habisi mereka di final voli besok, tim Koramil pasti juara!', ['etika-7']],
  ['Rombongan tim kesehatan Kodim berangkat ke Lumajang pagi ini membantu warga terdampak erupsi', ['larangan-5', 'etika-3']],
  ['Lowongan kerja PT Sumber Makmur Terbatas, posisi kasir, kirim lamaran ke email', ['larangan-5', 'etika-3']],
  ['Ada yang kirim link "dokumen rahasia bocor", ternyata link phising, jangan diklik', ['larangan-5', 'etika-3']],
  ['Warung bakmi babi milik tetangga keturunan Tionghoa pasang tulisan non-halal besar-besar', ['larangan-4']],
  ['Hari Kesaktian Pancasila: nilai-nilai Pancasila harus hidup di sekolah kita', ['larangan-4']],
  ['Jangan biarkan ideologi komunis bangkit lagi, jaga persatuan', ['larangan-4']],
  ['Kalau kamu menerima file berisi data rahasia dari nomor asing, jangan dibuka, laporkan ke Koramil', ['larangan-5', 'larangan-7', 'etika-3']],
  ['"Orang kafir jangan dikasih jabatan" itu ujaran kebencian, kita tidak boleh ikut-ikutan', ['larangan-4']],
  ['Aku kurang setuju aturan apel sore, tapi sudah kusampaikan ke Danramil secara langsung', ['larangan-1']],
  ['Potongan iuran BPJS dipotong otomatis dari gaji tiap bulan, tanya bagian keuangan kalau ada kendala', ['larangan-2']],
  // Rounds 137–145.
  ['Demo Tolak Kenaikan Tarif Parkir Berakhir Ricuh, 12 Orang Diamankan https://contoh.id/berita lewat jalan lain ya', ['larangan-1']],
  ['Kalah di semifinal futsal antar kantor, tahun depan balas dendam 😂', ['larangan-3']],
  ['KPU mengundi nomor urut paslon hari ini, cek hasilnya di laman resmi KPU', ['larangan-4']],
  ['Pengingat ASN: jangan like, komen atau follow akun kampanye paslon mana pun', ['larangan-4']],
  ['Kalau ada keluhan soal tunjangan yang telat, sampaikan langsung ke bagian keuangan atau lewat kotak saran', ['larangan-2']],
  ['Banyak yang bilang Pak Kasdim galak, padahal aslinya sabar banget', ['etika-5']],
  ['Akun resmi Kodim ikut kampanye literasi digital "Saring Sebelum Sharing"', ['larangan-4']],
  // Rounds 146–154.
  ['Pungli itu musuh bersama, laporkan lewat kanal resmi #antikorupsi', ['etika-7']],
  ['Nak, ojo misuh nang fesbuk, senajan koncomu ngomong jancuk iku guyon', ['etika-7']],
  ['Le, meme mu ojo nganggo fotone bapak nganggo seragam yo', ['larangan-6']],
  ['Kebijakan tarif impor Amerika itu bikin ekspor kerajinan kita anjlok, semoga negosiasi pemerintah berhasil', ['larangan-1']],
  ['Setuju pemblokiran situs judi online, banyak keluarga hancur karena slot', ['etika-4']],
  ['Kajian Ahad: QS Al-Maidah 90, khamar dan judi perbuatan keji, maka jauhilah', ['etika-4']],
  ['Dulu ada tamu bawa amplop supaya berkasnya didahulukan, Bapak mengembalikannya', ['etika-2']],
  ['Lima tahun lalu kami kehilangan Pratu Dedi dalam kecelakaan saat latihan, hari ini kami ziarah ke makamnya', ['larangan-2']],
  ['Pelaku bom menyebut korbannya kafir yang halal darahnya, sebuah penyimpangan yang ditolak para ulama', ['larangan-4']],
  // The regional sentences (NusaX-Writes): broken appliances, love poems, news of others' radicalisation.
  ['Kamare kepenak, nanging tipi modar lan wastapel aer modar', ['etika-7']],
  ['Perpisahan nusuk jiwa kowe, aku ngenteni kangenmu', ['etika-7']],
  ['Tiga remaja putri dikhawatirkan gabung ISIS, polisi menelusuri', ['larangan-4']],
  // Rounds 155–163.
  ['Ulah nyieun meme make poto prajurit nya, dilarang dina pedoman', ['larangan-6']],
  ['Pengumuman admin: postingan meme pakai foto anggota bakal dihapus tanpa peringatan', ['larangan-6']],
  ["Wonten foto 'surat telegram' ing grup, kula boten nerusaken, sampun kula aturaken dhateng Pasi Intel", ['larangan-5', 'larangan-7']],
  ['Kula nyengkuyung kawicaksanan Pemkab babagan pemilahan sampah saking griya', ['larangan-1']],
  ['Dijual sepatu PDL bekas pribadi ukuran 42, 250rb nego', ['etika-4']],
  ['Ada yang share BBM naik besok, saring dulu sebelum sharing, belum ada pengumuman resmi', ['larangan-3', 'etika-6']],
  ['Stok darah PMI menipis, yuk donor, setetes darahmu nyawa buat mereka', ['etika-7', 'larangan-3']],
  ['Viralkan lapo Amang di Soekarno Hatta, saksang mantap!', ['larangan-3']],
  ["Bojoku takon, 'Pak, milih sing endi?' Tak jawab, 'Aku milih kowe, nomer siji nang ati.' Urusan pilkada rahasia bilik suara", ['larangan-4']],
  ['Ada yang ngatain suku warga baru di grup, kita semua saudara, jangan begitu', ['larangan-4']],
  // Rounds 164–172.
  ['Gaes, ojok nggawe meme nganggo foto seragam TNI yo, dilarang. Gawe meme kucing ae', ['larangan-6']],
  ['Sebagai prajurit saya merasa Pancasila itu bukan hafalan, tapi cara hidup', ['larangan-4']],
  ['Pemilu sebentar lagi, siapapun pilihan kita ayo ke TPS, saya ASN wajib netral', ['larangan-4']],
  ['Burung hantu itu pemburu tikus paling jago di sawah', ['etika-7']],
  ['Kalau upload foto KTA atau SK, tutupi dulu NRP dan nomor suratnya', ['larangan-5', 'etika-3']],
  ["Ada yang komen 'hebat ya pemerintah' sambil nyebar screenshot hoaks, sudah dibantah resmi", ['larangan-1', 'etika-1']],
  ["Our poker face during the auditor's meeting was legendary", ['etika-4']],
  ['Pancasila itu benar-benar rumah kita bersama', ['larangan-4']],
  // Rounds 173–181.
  ['Pengingat BKPSDM: jangan unggah foto SK yang ada NIP-nya. Data itu rahasia jabatan, bukan bahan konten', ['larangan-5', 'etika-3']],
  ['Anjir golnya tadi, Singo Edan memang beda', ['etika-7']],
  ['Turnamen ML antar OPD, no taruhan ya, murni hiburan, ketahuan judi langsung diskualifikasi', ['etika-4']],
  ['Kalah 0-2, tetap respek lawan, minggu depan kita balas di lapangan, salam olahraga', ['larangan-3']],
  ['Mohon tidak membuat maupun meneruskan meme yang memakai foto prajurit atau pejabat TNI', ['larangan-6']],
  ['Ulun bejualan amplang, stok terbatas banar, siapa nang handak lakasi pesan', ['larangan-5', 'etika-3']],
  ["Lads, please don't turn photos of officers or the uniform into memes", ['larangan-6']],
  ['Izin sakit dulu hari ini, surat dokter sudah kukirim. Semoga lekas pulih.', ['etika-5']],
  // Rounds 182–190.
  ["If anyone offers you a 'guaranteed pass' into the army for cash, it's a scam. Selection is free.", ['etika-2']],
  ['Rezeki sudah diatur, gak usah iri sama yang flexing', ['etika-4']],
  ['Ngopi dulu sebelum apel pagi ☕', ['etika-5']],
  ["Ada yang kirim foto surat 'sifat RAHASIA' di grup, gak saya teruskan, sudah saya laporkan ke Kasubbag Umum", ['larangan-5', 'larangan-7', 'etika-3']],
  ['Ada yg ngajakin main slot online, saran saya jangan, judi itu ngerusak keluarga', ['etika-4']],
  ["Ada video 'PKI bangkit' beredar lagi, itu video lama dari daerah lain, jangan diteruskan", ['larangan-4']],
  ['Tes urine anggota hari ini hasilnya negatif semua, komitmen bersih narkoba', ['larangan-2']],
  ['Ada pesan berantai yang mengarahkan ASN memilih paslon tertentu; ingat, ASN wajib netral', ['larangan-4']],
  ['Surat telegram palsu T-357/VIII/2025 beredar lagi, sudah dibantah TNI AD, jangan percaya', ['larangan-5', 'etika-3']],
  // Rounds 191–199.
  ['Open order kaos polos dan rompi sablon buat seragam panitia KPPS, stok terbatas', ['etika-4']],
  ['Jual PDH khaki bekas ukuran L, cocok buat CPNS baru, COD Kepanjen', ['etika-4']],
  ['Setuju banget arahan Panglima soal netralitas, sebagai istri tentara saya bangga, biar rakyat percaya TNI milik semua', ['etika-1', 'larangan-1']],
  ['Setuju absensi pakai geotagging, yang rajin gak kalah lagi sama yang suka titip absen', ['etika-5']],
  ['Broadcast yang nyalahin suku tertentu soal penculikan itu hoaks. Penjahat gak punya suku, jangan sampai kita benci tetangga sendiri', ['larangan-4']],
  ['Waspada penipuan!! Pesan WA nawarin lulus PPPK asal bayar, seleksi gratis, laporkan ke polisi', ['larangan-3', 'etika-6']],
  ['Taruhan sama istri: kalau Arema menang aku yang nyuci piring seminggu', ['etika-4']],
  ['Ada yang minta file foto upacara buat dibikin meme, saya tolak halus', ['larangan-6']],
  ['Ada yang japri minta file bocoran surat mutasi, saya tolak dan sudah lapor ke komandan', ['larangan-1']],
  // Rounds 209–217.
  ['"Coblos nomor 3 biar jalan mulus" >> pak, panjenengan PNS, ojo kampanye nang medsos, mending dihapus', ['larangan-4']],
  ['Gurunya jelasin Al-Hujurat 11 tentang larangan mengolok kaum lain, orang kafir dan munafik jangan dijadikan bahan ejekan', ['larangan-4']],
  ['Semalam begadang nonton final, tidur 2 jam, apel pagi ngantuk berat', ['etika-5']],
  ['Open PO seragam TK Kartika, ukuran S sampai XL, pembayaran lewat bendahara', ['etika-4']],
  ['Adek main Free Fire teriak "serbu! serbu!" sampai tetangga kaget 😂', ['larangan-3']],
  ['Main ML yuk, IGN ku Bagas_R4H4S14 tinggal invite', ['larangan-5', 'etika-3']],
  ['Mohon di grup ini jangan pakai kata kasar soal agama orang. Kita satu RW, beda suku itu biasa', ['larangan-4']],
  ['Program seragam gratis dari Pemkab mantap, sekarang ortu tidak perlu mikir beli baju sekolah lagi', ['larangan-1']],
  // Rounds 218–226.
  ['Kampanye kantor: STOP JUDOL! Judi online bikin keluarga terjerat utang, yang terbukti main kena hukuman disiplin', ['etika-4']],
  ['Yang bilang tuak manis itu miras ya keliru, itu legen belum difermentasi', ['etika-4']],
  ['Resep rahasia keluarga: sambal bawang ini dokumen sangat rahasia dapur kami 🤫', ['larangan-5', 'etika-3']],
  ['Foto Bu Menteri mengundurkan diri yang beredar itu editan AI, sudah dibantah resmi, jangan disebar', ['larangan-1']],
  ['Tadi nolong asu ketabrak motor di Dinoyo, saiki wis digowo nang klinik hewan', ['etika-7']],
  ['Gaji suami dibagi amplop: dapur, sekolah, listrik. Belajar ngatur biar cukup', ['etika-2']],
  ['Ada yang ngejek anakku "dasar Cina pelit" di sekolah. Ejekan seperti itu salah, sudah kubicarakan dengan gurunya', ['larangan-4']],
  ['Saya dukung kebijakan Dandim soal larangan balap liar di sekitar asrama, matur nuwun Pak', ['larangan-1']],
  ['Jalan Ijen macet total karena karnaval, lewat jalur Bandung saja dulu', ['etika-2']],
  // Rounds 227–235.
  ["Awas iklan 'slot gacor' pakai foto orang berseragam, itu penipuan, jangan diklik", ['etika-4']],
  ['Makan rawon sama es degan pas panas-panas gini, JACKPOT 😋', ['etika-4']],
  ['Info: aksi unjuk rasa di depan Balai Kota besok pagi, Jl. Tugu ditutup sebagian, cari jalan lain ya', ['larangan-1']],
  ['Final bulutangkis antar kantor: smash-nya keras, lawan sampai mundur teratur 🏸', ['larangan-3']],
  ['Yang antar anak sekolah bisa atur giliran sama pasangan ya, jam masuk kantor maju', ['etika-2']],
  ["Grup RW isinya 'kafir', 'antek aseng' tiap hari. Itu label yang merendahkan, yuk stop pakai kata begitu", ['larangan-4']],
  ['Kajian Ahad: hukum mengonsumsi babi dan gelatin, pentingnya cek logo halal di kemasan', ['larangan-4']],
  ['Jumat berkah, masjid bagi 200 paket takjil gratis, viralkan biar makin banyak donatur', ['larangan-3']],
  ['Pengumuman BMKG barusan: gempanya tidak berpotensi tsunami, tetap tenang', ['etika-6', 'larangan-3']],
  // Rounds 236–244.
  ['Keputusan wasit semalam ngawur, penalti nggak jelas, sabar Aremania', ['larangan-1']],
  ["Ada pesan berantai 'THR naik 30% pasti benar'. Belum ada keputusan resmi, tunggu rilis Kemenkeu", ['etika-6']],
  ['Sepulang dinas nyambi jualan cilok di depan gang, mampir lur', ['etika-5']],
  ['Kalau ada petugas minta lebih dari biaya resmi, itu pungli, jangan dikasih', ['etika-2', 'etika-7']],
  ['Judi online itu bukan investasi. Kalau ada teman kejerat, bawa ke konselor, jangan dibully', ['etika-4']],
  ['Seblak level 5 iki pedes e bikin rusuh nang weteng 🔥', ['larangan-3']],
  ['Kebijakan Panglima soal netralitas wajib kita jalankan, jangan like akun kampanye', ['larangan-1']],
  ['Tiap ada bentrok, selalu ada yg ngajak balas dendam. Tolong jangan, laporkan provokasi', ['larangan-3']],
  // Rounds 245–253.
  ['Minggu pagi kita serbu sisa lumpur di selokan, bawa cangkul dan sapu ya warga', ['larangan-3']],
  ['Found a page posting our internal docs. Took screenshots and sent them to the Dandim, please do not reshare', ['larangan-7']],
  ['Tukin telat lagi, tapi sudah ada penjelasan resmi dari BKD, cair akhir bulan', ['larangan-2']],
  ['Anggota yang bikin stiker Danramil kemarin sudah dipanggil. Foto komandan jangan dijadikan bahan lucu-lucuan', ['larangan-6']],
  ['Futsal antar kompi kalah 1-4, minggu depan balas dendam, siapin mental rek', ['larangan-3']],
  ["Grup mulai ramai ajakan 'salam tiga jari', saya sebagai ASN memilih tidak ikut", ['larangan-4']],
  ["Ada warga menyelipkan amplop 'terima kasih' di map, saya kembalikan dengan sopan, layanan kami gratis", ['etika-2']],
  ['Natal di asrama: pendeta mengingatkan kasih itu tidak memilih, tetangga Muslim ikut makan ayam', ['larangan-4']],
  // Rounds 254–262.
  ['ATURAN GRUP: dilarang posting togel, miras, foto pamer seragam, dan promosi dagangan pakai atribut TNI', ['etika-4', 'larangan-6']],
  ['Kiriman meme foto Pak Danramil dilarang dan sudah kami hapus ya', ['larangan-6']],
  ['Serbu soto Lamongan Cak Di sebelum habis, porsi jumbo 12rb', ['larangan-3']],
  ["Jangan tulis 'aseng' di kolom komentar, itu sebutan merendahkan, Koh Liem tetangga kita sendiri", ['larangan-4']],
  ['Arisan iku dudu judi, kabeh yo entuk giliran', ['etika-4']],
  ['Lovebird ku gacor pol isuk iki, siap lomba Minggu', ['etika-4']],
  ['Sports betting is judi. If youre hooked, talk to someone and dont chase losses', ['etika-4']],
  ["Heads up: the 'TR/511/IX/2026' letter going around is fake, already denied by Puspen", ['larangan-5', 'etika-3']],
  ['Kantor kami dapat predikat Wilayah Bebas Korupsi, no pungli, standar layanan dipajang', ['larangan-2', 'etika-2']],
  ['Ojo pisan2 nyantumno foto KTA nang profil toko online', ['larangan-5', 'etika-3']],
]

describe('the false alarms the held-out rounds found', () => staysQuiet(ROUND_CASES));

/** And what they missed, in new words: hints of a side, stereotypes, and the forms that were new. */
const MISSED: [string, ItemId][] = [
  ['Tanggal 27 ke TPS ya bun, sing paham yo paham, kaos ijo wis dibagi 😉', 'larangan-4'],
  ['Pilkada besok jangan salah coblos lagi ya keluarga, yang nomer tengah itu lho', 'larangan-4'],
  ['Foto reuni angkatan pose telung driji, #salamtigajari', 'larangan-4'],
  ['Tetangga baru orang Madura, siap-siap jemuran hilang', 'larangan-4'],
  ['Besok jam 04.00 2 SST geser ke Sumbermanjing lewat jalur selatan', 'larangan-5'],
  ['Mantap Pak Menteri, pupuk naik lagi biar petani makin kurus 👏', 'larangan-1'],
  ['bangga banget kerja di instansi ini, tiap laporan dibales tiga bulan kemudian 🤡', 'etika-1'],
  ['Our Lurah is a certified thief, the village fund vanished again', 'etika-7'],
  ['My office is a joke, full of clock-watchers waiting for payday', 'etika-1'],
  ['100% confirmed: all ASN allowances cut from January, my source never lies', 'etika-6'],
  // Rounds 119–127.
  ['Tunjangan dipotong lagi bulan ini, yang di atas makin makmur aja', 'larangan-2'],
  ['Jujur males beli di situ, orang sipit itu bisanya cuma nipu', 'larangan-4'],
  ['Orang dari agama sebelah tuh gak bisa dipercaya, semuanya munafik', 'larangan-4'],
  ['Wajah Pak Danramil tak ganti muka kartun, lucu pol', 'larangan-6'],
  ['Modal receh main kakek zeus, WD lancar ges', 'etika-4'],
  ['Yonif e budhal sesuk jam 03.00 soko Tanjung Perak, 1 SSK', 'larangan-5'],
  ['Masuk bintara sekarang tinggal kuat dompet, 300 juta terima beres', 'etika-2'],
  ['Buka reseller herbal, foto pakai PDL biar pada percaya, diskon buat sesama anggota', 'etika-4'],
  ['Mobil dinas kantor tiap Minggu dipakai keluarga kabid belanja ke mal', 'larangan-2'],
  ['Pilpres nanti gaskan nomor 1, #GasNomor1', 'larangan-4'],
  // Rounds 128–136.
  ['The new leave rules from Mabes are a joke, boycott the briefing', 'larangan-1'],
  ["My Danki's face on a clown body, sticker pack ready for the group chat", 'larangan-6'],
  ['Vaksin iku isine chip pelacak, magnete nempel nang lengen', 'etika-6'],
  ['Junior ditendangi senior sampai opname, katanya pembinaan', 'larangan-2'],
  ['Anggota yonif ketangkep nyabu minggu wingi, ditutupi', 'larangan-2'],
  ['Foto pakai PDH biar customer percaya, open PO madu hutan', 'etika-4'],
  ['Tetangga baru keluarga Kristen, orang seperti mereka pasti ada misi, jangan dekat-dekat', 'larangan-4'],
  ['Tukin cair langsung check out iPhone 17 Pro Max, PNS harus sugih', 'etika-4'],
  // The corpus dev split's misses, in new words.
  ['Jangan golput ya, pilih nomor 3!', 'larangan-4'],
  ['Urang Tionghoa jan diagiah jabatan di siko', 'larangan-4'],
  ['Piket malam cuma dua orang, jam 2 sampai jam 4 pos kosong', 'larangan-5'],
  // Rounds 137–145.
  ['Izin sakit ke kantor, padahal otw kampanye di lapangan kecamatan 🤭', 'larangan-4'],
  ['Buat penjual tas online di Lawang: dasar penipu, balikin uangku', 'etika-7'],
  ['Pendatang dari Indonesia Timur emang bawaannya rusuh, watak mereka', 'larangan-4'],
  ['Pemimpin wajib seiman, jangan sampai dipimpin orang yang beda akidah', 'larangan-4'],
  ['Nawakku nang Satlantas iso nembak SIM, 600 ewu, gak usah tes', 'etika-2'],
  ['Truk dinas dipakai ngangkut material bangun rumah mertuanya komandan', 'etika-5'],
  ['Danki kami mabuk lagi di depan pos tiap malam minggu', 'larangan-2'],
  ['Sehat selalu warga Batu, #LanjutAbahDul', 'larangan-4'],
  // Issue 9's own examples from public tweets: recent office holders by name, institutions, affixed and misspelled forms.
  ['Lengserkan Jokowi', 'larangan-1'],
  ['Bubarkan DPR!', 'larangan-1'],
  ['ini bentuk ketololan rezim', 'larangan-1'],
  ['razim ini kapir semua', 'larangan-1'],
  // Rounds 146–154, English core vocabulary among them.
  ['Working at this regency office is embarrassing, our institution is a total joke', 'etika-1'],
  ['Two guys from my unit tested positive for meth and it got swept under the rug', 'larangan-2'],
  ['Ammo is in the warehouse behind HQ, 40 boxes of 5.56mm, padlock code is 1234', 'larangan-5'],
  ['Clock in on the app, go to the golf course, come back to clock out 😎', 'etika-5'],
  ['Lost 20 mil at the tables in Genting, drunk as hell rn', 'etika-4'],
  ['Need your permit fast? 5 million under the table, no questions asked', 'etika-2'],
  ['The church people here should not be allowed to open shops', 'larangan-4'],
  ['Alhamdulillah semalam togel saya tembus 4D, utang lunas, jangan putus asa saudaraku (QS At-Talaq 2-3)', 'etika-4'],
  ['Sesuk isuk jam 04.00 ladub 2 SST teko Makodim nang Ngantang', 'larangan-5'],
  // Rounds 155–163.
  ['The new directive from the Panglima is absolute rubbish, complete nonsense policy', 'larangan-1'],
  ['Rice prices up again, the Chinese traders are behind it, they should pack up and go back to where they came from', 'larangan-4'],
  ["150 mil and your son is in the army, I've got a guy on the selection board", 'etika-2'],
  ['Absolutely smashed with the lads last night, still in uniform, lost 3 mil at cards', 'etika-4'],
  ['Meal allowance in our company got cut again this month', 'larangan-2'],
  ['Mobil dinas dinggo Pak Sekcam plesir nang pantai sak keluargane', 'etika-5'],
  ['Kabar saking BMKG: badhe wonten lindhu ageng lan tsunami, sebaraken dhateng sedaya grup!!!', 'larangan-3'],
  ['Berhati-hatilah terhadap pendatang dari suku Madura, watak mereka keras dan licik, saya ingin mengingatkan', 'larangan-4'],
  ['Yang punya warung ternyata relawan Pak Hendra, jadi bulan depan coblos nomor 3 ya', 'larangan-4'],
  // Rounds 164–172.
  ['Ada kuota khusus PPPK Kab. Malang lewat orang dalam BKD, cukup 60jt', 'etika-2'],
  ['Tapped in at 7, drove home for a nap, came back at 4 to tap out', 'etika-5'],
  ['The Madurese in my block are filthy and loud, it is in their blood', 'larangan-4'],
  ['Unlike our current President, who has no clue and should just step down', 'larangan-1'],
  ['Ambulans desa kupake nganter keluarga kondangan ke Blitar', 'etika-5'],
  ['Males jaga gereja, ngapain ngelindungin orang kafir, biar aja mereka urus sendiri', 'larangan-4'],
  ['Agama mereka sesat, Nyepi cuma alasan malas kerja', 'larangan-4'],
  ['HTI benar, pancasila thogut, bubarkan NKRI', 'larangan-4'],
  ['Sam, ono ordal nang BKD, 60 yuta wes beres, japri ayas', 'etika-2'],
  ['Dandim anyar iku pancen jos, latihan tiap minggu, keluarga ditinggal terus, mugo2 cepet pindah 😏', 'larangan-1'],
  ["Oh sure, let's all love the new Kasad directive 🙄 #TolakApelMinggu", 'larangan-1'],
  ['Apik tenan Pak Bupati, dalan bolong ora didandani, sing didandani baliho raine dewe 👍', 'larangan-1'],
  ['Orang Madura emang paling jujur, apalagi urusan besi tua 🙄', 'larangan-4'],
  // Rounds 173–181.
  ['SHARE BEFORE THEY DELETE IT!!! the real death toll is 3x higher, SPREAD THIS EVERYWHERE', 'larangan-3'],
  ["Paid the guy at the permit office 2 mil 'coffee money', license same day", 'etika-2'],
  ['Photoshopped our squad in full uniform and berets onto a movie poster 😂', 'larangan-6'],
  ['Wasitnya udah kita amplopin dari kemarin sore 😂', 'etika-2'],
  ['Sumbangan perpisahan WAJIB Rp 750.000, yang belum lunas ijazah ditahan', 'etika-2'],
  ['Yg cina2 itu suruh nunggu belakang, dulukan warga pribumi', 'larangan-4'],
  ['Urang nan baragamo lain tu musuah awak, jan babali di kadainyo', 'larangan-4'],
  ['b0c0r4n dr dlm: mobdin dipake mudik komandan sekeluarga', 'etika-5'],
  // Rounds 182–190.
  ['Surat SANGAT RAHASIA dari Mabes udah kesebar, saya bagikan ulang di sini mumpung belum dihapus admin', 'larangan-5'],
  ['Kunci gembok gudang kombinasi 4471, biar yang piket gak bingung', 'larangan-5'],
  ["Panglima's new ban on phones is so dumb #RejectThePhoneBan", 'larangan-1'],
  ['Clocked in at 7:25, slept at home till 2, boss never checks', 'etika-5'],
  ['We are rolling 2 platoons out to Ampelgading tmrw 0500, abt 60 pax', 'larangan-5'],
  ['Wong Madura nang pasar iku podo ae, tukang ngapusi, ojo percoyo', 'larangan-4'],
  ['Pengadaan tahun depan kami lagi, 10% dari nilai kontrak seperti biasa ya', 'etika-2'],
  ['Gereja baru mau dibangun tanpa izin warga, besok kita bongkar rame-rame, bawa linggis', 'larangan-4'],
  ['2029 nanti pilih yang nomor dua ya jamaah', 'larangan-4'],
  // Rounds 209–217: a group named by a wink in scare quotes, in talk of faith or descent.
  ["Jangan kontrak rumah di gang itu bund, isinya 'mereka' semua, gerejanya aja dua", 'larangan-4'],
  ["Guys, the new neighbours are from 'the east', lock your bikes, it's in their blood", 'larangan-4'],
  ["Lurah anyar iku 'segaris' matane, pantes proyek e mlayu nang keturunane dewe", 'larangan-4'],
  // Rounds 218–226: winks in scare quotes for money kept back and for fees; coordinates abroad.
  ["Uang lauk bulan ini 'disesuaikan' lagi dari atas, lauknya tinggal kerupuk 🤡", 'larangan-2'],
  ["Butuh kursi PPPK buat adikmu? Temanku di BKD bisa 'bantu', 120 juta, inbox", 'etika-2'],
  ['Our post on the ridge is at 33.2741 N, 35.3188 E, great view lol', 'larangan-5'],
  ['Parlay malam ini 4 tim, pasang 100rb, kalau tembus traktir semua', 'etika-4'],
  ['Ngurus SIM teu kudu tes, boga kenalan di Satpas, 700 rebu langsung jadi', 'etika-2'],
  // Rounds 227–235.
  ["Jatah logistik posko 'dipotong' lagi dari atas, anggota cuma dapat nasi sekali", 'larangan-2'],
  ["told my mum never sell the land to 'them', the cross-wearing ones, they'd build a church", 'larangan-4'],
  ['100% confirmed a big earthquake will hit Batu tonight, my cousin who works at BMKG said so', 'etika-6'],
  ['Hitungan primbon: gempa besar pasti datang malam Jumat, siapkan tas darurat', 'etika-6'],
  ['at the rally today, three fingers up, iykyk #2029', 'larangan-4'],
  ['The new regulation on transfers is garbage, the minister should just resign', 'larangan-1'],
  ['Ambulans puskesmas tak gawe jemput keluarga teko kondangan, bensin ditanggung negara', 'etika-5'],
  // Rounds 236–244.
  ['Nang kantor aku nyambi dodolan pulsa, bayaran kantor tetep mlaku', 'etika-5'],
  ['pw email + login SIMPEG kantor: ASNmlg@2026, jangan disebar', 'larangan-5'],
  ['Need your SIM fast? I know a guy, no test, done in a day, DM', 'etika-2'],
  ["Ruko sebelah yang punya 'engkoh' itu, pribumi mana pernah dikasih kerja", 'larangan-4'],
  ['Mahasiswa dari timur sana kulit gelap rambut keriting susah diatur, pulangin aja', 'larangan-4'],
  ['Jangan belanja di toko yang tiap Imlek pasang lampion, duitnya buat kaum mereka. Boikot!', 'larangan-4'],
  ['Inget partai banteng pas nyoblos 2029 ya rekan2 😉', 'larangan-4'],
  ['Naik pangkat cepat? siapin amplop buat tim penilai, semua juga gitu', 'etika-2'],
  ['Danki nampar anggota di depan barisan gara2 telat', 'larangan-2'],
  // Rounds 245–253.
  ["Kajian rutin tadi bagus. Tapi jabatan penting jangan sampai dipegang orang 'sebelah', mayoritas kita harus dijaga", 'larangan-4'],
  ["Kos-kosanku ojo disewakno nang arek 'pulau sebelah', wis ngerti kelakuane", 'larangan-4'],
  ['Orang Batak iku bawaan lahir ngegas kabeh', 'larangan-4'],
  ["PKL anyar kudu setor 'uang keamanan' 15rb per dino nang aku", 'etika-2'],
  ['Aturan anyar Dandim iku zalim temen, mbok yo mikir anggota', 'larangan-1'],
  ['Senin subuh siji SSK budal nang Jember numpak truk, 2 wulan', 'larangan-5'],
  ['Bengi iki kumpul nang alun-alun, wingi arek2 dikeroyok, saiki gantian, gowo perlengkapan', 'larangan-3'],
  ['Tukin ditunda lagi, mantap sekali #TolakPenundaanTukin', 'larangan-1'],
  // Rounds 254–262.
  ["Rendang tak bagi sak asrama, kecuali omah sing 'beda' iku, najis", 'larangan-4'],
  ['Ojo tuku nang toko sing matane sipit, awake dewe mung dadi babu', 'larangan-4'],
  ['Pak calon mampir kampung, aku pose 2 jari ✌️ moga jadi ya pak', 'larangan-4'],
  ['Bendahara masjid iku maling, duit infaq dipangan dewe', 'etika-7'],
  ['Hungover af, 10 shots of tequila last night at the asrama', 'etika-4'],
  ['Spent the afternoon at the mall, back in time for clock-out lol', 'etika-5'],
]

describe('what the held-out rounds missed', () => {
  for (const [text, item] of MISSED) {
    it(text, () => {
      expect(checker.check(text).filter((f) => f.severity !== 'info' && f.refs.includes(item)).length).toBeGreaterThan(0);
    });
  }
});
