/**
 * Shared vocabularies that rules combine (`@name`). A word ending in `*` also matches its affixed
 * forms; other words match with clitics (-nya, -lah, -mu). Write surface forms: a stemmer would turn
 * kebijakan into bijak and pertahanan into tahan (shared/guideline.md).
 */
export const CONCEPTS = {
  negation: ['tidak', 'jangan', 'bukan', 'tanpa', 'stop', 'hindari*', 'dilarang', 'larang*', 'jauhi', 'anti', 'tidak boleh', 'tidak usah', 'tolak', 'tolong jangan', 'mohon jangan', 'bukannya', 'belum tentu', 'waspadai'],

  /** After a negator these limit rather than deny: "jangan cuma", "bukan hanya". */
  only: ['cuma', 'hanya', 'sekadar', 'doang', 'melulu'],

  you: ['kamu', 'kalian', 'kau', 'anda', 'dia', 'mereka', 'situ', 'elo', 'lo'],
  /** Only the person spoken to: mild words said of "dia" are too often praise or description. */
  'you-direct': ['kamu', 'kalian', 'kau', 'anda', 'situ', 'elo', 'lo'],
  'insult-context': ['si', 'bilang', 'ngatain', 'dikatain', 'mengatai', 'dibilang', 'disebut', 'namanya', 'dasar', 'seperti', 'muka', 'otak', 'mulut', 'kelakuan', 'dasar kau', 'emang', 'memang', 'sok', 'anak', 'keturunan'],

  // ——— larangan-1: policy and leaders ———
  'policy': [
    'bansos', 'program bansos',
    'anggaran alutsista', 'anggaran pertahanan', 'anggaran',
    'duit negara', 'uang negara', 'anggaran negara', 'proyek pemerintah', 'program nasional', 'proyek strategis', 'food estate', 'cetak sawah',
    'kebijakan', 'aturan', 'peraturan', 'keputusan', 'instruksi', 'perintah', 'surat edaran', 'program pemerintah', 'regulasi',
    'undang-undang', 'uu', 'ruu', 'perpres', 'perppu', 'permen', 'pp', 'perda', 'omnibus law', 'tapera', 'iuran tapera', 'pajak', 'ppn',
    'kenaikan bbm', 'harga bbm', 'kenaikan harga', 'pemotongan anggaran', 'efisiensi anggaran', 'pembatasan', 'larangan mudik',
    'rencana pemindahan', 'pemindahan markas', 'relokasi markas', 'keputusan pimpinan', 'larangan', 'larangan jualan', 'larangan berjualan', 'penertiban pkl',
    'kereta cepat', 'proyek kereta cepat', 'ikn', 'ibu kota baru', 'proyek ikn', 'proyek strategis nasional', 'psn',
    'iuran', 'iuran wajib', 'pungutan', 'retribusi', 'wajib lapor harta', 'lhkpn', 'lhkasn',
    'harga gas', 'gas melon', 'elpiji', 'lpg', 'naikin harga', 'menaikkan harga', 'harga naik', 'harga dinaikkan',
    'ruu tni', 'uu tni', 'uu cipta kerja', 'cipta kerja', 'makan bergizi gratis', 'mbg', 'iuran bpjs', 'tunjangan kinerja',
  ],
  /** Policies, and topics that are policy when judged ("impor beras ngawur") but not when refused ("pemerintah menolak impor beras"). */
  'policy-judged': ['@policy', 'utang negara', 'utang luar negeri', 'impor beras', 'impor garam', 'impor gula', 'impor'],
  leader: [
    'presiden', 'wapres', 'wakil presiden', 'menteri', 'menhan', 'menkeu', 'mendagri', 'menpan', 'panglima', 'panglima tni', 'kasad', 'kasal', 'kasau',
    'pangdam', 'pangkostrad', 'danrem', 'dandim', 'danramil', 'danyon', 'danki', 'komandan', 'pimpinan', 'pimpinan tni', 'atasan', 'jenderal',
    'pemerintah', 'pemerintahan', 'pemda', 'pemkab', 'pemkot', 'pemprov', 'pemerintah pusat', 'orang pusat', 'pejabat pusat', 'kemendagri', 'kemenkeu', 'kemenhan', 'kemensos', 'mabes', 'mabes tni', 'mabesad', 'kemhan', 'kementerian',
    // Today's top office holders by name (a unit adds its own leaders as watch terms).
    'kasdim', 'kasrem', 'kasdam', 'dansat',
    'orang senayan', 'bapak-bapak di senayan', 'wakil rakyat di senayan', 'pejabat senayan',
    'yang mutusin', 'yang memutuskan', 'yang bikin aturan', 'yang membuat aturan', 'pembuat kebijakan', 'pengambil kebijakan', 'yang di atas', 'orang atas',
    'bkn', 'kemenpan', 'kemenpan-rb', 'kemenpanrb', 'bkd', 'bkpsdm',
    'prabowo', 'pak prabowo', 'gibran', 'mas gibran', 'wowo', 'fufufafa',
    'pemimpin', 'pemimpin sekarang', 'pemimpin negeri', 'istana', 'gubernur', 'bupati', 'walikota', 'wali kota', 'kepala daerah', 'kapolri', 'kapolda', 'kapolres', 'penguasa', 'rezim', 'pejabat', 'elite', 'elit', 'dpr', 'dprd', 'wakil rakyat',
  ],
  'reject-verb': [
    'tolak*', 'boikot*', 'lawan*', 'protes*', 'batalkan', 'dibatalkan', 'cabut kebijakan', 'hapuskan', 'kecam*', 'gugat*', 'demo', 'demoin', 'mendemo', 'demokan', 'turunkan', 'lengserkan', 'gulingkan', 'makzulkan', 'bubarkan',
    'tidak setuju', 'tidak terima', 'tidak sudi', 'ogah', 'muak', 'benci',
    'tolak keras', 'menolak keras', 'menolak mentah-mentah', 'tidak akan tunduk', 'jangan tunduk', 'tuntut mundur', 'menuntut mundur', 'desak mundur', 'mendesak mundur', 'ganti rezim',
    'menentang', 'ditentang', 'penentangan', 'perlawanan', 'mogok', 'mogok kerja', 'mosi tidak percaya', 'turun ke jalan', 'geruduk', 'kepung', 'emoh', 'wegah', 'ora sudi', 'jangan patuh', 'jangan ikuti', 'jangan mau ikut', 'tidak usah patuh', 'tidak usah ikut',
    'tidak usah manut', 'jangan manut', 'ora manut', 'tidak usah nurut', 'jangan nurut', 'tidak usah dituruti', 'jangan dituruti', 'tidak usah dipatuhi', 'jangan dipatuhi',
    'tidak usah bayar', 'jangan mau bayar', 'ogah bayar', 'bangkang*', 'abaikan saja',
  ],
  'reject-judgement': [
    'ngawur', 'zalim', 'zolim', 'dzolim', 'dzalim', 'tidak adil', 'kacau', 'kacau balau', 'aneh', 'gagal', 'payah', 'ngaco', 'asal-asalan', 'asal asalan', 'tidak becus', 'tidak mampu memimpin', 'tidak mampu bekerja', 'tidak mampu mengurus', 'tidak mampu apa-apa',
    'tidak paham', 'tidak mengerti', 'tidak ngerti', 'tidak pro rakyat', 'tidak berpihak', 'semena-mena', 'sewenang-wenang', 'otoriter', 'diktator', 'tirani', 'omong kosong', 'pencitraan',
    'pembohong', 'bohong', 'pengkhianat', 'khianat', 'menyengsarakan', 'sengsara', 'mencekik', 'mencekik rakyat', 'merugikan rakyat', 'bikin susah', 'bikin rakyat susah', 'bikin sengsara', 'rakyat susah', 'rakyat menderita',
    'tidak masuk akal', 'konyol', 'bodoh', 'goblok', 'tolol', 'dungu', 'sampah', 'busuk', 'bobrok', 'brengsek', 'biadab', 'tidak jelas', 'buat apa', 'untuk apa', 'apa gunanya', 'cuma bisa', 'hanya bisa',
    'akal bulus', 'salah sasaran', 'tidak tepat sasaran', 'kecewa', 'tidak memikirkan', 'bangkrut', 'bikin bangkrut', 'gulung tikar', 'mematikan usaha', 'sok disiplin', 'sok kuasa', 'sok', 'stres', 'bikin stres', 'penjajah', 'diperas', 'memeras',
    'sama saja dengan penjajah', 'cuci tangan', 'lepas tangan', 'harus bertanggung jawab', 'lebay', 'tidak penting', 'becus', 'kalau becus', 'dicopot', 'harus dicopot', 'copot saja', 'nol besar', 'kerjanya nol', 'melemahkan', 'bikin lemah', 'dipangkas',
    'omdo', 'lelet', 'lamban', 'janji doang', 'cuma janji', 'tidak pernah mendengar', 'tidak mendengar', 'tutup telinga', 'di atas meja', 'semaunya', 'semaunya sendiri', 'sesukanya', 'seenaknya sendiri', 'bunuh petani', 'membunuh petani', 'mematikan petani', 'bunuh rakyat', 'membunuh rakyat',
    'tersiksa', 'menyiksa', 'tolong dihapus', 'hapus saja', 'mengorbankan rakyat', 'mengorbankan', 'demi investor', 'pro investor', 'akal-akalan', 'cari duit', 'cari untung', 'memeras rakyat', 'pemerasan', 'diam saja', 'tidak peduli', 'masa bodoh', 'mati pelan-pelan', 'rakyat kecil mati',
    'menguntungkan oligarki', 'oligarki', 'tumbal', 'rakyat jadi tumbal', 'boneka asing', 'antek asing', 'merugikan', 'harus dicabut', 'cabut saja', 'tidak manusiawi', 'memberatkan', 'menyusahkan', 'menindas', 'seenaknya', 'seenak jidat', 'seenak perut', 'tanpa mikir',
    'tidak mikir', 'buang-buang duit', 'buang-buang uang', 'buang-buang anggaran', 'pemborosan', 'amburadul', 'berantakan', 'tidak profesional', 'omong doang', 'janji palsu', 'pembodohan',
    // Judgements of an agent (not of a thing: "rusak", "parah" also describe roads and floods).
    'memiskinkan', 'pemiskinan', 'membebani', 'membebani rakyat', 'beban rakyat', 'anti rakyat', 'antirakyat', 'melukai rakyat', 'menyakiti rakyat', 'menyakiti hati rakyat', 'mengkhianati rakyat', 'pengkhianatan',
    'gagal total', 'blunder', 'keblinger', 'salah kaprah', 'asal jadi', 'asal bunyi', 'asbun', 'cari muka', 'cari panggung', 'cari sensasi', 'sandiwara', 'panggung sandiwara', 'dagelan', 'bahan tertawaan', 'bikin malu', 'mempermalukan',
    'tidak tahu malu', 'muka tembok', 'rakus', 'serakah', 'tamak', 'korup', 'koruptif', 'garong', 'merampok rakyat', 'perampok', 'lintah darat', 'menghisap darah rakyat', 'pemeras', 'makan uang rakyat', 'makan duit rakyat', 'foya-foya',
    'menghamburkan', 'hambur-hamburkan', 'boros', 'bancakan', 'dibancak', 'pesanan oligarki', 'kebijakan pesanan', 'tidak transparan', 'main belakang', 'licik', 'culas', 'curang', 'abal-abal', 'setengah hati', 'tebang pilih', 'diskriminatif',
    'represif', 'membungkam', 'pembungkaman', 'anti kritik', 'antikritik', 'alergi kritik', 'tidak punya hati', 'tidak berperasaan', 'tidak punya empati', 'pura-pura buta', 'pura-pura tuli', 'munafik', 'penipu', 'menipu rakyat', 'membohongi rakyat',
    'bohongi rakyat', 'pemberi harapan palsu', 'harapan palsu', 'janji manis', 'ingkar janji', 'mengingkari janji', 'lupa janji', 'kacangan', 'murahan', 'kampungan', 'macan ompong', 'macan kertas', 'tidak bertaji', 'pengecut', 'cemen',
    'pekok', 'bego', 'bloon', 'geblek', 'ngapusi', 'tukang ngapusi', 'mbujuki', 'ora becus', 'ra becus', 'ora mutu', 'ra mutu', 'tidak bermutu', 'ora nggenah', 'ra nggenah', 'sak karepe dewe', 'sakkarepe dewe', 'karepe dewe', 'sakenake dewe',
    'semau gue', 'semau gw', 'ngelunjak', 'kebangetan', 'keterlaluan', 'kelewatan', 'perusak', 'menghancurkan', 'menghancurkan rakyat', 'merusak negara', 'merusak bangsa', 'menjual negara', 'jual negara', 'menggadaikan negara',
    'lembek', 'kalah sama ormas', 'kalah dengan ormas', 'kerupuk kena air', 'tidak memanusiakan', 'tidak memanusiakan manusia',
    'makin menggunung', 'menggunung', 'disuruh bangga', 'rakyat disuruh', 'cuma tahu marah', 'bisanya marah', 'tahunya marah', 'yang sekarang cuma', 'potong libur', 'cuma berlaku buat', 'hanya berlaku untuk rakyat', 'pejabat bebas', 'pejabat kebal',
    'sok pintar', 'sok pinter', 'sok tahu', 'sok jago', 'bikin utang', 'manfaatnya nol', 'padahal di pasar', 'semua pada ngeluh', 'rakyat pada ngeluh',
    'bela kepentingan sendiri', 'kepentingan sendiri', 'kepentingan pribadi', 'kepentingan golongan', 'digaji rakyat tapi', 'tidak pakai otak', 'tanpa otak', 'tidak pakai logika', 'tidak pakai hati', 'yang punya duit bisa', 'sementara yang punya duit', 'yang kaya didahulukan', 'orang berduit',
    'megap-megap', 'bikin megap-megap', 'tidak ngerasain', 'tidak merasakan',
    'adil dari mana', 'disuruh hemat', 'rakyat disuruh hemat', 'pesta pora',
    'yang nikmati pejabat', 'pejabat yang nikmati', 'rakyat yang bayar', 'yang bayar rakyat', 'yang bayar anak cucu', 'sungguh terlalu', 'jahat',
    'baliho wajah sendiri', 'wajah sendiri di mana-mana', 'narsis',
    'kecuali gaji', 'serba naik', 'semua serba naik', 'hobinya studi banding', 'hobi studi banding', 'cuma foto-foto', 'hasilnya cuma',
    'nyekik', 'nyekik rakyat', 'malah nyekik', 'ngakunya pro rakyat', 'ngaku pro rakyat', 'katanya pro rakyat', 'cuma hebat di', 'hebat di podium', 'jago di podium', 'di lapangan nol', 'lapangan nol',
    'cuma senyum', 'cuma senyum-senyum', 'apa-apaan', 'penakut', 'tidak berani membela', 'tidak pernah membela', 'cari aman', 'cari aman sendiri', 'lempar anak buah', 'korbankan anak buah', 'mengorbankan anak buah',
    'tidak pernah belajar', 'tidak belajar dari pengalaman', 'tiap tahun cuma janji', 'cocok jadi pelawak', 'jadi pelawak', 'ngasal', 'asal ngomong', 'omongannya ngasal', 'tega bener', 'tega betul', 'mematikan rezeki', 'matikan rezeki', 'mematikan rejeki', 'mematikan pedagang kecil',
    'sesuka hati', 'seenak hati', 'sekehendak hati', 'pesawat bekas', 'alutsista bekas', 'beli bekas', 'malu-maluin', 'malu maluin', 'sibuk keliling', 'keliling luar negeri', 'jalan-jalan ke luar negeri', 'plesiran ke luar negeri', 'dibiarkan', 'dibiarkan saja', 'dibiarkan begitu saja', 'cuma bisa nyuruh', 'bisanya nyuruh',
    'cuma bikin', 'tidak pernah merasakan', 'tidak pernah ngerasain', 'tidak pernah ngantre', 'antrean makin panjang',
    'ganti pejabat ganti aturan', 'ganti menteri ganti kebijakan', 'ganti menteri ganti kurikulum', 'yang jadi korban', 'selalu jadi korban', 'kami yang di bawah', 'ngawang', 'mengawang-awang', 'tidak membumi',
    'tidak diajak ngomong', 'rakyat tidak diajak', 'tidak melibatkan rakyat', 'tanpa melibatkan rakyat', 'rasa penguasa', 'kejar tayang', 'ugal-ugalan', 'uu kilat', 'disahkan diam-diam', 'sahkan diam-diam', 'kebut semalam',
    'terlalu dekat sama politik', 'terlalu dekat dengan politik', 'main politik', 'bermain politik', 'bikin bingung', 'jadi bingung',
    'negara macam apa', 'negeri macam apa', 'pemerintah macam apa', 'pemimpin macam apa', 'ngapain ngurusin', 'ngurusin gaya', 'urus tuh', 'urusin tuh', 'mending urus', 'mending ngurus', 'ngapain sih',
    'kompak diam', 'diam waktu rakyat', 'diam ketika rakyat', 'diam saat rakyat', 'rakyat digusur', 'buat apa ada',
    'plesiran', 'pakai duit rakyat', 'pakai uang rakyat', 'pake duit rakyat', 'gimana mau maju', 'bagaimana mau maju', 'mikirin proyek', 'cuma mikirin', 'rakyat ditinggal', 'rakyat ditinggalkan', 'rakyat dilupakan', 'isinya orang-orang',
    'tambal sulam', 'solusi tambal sulam', 'kok cuma', 'cuma bansos', 'bansos terus', 'tidak beres-beres', 'alergi sama kritik', 'alergi dengan kritik', 'alergi terhadap kritik', 'dipolisikan', 'langsung dipolisikan', 'dibungkam',
    'kayak tahanan', 'seperti tahanan', 'kayak penjara', 'seperti penjara', 'kayak budak', 'seperti budak', 'kayak robot',
    'mau dibawa ke mana', 'dibawa ke mana', 'bikin geleng-geleng', 'geleng-geleng kepala', 'bikin geleng kepala', 'nutup mata', 'tutup mata', 'menutup mata', 'kerja woi', 'kerja woy', 'kerja dong', 'mana kerjanya', 'mana hasilnya', 'mana janjinya',
    'penyiksaan', 'bukan pembinaan', 'balik meja', 'ruang ber-ac', 'ber-ac',
    'mending pensiun', 'pensiun saja', 'pensiun dini saja', 'mending mundur', 'mending berhenti', 'bikin prajurit susah', 'bikin anggota susah', 'bikin pegawai susah', 'bagi-bagi proyek', 'bagi-bagi kue', 'kroni', 'untuk kroni', 'proyek kroni', 'lauk seadanya',
    'tidak tahu diri', 'jangan hanya diam', 'hanya diam saja', 'bubarkan saja', 'harus dibubarkan', 'dibubarkan saja', 'pemecah belah', 'pemecah belah bangsa', 'tidak berkualitas', 'kinerja buruk', 'kinerjanya buruk', 'kinerja jeblok', 'rezim gila',
    'kontra rakyat', 'tidak punya pikiran', 'tidak ada artinya', 'tidak bisa mengurus', 'tidak bisa ngurus', 'jangan dipilih lagi', 'terkorup', 'kumpulan maling', 'sarang maling', 'maling semua', 'hancur gara-gara', 'petugas partai', 'jadi boneka', 'cuma boneka',
    'boneka partai', 'boneka oligarki', 'sontoloyo', 'tua bangka', 'pencitraan doang', 'pencitraan terus', 'menyesal pilih', 'menyesal memilih', 'saya tidak suka', 'aku tidak suka', 'gue tidak suka', 'kerjanya tidak benar', 'kerja tidak benar', 'tidak bisa apa-apa',
    'tidak bisa ngapa-ngapain', 'negeri bancakan', 'negeri bancaan', 'tangan kotor', 'dholim', 'dhalim', 'zholim',
    'cuma proyek', 'proyek mercusuar', 'mercusuar', 'hasilnya nihil', 'hasilnya nol', 'jago janji', 'cuma jago', 'jago ngomong', 'jago bicara', 'hilang entah ke mana', 'menghilang setelah terpilih', 'hilang setelah terpilih',
    'sudah saatnya diganti', 'harus diganti', 'diganti saja', 'ganti saja', 'bikin ambruk', 'ekonomi ambruk', 'ekonomi hancur', 'hancurkan ekonomi', 'menghancurkan ekonomi', 'kebijakannya asal', 'asal bikin', 'asal buat',
    'tidak logis', 'tidak rasional', 'irasional', 'tak masuk nalar', 'tidak masuk nalar', 'sesat pikir', 'salah arah', 'kebablasan', 'kelewat batas', 'melampaui batas', 'menginjak-injak', 'menginjak rakyat', 'merampas hak', 'merampas hak rakyat',
    'mengkhianati', 'tidak amanah', 'tak amanah', 'tidak kompeten', 'inkompeten', 'amatir', 'amatiran', 'kelas teri', 'halu', 'mengada-ada', 'mengada ada', 'bikin gaduh', 'memecah belah', 'adu domba', 'mengadu domba', 'bullshit',
    'membual', 'bualan', 'dusta', 'pendusta', 'berdusta', 'ngibulin', 'tipu-tipu', 'menipu', 'membodohi', 'membodohi rakyat', 'mempermainkan rakyat', 'mencla-mencle', 'mencla mencle', 'esuk dele sore tempe', 'isuk dele sore tempe',
    'kambing hitam', 'mengkambinghitamkan', 'lempar tanggung jawab', 'buang badan', 'tidak bertanggung jawab', 'lari dari tanggung jawab', 'pura-pura peduli', 'sok peduli', 'sok merakyat', 'sok bersih', 'gimik', 'gimmick', 'settingan', 'setingan',
    'direkayasa', 'hasil rekayasa', 'penyalahgunaan wewenang', 'sewenang', 'kriminalisasi', 'mengkriminalisasi', 'tidak beradab', 'tak beradab', 'tidak bermoral', 'amoral', 'mental korup', 'bermental korup', 'enak zamanku', 'zaman dulu lebih baik', 'kemunduran',
    'makin kacau', 'makin hancur', 'makin bobrok', 'makin ngawur', 'makin ngaco', 'makin aneh', 'tambah aneh', 'tambah kacau', 'tambah susah', 'bikin rugi', 'bikin miskin', 'bikin melarat', 'bikin menderita', 'menjerat rakyat', 'memalak', 'malak rakyat',
    'lebih peduli investor', 'peduli investor', 'peduli pengusaha', 'peduli asing', 'peduli konglomerat', 'daripada rakyat', 'daripada nelayan', 'daripada petani', 'daripada buruh', 'daripada rakyat kecil', 'daripada wong cilik', 'membela investor', 'membela konglomerat', 'membela pengusaha', 'antek pengusaha',
    'arogan', 'sombong', 'angkuh', 'tidak mau dengar', 'tidak mau mendengar', 'tidak mau dengar masukan', 'anti masukan', 'tidak mau dikritik', 'gila hormat', 'haus kekuasaan', 'gila jabatan', 'gila kuasa', 'haus jabatan', 'feodal',
    'bikin males', 'bikin malas', 'mending dihapus', 'sebaiknya dihapus', 'lebih baik dihapus', 'mending dibubarkan', 'tidak ada gunanya', 'mau makan apa', 'rakyat mau makan apa', 'petani mau makan apa',
    'kerjanya cuma', 'kerjanya hanya', 'bisanya cuma', 'potong pita', 'cuma potong pita', 'tidak pernah beres', 'tidak beres', 'tidak ada hasilnya', 'tidak ada tindakan', 'tanpa aksi', 'nol aksi', 'sak karepe', 'sakarepe', 'sak karepe dhewe', 'karepe dhewe', 'sak enake', 'sakenake',
    'ribet', 'tambah ribet', 'makin ribet', 'bikin ribet', 'merepotkan', 'bikin repot', 'tidak pernah turun ke lapangan', 'tidak tahu lapangan', 'tidak tahu kondisi lapangan', 'tidak pernah turun', 'menara gading',
    'lebih sibuk', 'sibuk sendiri', 'sibuk pencitraan', 'ngurus keluarga', 'urus keluarga', 'ngurus keluarganya', 'politik dinasti', 'dinasti', 'nepotisme', 'mementingkan diri sendiri', 'mementingkan keluarga', 'mementingkan golongan', 'mementingkan partai',
    'lupa rakyat', 'lupa sama rakyat', 'lupa dengan rakyat', 'tidak punya nurani', 'tak punya nurani', 'tanpa nurani', 'tidak berhati nurani', 'hati nuraninya', 'mati rasa', 'tidak punya malu',
    'kok tega', 'tega sekali', 'tega banget', 'sungguh tega', 'tega-teganya', 'makin tercekik', 'rakyat tercekik', 'tercekik harga', 'mencekik leher', 'nyusahin', 'nyusahkan', 'disusahkan', 'rongsokan', 'barang rongsokan', 'besi tua', 'omongane thok', 'omong thok', 'omong tok', 'ngomong thok', 'ngomong tok', 'omongan thok', 'janji thok', 'janji tok',
    'wong cilik susah', 'rakyat cilik susah', 'makin susah', 'makin sengsara', 'makin melarat', 'makin miskin',
    'tidak berguna', 'percuma', 'mundur saja', 'mundur', 'turun saja', 'lengser', 'memalukan', 'memuakkan', 'sesat', 'menyesatkan', 'ngibul', 'plin-plan', 'plinplan', 'lalim', 'kejam',
  ],
  /** Whose policy it is when it is not the government's: shops, apps, banks, games. */
  'platform-policy': [
    'kebijakan privasi', 'privasi', 'toko', 'toko online', 'olshop', 'online shop', 'pengembalian barang', 'refund', 'retur', 'shopee', 'tokopedia', 'lazada', 'bank', 'asuransi',
    'perusahaan', 'kantor pos', 'ekspedisi', 'kurir', 'sekolah anak', 'kebijakan kantor', 'game', 'gim', 'netflix', 'spotify', 'youtube', 'instagram', 'facebook', 'tiktok', 'kebijakan komunitas',
  ],
  'policy-neutral-context': ['@leader-neutral-context', '@platform-policy'],
  /** Sports, idioms and rubbish collection: "tolak angin", "rezim diet", "iuran sampah". */
  'leader-neutral-context': [ 'rezim kecil', 'rezim emak', 'rezim mama', 'rezim ibu', 'rezim istri', 'rezim rumah',
    'berenang', 'tanding', 'bertanding', 'lomba', 'pertandingan', 'skor', 'final', 'babak', 'catur', 'badminton', 'voli', 'sepak bola',
    'iuran sampah', 'buang sampah', 'bank sampah', 'tempat sampah', 'sampah plastik', 'truk sampah', 'sampah rumah tangga', 'sampah organik', 'pengelolaan sampah', 'sampah menumpuk', 'angkut sampah', 'pengangkutan sampah', 'pengangkut sampah', 'armada sampah', 'tpa', 'sampah kota', 'retribusi sampah',
    'tolak angin', 'tolak bala', 'tolak ukur', 'tolok ukur', 'rezim latihan', 'rezim diet', 'aneh tapi nyata', 'menolak lupa', 'menolak tua', 'mundur teratur', 'maju mundur',
  ],

  // ——— larangan-2: the unit's internal matters ———
  'own-unit': [ 'yang di atas', 'yang diatas', 'orang atas', 'petinggi', 'para petinggi',
    'kompi kita', 'batalyon kita', 'yon kita', 'koramil kita', 'kodim kita', 'satuan kami', 'satuan kita', 'satuan saya', 'kesatuan kami', 'kesatuan kita', 'kesatuan saya', 'di satuan', 'di kesatuan', 'batalyon kami', 'yon kami', 'kompi kami', 'kodim kami',
    'bagian personel', 'bagian pers', 'bagian kepegawaian',
    'bagian keuangan', 'bendahara kami', 'bendahara satuan', 'bendahara kantor', 'juru bayar', 'jurbay', 'bagian personalia', 'staf keuangan',
    'rumah dinas', 'kompleks kami', 'komplek kami', 'perumahan dinas',
    'kompi', 'peleton', 'kodim', 'koramil', 'korem', 'kodam', 'yonif', 'batalyon', 'denma', 'rindam',
    'yonif kami', 'yonif kita', 'ramil kami', 'korem kita', 'kodam kami', 'kodam kita', 'denpom kami', 'satker kami', 'satker kita', 'opd kami', 'kecamatan kami', 'kelurahan kami', 'puskesmas kami', 'sekolah kami',
    'koramil kami', 'korem kami', 'dinas kami', 'dinas kita', 'kantor kami', 'kantor kita', 'kantor saya', 'instansi kami', 'instansi kita', 'instansi saya', 'markas', 'asrama', 'mess', 'ksatrian',
    'komandan kami', 'atasan kami', 'atasan saya', 'pimpinan kami', 'pimpinan kita', 'pimpinan', 'kepala dinas', 'kepala dinasnya', 'kadis', 'anggota kami', 'prajurit kami', 'rekan satu kompi',
    'di dalam', 'internal', 'di dinas', 'di kantor', 'di instansi', 'di kodim', 'di koramil', 'di batalyon', 'di yon', 'di kompi', 'di markas', 'unit kami', 'unit kerja', 'bagian kami', 'seksi kami', 'rekan kerja', 'senior', 'junior', 'perwira', 'bintara', 'tamtama', 'honorer', 'pegawai', 'pns', 'asn',
  ],
  'internal-problem': [
    'fiktif', 'spj fiktif', 'perjalanan dinas fiktif', 'disuruh ngarahin', 'diarahkan nyoblos', 'dipake istri', 'dipakai istri', 'dipotong terus',
    'potong gaji', 'gaji dipotong', 'potongan gaji', 'pemotongan gaji', 'gaji disunat', 'disunat', 'uang makan dipotong', 'uang lauk pauk', 'ulp dipotong', 'jatah makan', 'ransum dikurangi',
    'tunjangan dipotong', 'tunjangan belum cair', 'gaji belum cair', 'belum cair', 'belum dibayar', 'tidak dibayar', 'tidak digaji', 'gaji telat', 'honor belum', 'uang lembur',
    'narkoba', 'sabu', 'sabu-sabu', 'positif narkoba', 'pakai narkoba', 'ganja', 'pesta narkoba', 'kekerasan', 'dipukul', 'dipukuli', 'dihajar', 'dianiaya', 'penganiayaan', 'pemukulan', 'saling pukul',
    'mukulin', 'memukuli', 'dipukuli', 'memukul', 'gebukin', 'digebukin', 'nampar', 'menampar', 'ditampar', 'ditendang', 'disiksa', 'penyiksaan', 'perploncoan', 'bullying', 'dibully', 'perundungan', 'selingkuh', 'perselingkuhan', 'terlilit pinjol', 'pinjol', 'utang', 'hutang', 'judi online', 'korupsi anggaran', 'anggaran fiktif',
    'kerja sampingan', 'debt collector', 'tahu tapi diam', 'dirahasiakan', 'dibawa lari', 'dibawa kabur', 'bawa lari uang', 'tidak peduli', 'air mati', 'listrik mati', 'terlibat', 'illegal logging', 'dilindungi atasan', 'dilindungi', 'dibekingi', 'beking', 'basi', 'makanan basi', 'percuma dilaporkan', 'dilaporkan pun percuma', 'dijual', 'sering dijual', 'uang kas', 'pakai uang kas', 'buat pribadi', 'untuk pribadi', 'cerita dari dalam', 'tidak pernah masuk', 'gaji jalan terus', 'makan gaji buta', 'oknum', 'narik ojek', 'mabuk', 'mabuk-mabukan', 'pura-pura tidak tahu', 'pura pura tidak tahu', 'minta jatah', 'jatah dari gaji', 'minta uang', 'tidak adil', 'pilih kasih', 'nepotisme', 'dekat pimpinan', 'jual bbm', 'menjual bbm', 'jual amunisi', 'jual senjata', 'ketahuan', 'tidak pernah ditanggapi', 'tidak ditanggapi', 'diabaikan', 'tidak diperbaiki', 'dibiarkan rusak', 'dikorupsi', 'korupsi', 'dikorup', 'digelapkan', 'penggelapan', 'dicuri', 'kegiatan fiktif', 'spj fiktif', 'fiktif', 'dibuat-buat', 'di-mark up', 'mark up', 'markup', 'mobil dinas dipakai', 'desersi', 'kabur dari satuan', 'bunuh diri', 'konflik internal', 'cekcok', 'tawuran', 'mutasi paksa',
    'bayar sendiri', 'berobat bayar sendiri', 'berobatnya bayar sendiri', 'belum diurus', 'tidak diurus',
    'tidak mau setor', 'ditahan karena',
    'kabur', 'hilang dua minggu', 'dililit utang', 'kabur karena', 'mobil pribadi danramil', 'mobil pribadi komandan', 'dipakai buat bensin', 'bensin mobil pribadi',
    'nyuruh junior bayarin', 'bayarin rokok', 'dihukum push up', 'kalau nolak dihukum', 'suruh junior',
    'yang dekat sama', 'tugas enak', 'dapat tugas enak', 'dibuang ke', 'anak kesayangan',
    'tidak bisa jalan', 'onderdil tidak pernah datang', 'suku cadang tidak ada', 'onderdil tidak ada',
    'dijual-belikan', 'diperjualbelikan', 'dijual diam-diam', 'ditahan polisi', 'ditangkap polisi', 'berurusan dengan polisi', 'kasus penipuan', 'berusaha menutupi', 'menutupi kasus', 'menutup-nutupi',
    'jual jatah', 'jual jatah bensin', 'jual bensin', 'hasilnya dibagi', 'dibagi sama atasan', 'dibagi dengan atasan', 'atapnya bocor', 'atap bocor', 'berlumut', 'sudah dilaporkan berkali-kali', 'dilaporkan berkali-kali', 'lapor berkali-kali',
    'pinjam uang junior', 'tidak pernah dikembalikan', 'takut melapor', 'takut lapor',
    'dimintai sumbangan', 'dimintai iuran', 'diminta sumbangan', 'sumbangan paksa', 'ulang tahun istri komandan', 'acara istri komandan', 'patungan untuk atasan', 'laporannya bilang aman', 'asal bapak senang', 'rusak setengah', 'kemasukan tikus', 'stok rusak', 'beras rusak',
    'rumah pribadi komandan', 'kerja bakti di rumah', 'disuruh kerja bakti', 'rumah pribadi pimpinan', 'urusan pribadi komandan', 'katanya pembinaan', 'tidak ada bbm', 'bbm tidak ada', 'tidak ada bensin', 'pakai motor pribadi', 'pakai uang pribadi', 'pakai uang sendiri', 'biaya sendiri', 'modal sendiri',
    'tanpa uang lembur', 'dipaksa piket', 'dipaksa', 'takut dimutasi', 'takut dipindah', 'mau protes takut', 'diancam mutasi', 'ancam dimutasi',
    'keributan', 'keributan antar anggota', 'ribut antar anggota', 'perkelahian', 'berkelahi', 'masuk rumah sakit', 'disuruh bilang',
    'dikuasai istri pejabat', 'dikuasai istri', 'dimonopoli', 'tidak bisa protes', 'dinaikkan seenaknya',
    'sibuk rapat', 'pimpinan sibuk',
    'marah-marah', 'sampai nangis', 'staf nangis', 'resign', 'mengundurkan diri', 'tidak betah', 'toxic', 'dibentak', 'membentak', 'dimaki', 'dimaki-maki', 'selalu kurang',
    'harus setor', 'setor dulu', 'setor ke atasan', 'wajib setor', 'biar izinnya lancar', 'uang izin', 'bayar izin', 'mogok sebulan', 'truk mogok', 'kendaraan mogok', 'tidak ada anggaran', 'anggaran tidak ada', 'anggarannya tidak ada', 'katanya tidak ada anggaran',
    'potongan koperasi', 'dipotong koperasi', 'potongan wajib', 'iuran paksa', 'dipalak', 'dipalak senior', 'setoran ke senior', 'uang pembinaan', 'hukuman fisik', 'dihukum fisik', 'push up sampai pingsan', 'jatah libur dipotong', 'cuti dipersulit', 'izin dipersulit', 'dipersulit',
    'anak emas', 'dianakemaskan', 'dianaktirikan', 'anak tiri', 'kerja rodi', 'lembur tanpa bayar', 'lembur tidak dibayar', 'dijadikan pembantu', 'dijadikan sopir pribadi', 'sopir pribadi istri', 'senjata rusak', 'senjata macet', 'anggaran habis', 'kas kosong', 'koperasi bangkrut', 'dana koperasi', 'uang koperasi', 'pensiun belum cair', 'tunggakan', 'menunggak',
    'tidak pernah diperbaiki', 'tidak pernah direspons', 'tidak pernah direspon', 'tidak pernah diurus', 'diajukan berkali-kali', 'rusak semua', 'bocor semua', 'tidak layak huni',
    'tidak ada tindakan', 'tidak ada tindak lanjut', 'sudah lapor tapi', 'lapor tapi tidak', 'berkutu', 'tidak layak makan',
    'tutup mata', 'dibiarkan', 'didiamkan', 'ditutupi', 'ditutup-tutupi', 'pungli', 'setoran', 'jual beli jabatan', 'pelecehan', 'pelecehan seksual', 'dilecehkan', 'heboh satu asrama',
  ],
  /** A problem told as fixed: "yang dulu atapnya bocor sekarang sudah layak huni". */
  resolved: ['sekarang sudah', 'kini sudah', 'sudah diperbaiki', 'sudah direnovasi', 'sudah layak', 'sudah beres', 'sudah teratasi', 'sudah ditangani', 'akhirnya cair', 'sudah cair', 'alhamdulillah sudah'],
  /** Something owed to the members that is late, short or gone. */
  /** What only a soldier or civil servant is owed: no other reading ("ransum" is also animal feed). */
  'service-entitlement': ['uang lauk pauk', 'ulp', 'tukin', 'jatah beras anggota', 'jatah anggota', 'beras anggota', 'beras jatah anggota', 'jatah prajurit', 'beras prajurit', 'tunjangan kinerja', 'remunerasi', 'uang makan prajurit', 'jatah makan prajurit', 'tunjangan prajurit', 'gaji prajurit', 'tunjangan anggota', 'gaji anggota', 'uang makan anggota', 'tunjangan babinsa', 'uang operasional babinsa', 'uang saku latihan', 'uang pengamanan', 'uang lembur pegawai', 'tpp', 'tambahan penghasilan pegawai'],
  /** "Anggaran 500 juta tapi cuma cat ulang": money that did not become the work. */
  'budget-gap': ['tidak pernah dikerjakan', 'uangnya raib', 'raib', 'dianggarkan dua kali', 'anggaran ganda','yang sampai cuma', 'yang sampai hanya', 'sisanya entah', 'entah ke kantong', 'ke kantong siapa', 'masuk kantong', 'masuk kantong pribadi','tapi cuma', 'tapi hanya', 'yang dikerjakan cuma', 'yang dikerjakan hanya', 'realisasinya cuma', 'realisasinya hanya', 'kenyataannya cuma', 'faktanya cuma', 'uangnya ke mana', 'duitnya ke mana', 'larinya ke mana', 'sisanya ke mana', 'entah ke mana', 'ke mana sisanya', 'tidak sesuai spek', 'tidak sesuai anggaran', 'tidak sesuai rab', 'asal jadi'],
  'budget-word': ['dianggarkan', 'anggaran', 'dana', 'biaya', 'proyek', 'juta', 'miliar', 'jt', 'rab', 'pagu'],
  /** A call by "us" to reject or fight, not a report that someone rejected something. */
  'call-reject': ['ayo tolak', 'mari tolak', 'harus tolak', 'harus menolak', 'harus ditolak', 'wajib tolak', 'wajib menolak', 'kita tolak', 'kami tolak', 'kita menolak', 'kami menolak', 'tolak bersama', 'rame-rame tolak', 'ramai-ramai tolak', 'ayo lawan', 'mari lawan', 'harus lawan', 'harus dilawan', 'kita lawan', 'ayo boikot', 'mari boikot', 'kita boikot', 'harus diboikot', 'pokoknya tolak', 'pokoknya menolak', 'ayo gagalkan', 'harus digagalkan', 'kita gagalkan'],
  /** What a government plans or decides, when named without the word "kebijakan". */
  'public-plan': ['rencana', 'program', 'proyek', 'relokasi', 'penggusuran', 'pembangunan', 'pemindahan', 'penutupan', 'kenaikan', 'penghapusan', 'pemangkasan', 'pemotongan', 'penertiban', 'revitalisasi', 'keputusan', 'usulan', 'wacana'],
  /** What a policy does to people when it goes wrong: unambiguous outcomes only ("miskin" also names the poor it helps). */
  'bad-outcome': ['ambruk', 'hancur', 'sengsara', 'menderita', 'bangkrut', 'terpuruk', 'anjlok', 'kolaps', 'dirumahkan', 'di-phk', 'kena phk', 'kelaparan', 'melarat', 'gulung tikar', 'tercekik', 'kesusahan', 'makin susah', 'makin miskin', 'nganggur massal', 'jatuh miskin'],
  'cause-verb': ['bikin', 'membuat', 'menyebabkan', 'mengakibatkan', 'berakibat', 'akibatnya', 'gara-gara', 'karena'],
  delay: ['ditahan', 'ditahan berbulan-bulan', 'tanpa kejelasan', 'tidak jelas kapan', 'kualitas jelek', 'diganti beras', 'entah ke mana', 'diganti yang jelek', 'tidak pernah sampai', 'tidak sampai', 'tidak pernah diterima', 'belum dibayarkan', 'belum dibayar', 'tidak dibayarkan', 'belum diberikan', 'belum turun', 'tidak turun', 'dipangkas', 'dipangkas seenaknya', 'berkutu', 'busuk', 'basi', 'berjamur', 'apek', 'tidak layak', 'tidak layak makan', 'kedaluwarsa', 'kadaluarsa', 'telat', 'terlambat', 'kurang', 'dikurangi', 'habis', 'tidak dikirim', 'belum dikirim', 'belum datang', 'belum cair', 'tidak cair', 'dipotong', 'hilang'],
  entitlement: ['uang duka', 'santunan', 'uang santunan', 'anggaran makan', 'uang makan tahanan', 'makan tahanan', 'jatah cuti', 'cuti', 'ransum', 'logistik', 'jatah makan', 'jatah beras', 'gaji', 'tunjangan', 'honor', 'uang makan', 'uang lauk pauk', 'ulp', 'bbm', 'perlengkapan', 'seragam', 'obat'],
  'unit-achievement': ['juara', 'prestasi', 'bangga', 'penghargaan', 'terbaik', 'berhasil', 'sukses', 'selamat', 'terima kasih', 'apresiasi', 'menang', 'meraih'],

  // ——— larangan-3: provocation ———
  'spread-call': [
    'tolong dishare', 'dishare ya', 'tolong di share',
    'mohon disebarluaskan', 'disebarluaskan', 'harap disebarluaskan', 'mohon dibantu sebar',
    'bagikan ke keluarga', 'share ke keluarga', 'sebarkan ke keluarga', 'bagikan ke teman', 'share ke teman',
    'tolong share', 'tolong sebar', 'mohon disebar', 'mohon dishare', 'mohon viralkan', 'bantu viralkan', 'bantu share', 'bantu sebar', 'copas dan sebar', 'kirim ke teman', 'kirim ke keluarga', 'beritahu semua', 'kabari semua', 'kasih tahu semua', 'infokan ke semua',
    'sebarkan', 'sebarluaskan', 'sebar luaskan', 'sebarin', 'viralkan', 'viralin', 'share sebanyak-banyaknya', 'share sebanyak banyaknya', 'bagikan sebanyak-banyaknya',
    'share sebelum dihapus', 'share sebelum di hapus', 'sebelum dihapus', 'sebelum di take down', 'sebelum ditakedown', 'teruskan ke semua', 'teruskan ke grup', 'kirim ke semua grup',
    'kirim pesan ini', 'teruskan pesan ini', 'sebarkan pesan ini', 'ke 5 grup', 'ke 10 grup', 'ke 20 grup', 'ke semua grup', 'sebar ke', 'sebar ke semua', 'share ke semua', 'bagikan ke semua', 'kirim ke semua', 'teruskan ke', 'sebar ke grup', 'share ke grup', 'forward ke', 'broadcast ke', 'ramaikan', 'ramaikan tagar', 'jangan berhenti di kamu', 'jangan berhenti di anda', 'wajib share', 'wajib disebarkan', 'harus viral', 'bikin viral', 'buat viral',
  ],
  'review-context': [
    'warung', 'enak', 'makanan', 'masakan', 'kuliner', 'rasa', 'rasanya', 'menu', 'resto', 'restoran', 'kafe', 'cafe', 'kedai', 'umkm', 'produk', 'murah', 'harga', 'porsi', 'tempat', 'penjual',
    'jualan', 'dagangan', 'bakso', 'soto', 'pecel', 'kopi', 'lowongan', 'loker', 'info loker', 'anak hilang', 'orang hilang', 'donor darah', 'golongan darah', 'butuh darah', 'kebaikan', 'pahala',
    'semangat', 'positif', 'ucapan', 'selamat', 'prestasi', 'karya', 'wisata', 'destinasi', 'lagu',
  ],
  'anti-hoax': ['membantah', 'dibantah', 'bantah', 'tolak hoaks', 'lawan hoaks', 'waspada hoaks', 'awas hoaks', 'stop hoaks', 'itu hoaks', 'adalah hoaks', 'ternyata hoaks', 'berita hoaks', 'tolak hoax', 'awas hoax', 'itu hoax', 'jangan percaya', 'cek dulu', 'cek kebenarannya', 'dicek dulu', 'cek fakta', 'saring sebelum sharing', 'verifikasi', 'klarifikasi', 'tabayyun', 'belum tentu benar', 'sumber resmi', 'sumber yang jelas', 'bijak bermedia sosial', 'jangan sebarkan hoaks', 'jangan sebar hoaks', 'jangan menyebarkan hoaks', 'jangan ikut menyebarkan', 'jangan ikut sebarkan', 'jangan ikut share', 'jangan asal share', 'jangan asal sebar', 'jangan mudah percaya', 'jangan termakan hoaks', 'jangan terprovokasi', 'jangan mudah terprovokasi'],
  'attack-call': [
    'kasih pelajaran', 'beri pelajaran', 'datangi rumahnya', 'datangi rame-rame', 'hajar rame-rame', 'hajar ramai-ramai', 'keroyok', 'kita hajar', 'serbu kampung', 'borong sembako', 'kita lawan', 'ayo lawan', 'yang punya nyali', 'punya nyali', 'serbu', 'serang mereka', 'serang saja', 'serang balik', 'lawan aparat', 'melawan aparat', 'lawan polisi', 'melawan polisi', 'hajar saja', 'hajar mereka', 'harus didatangi rame-rame', 'didatangi rame-rame', 'biar tahu rasa', 'hajar orangnya', 'turunkan paksa', 'hajar pelakunya', 'bakar rumahnya', 'balas bakar', 'kita balas', 'hakimi', 'kita hakimi', 'hakimi saja', 'harus kita cari sendiri', 'balas perbuatan', 'mata dibalas mata', 'nyawa dibalas nyawa', 'darah dibalas darah', 'juga harus merasakan', 'tarik kuncinya', 'lempar ke sungai', 'buang ke sungai', 'bakar motornya', 'rusak motornya', 'gembosi bannya', 'kempesin bannya', 'kalau protes hajar', 'kalau melawan hajar', 'kalau ngeyel hajar', 'yang melawan hajar', 'kalau berani hajar', 'adili sendiri', 'main hakim sendiri', 'hakimi sendiri', 'kami adili', 'warga yang adili', 'harus dihajar', 'dihajar biar kapok', 'hajar biar kapok', 'pukul biar kapok', 'harus dihadang', 'kita hadang', 'hadang mereka', 'bentrok saja', 'kita bentrok', 'alamat rumahnya sudah', 'alamatnya sudah ketemu', 'alamatnya sudah dapat', 'sudah ketemu alamatnya', 'kita samperin', 'samperin rumahnya', 'kita grebek', 'grebek rumahnya', 'lempari batu', 'kita lempari', 'lempar batu', 'lempari mereka', 'timpuk', 'timpuki', 'bawa celurit', 'bawa clurit', 'bawa parang', 'bawa sajam', 'bawa senjata tajam', 'bawa golok', 'bawa pentungan', 'siapkan celurit', 'siapkan parang', 'kita cegat', 'cegat mereka', 'kita tunggu di', 'harus kita serang', 'kita serang', 'harus diserang', 'kita sikat', 'kita habisi', 'kita gebuk', 'lawan saja', 'libas saja', 'habisi', 'habisi saja', 'gebuk saja', 'pukul saja', 'tembak saja', 'bacok saja', 'bacok dia', 'kita bacok', 'gue bacok', 'tak bacok', 'sikat habis', 'sikat saja', 'gebuki', 'ganyang', 'usir saja',
    'bakar saja', 'bakar kantor', 'bakar habis', 'jarah', 'kepung', 'geruduk', 'grebek rame-rame', 'jangan kasih ampun', 'tidak ada ampun', 'balas dendam', 'balas mereka', 'turun ke jalan', 'semua harus ikut',
    'rapatkan barisan', 'angkat senjata', 'revolusi sekarang', 'bikin chaos', 'bikin rusuh', 'rusuh saja', 'serbu spbu', 'borong sekarang', 'tarik semua uang', 'ambil semua uang', 'tarik uang sekarang', 'tarik tabungan', 'ambil uang sekarang',
    'sampai pejabatnya turun', 'sampai turun', 'sampai mundur', 'sampai lengser',
  ],
  'attack-neutral': [
    'diduga', 'motif', 'pelaku', 'ditangkap', 'tersangka',
    'diskon', 'promo', 'sale', 'flash sale', 'harbolnas', 'gratis ongkir', 'lawan covid', 'lawan stunting', 'lawan korupsi', 'lawan narkoba', 'lawan hoaks', 'bakar kalori', 'bakar lemak', 'bakar sate',
    'bakar ikan', 'bakar jagung', 'ayam bakar', 'ikan bakar', 'bakar sampah', 'serbuk', 'pertandingan', 'lomba', 'latihan', 'game', 'gim', 'main', 'sepak bola', 'bola', 'pemain', 'musuh bebuyutan',
    'perang melawan', 'perang dagang', 'perang harga', 'perang tarif', 'perang dunia', 'sejarah', 'pahlawan', 'semangat',
    // "Tembak aja, dia juga naksir": confessing love; "mabar PUBG": a game.
    'naksir', 'gebetan', 'pacar', 'doi', 'jadian', 'crush', 'pdkt', 'cinta', 'suka sama', 'baper', 'pubg', 'mabar', 'free fire', 'mobile legends', 'chicken dinner',
  ],
  alarm: [
    'penculikan', 'culik', 'penculik', 'akan dipotong', 'akan dihapus', 'akan dicabut', 'gaji pns dipotong', 'gaji dipotong', 'thr dihapus', 'pensiun dihapus', 'tidak digaji', 'mengundurkan diri', 'akan mundur', 'lumpuh', 'bikin lumpuh', 'kelumpuhan', 'cacat permanen', 'kematian mendadak', 'mati mendadak', 'meletus', 'akan meletus', 'erupsi', 'jangan keluar rumah', 'razia besar-besaran', 'razia besar', 'air pdam mati total', 'tampung air', 'air tercemar', 'diracun', 'keracunan massal', 'penculikan anak', 'jual organ', 'organ tubuh', 'bentrokan', 'bentrok', 'tawuran', 'bank tutup', 'uang hangus', 'azab', 'gunung meletus', 'banjir bandang', 'tanggul jebol', 'ambruk', 'roboh', 'pemadaman total', 'padam total', 'mati listrik total', 'blackout', 'gempa', 'gempa susulan', 'tsunami', 'kerusuhan', 'rusuh', 'teror', 'teroris', 'bom', 'ledakan', 'wabah', 'perang', 'penjarahan', 'darurat', 'bahaya', 'awas',
    'waspada', 'mencekam', 'genting', 'kudeta', 'demo besar', 'harga bbm naik', 'bbm naik', 'lockdown', 'lockdown total', 'panic buying', 'borong sembako', 'mandul', 'bikin mandul', 'menyebabkan kanker', 'bikin autis', 'ada chip', 'rush money', 'bank bangkrut', 'bangkrut', 'krisis moneter', 'krisis', 'virus baru', 'modus baru', 'begal', 'pembunuhan',
  ],
  'rumor': [
    'fakta', 'faktanya', 'akan bangkrut', 'katanya', 'kabarnya', 'konon', 'beredar kabar', 'info a1', 'info valid', 'info akurat', 'dari orang dalam', 'orang dalam', 'sumber terpercaya', 'grup sebelah', 'dari grup', 'copas', 'copas dari grup',
    'info dari teman', 'teman saya yang', 'saudara saya yang', 'pasti terjadi', 'akan terjadi', 'dipastikan', '100% valid', '100 persen', 'bukan hoaks', 'bukan hoax', 'nyata', 'asli', 'marak',
  ],
  source: [
    'sosialisasi', 'penyuluhan', 'edukasi','menurut', 'dilansir', 'rilis resmi', 'siaran pers', 'bmkg', 'bnpb', 'polres', 'polresta', 'humas', 'pengumuman resmi', 'kominfo', 'komdigi', 'kemenkes', 'tautan resmi', 'website resmi', 'situs resmi'],

  // ——— larangan-4: politics, SARA, ideology ———
  party: [
    'partai', 'parpol', 'pdip', 'pdi perjuangan', 'pdi-p', 'gerindra', 'golkar', 'demokrat', 'nasdem', 'pkb', 'pks', 'pan', 'ppp', 'perindo', 'psi', 'hanura', 'gelora', 'partai buruh',
    'partai ummat', 'pbb', 'garuda', 'berkarya', 'banteng', 'moncong putih', 'partai biru', 'partai kuning', 'partai merah', 'partai hijau',
  ],
  candidate: [
    'paslon', 'capres', 'cawapres', 'caleg', 'cagub', 'cawagub', 'cabup', 'cawabup', 'cawali', 'cakada', 'calon presiden', 'calon bupati', 'calon gubernur', 'calon walikota', 'calon wali kota',
    'calon legislatif', 'calon anggota dewan', 'calon kepala desa', 'nomor urut', 'no urut', 'pasangan calon', 'anies', 'prabowo', 'ganjar', 'gibran', 'muhaimin', 'cak imin', 'mahfud', 'pragib',
    'calon kita', 'calon yang didukung', 'kotak kosong', 'petahana', 'incumbent', 'jagoan', 'jagoanku',
  ],
  'vote-verb': [
    'pilih', 'pilihlah', 'memilih', 'coblos', 'coblosin', 'nyoblos', 'mencoblos', 'coblos lah', 'dukung', 'mendukung', 'dukunglah', 'menangkan', 'menangkanlah', 'ayo kampanye', 'kampanyekan', 'contreng', 'all in', 'lanjutkan', 'ganti presiden', 'jangan pilih', 'jangan coblos', 'pilihan saya', 'pilihanku', 'memilih',
    'tim sukses', 'timses', 'tim pemenangan', 'relawan pemenangan', 'satu putaran', 'dua periode', '2 periode', '3 periode', 'tiga periode', 'nomor satu', 'nomor dua', 'nomor tiga', 'wajib pilih', 'ikut kampanye', 'kampanye akbar', 'hadiri kampanye', 'datang ke kampanye', 'ramaikan kampanye', 'mengamankan suara', 'amankan suara', 'menggalang suara', 'galang suara', 'arahan dari atas', 'bantu ya', 'mohon dukungannya', 'minta dukungannya', 'bantu suara', 'bantu pilih', 'bantu coblos', 'titip suara', 'harus menang', 'mesti menang', 'kudu menang', 'jangan kasih kesempatan', 'paling pantas', 'paling layak', 'pantas jadi', 'layak jadi', 'cocok jadi presiden', 'harus jadi presiden', 'wajib menang', 'pasti menang', 'sikat', 'salam', 'ayo menangkan', 'relawan',
  ],
  'election-role': ['pasangan', 'pasangan calon', 'partai', 'pemimpin', 'presiden', 'bupati', 'gubernur', 'walikota', 'wali kota', 'kepala daerah', 'wakil rakyat', 'dewan', 'legislatif', 'pilkada', 'pilpres', 'pileg', 'pilgub', 'pilbup', 'pemilu', 'pilwali', 'pilkades', 'periode'],
  'choice-number': ['nomor 1', 'nomor 2', 'nomor 3', 'nomor 4', 'nomor 5', 'no 1', 'no 2', 'no 3', 'no 4', 'no 5', 'nomor satu', 'nomor dua', 'nomor tiga', 'nomor empat', 'nomor lima', 'nomer 1', 'nomer 2', 'nomer 3', '01', '02', '03'],
  /** An election is the subject somewhere in the text (for hints that point into it from a sentence away). */
  'election-context': [
    'pemenangan', 'posko pemenangan', 'spanduk calon', 'akun kampanye', 'cawabup', 'calon tertentu',
    'coblos', 'nyoblos', 'dicoblos', 'mencoblos', 'coblosan', 'pencoblosan', 'nyoblosa', 'contreng', 'bilik suara', 'surat suara', 'kotak suara', 'tps', 'pilkada', 'pilbup', 'pilgub', 'pilpres', 'pileg', 'pemilu', 'pilwali',
    'pilkades', 'pemilihan', 'caleg', 'paslon', 'cabup', 'cawabup', 'cagub', 'cawagub', 'capres', 'cawapres', 'cawali', 'calon bupati', 'calon gubernur', 'calon presiden', 'calon wali kota', 'calon walikota',
    'calon legislatif', 'calon kades', 'timses', 'tim sukses', 'tim pemenangan', 'relawan', 'kampanye', 'dapil', 'partai', 'vote', 'voting', 'ballot', 'election', 'candidate', 'nyalon', 'periode',
  ],
  /** What points at one side of an election without naming it outright. */
  'partisan-pointer': [
    'paham maksudku', 'paham maksudnya', 'yang biru', 'yang ijo', 'yang hijau', 'yang kuning', 'yang oranye', 'sing biru', 'sing ijo', 'sing abang', 'sing kuning', 'biru langit', 'cuma beliau', 'hanya beliau', 'bantu like', 'like dan share', 'like share', 'follow akun', 'share akun', 'sudah jelas siapa', 'udah jelas lah', 'jelas lah siapa', 'siapa yang layak', 'paslon sebelah', 'calon sebelah', 'paling masuk akal', 'jagoan',
    '@choice-number', 'nomor urut 1', 'nomor urut 2', 'nomor urut 3', 'nomor urut 4', 'nomor urut 5', 'nomor urut 6', 'nomor urut 7', 'nomor urut 8', 'no urut 1', 'no urut 2', 'no urut 3',
    'nomor 6', 'nomor 7', 'nomor 8', 'nomer 4', 'nomer 5', 'nomer tengah', 'nomor tengah', 'nomer siji', 'nomer loro', 'nomer telu', 'nomer papat', 'nomer kalih', 'nomer tigo', 'nomer tilu', 'nomor tilu', 'nomer dua', 'nomer tiga', 'nomer satu',
    'dua jari', 'tiga jari', 'satu jari', 'empat jari', '2 jari', '3 jari', 'telung driji', 'driji telu', 'loro driji', 'driji loro', 'siji driji', 'pose jari', 'jempolnya satu', 'jempol siji', 'pose jempol', 'jempol telunjuk',
    'kaos ijo', 'kaos hijau', 'kaos biru', 'kaos oranye', 'kaos kuning', 'kaos merah', 'kaos putih', 'baju ijo', 'baju hijau', 'baju oranye', 'baju kuning', 'baju kuniang', 'baju merah', 'baju putih', 'baju biru',
    'jilbab oranye', 'jilbab hijau', 'jilbab biru', 'jaket oranye', 'jaket biru', 'jaket kuning', 'kemeja kotak', 'kemeja kotak-kotak', 'kotak-kotak', 'peci ireng', 'peci hitam', 'warna biru', 'warnane biru', 'warnane ijo', 'warnane abang',
    'benderanya oranye', 'bendera oranye', 'warna partai', 'partai biru', 'partai kuning', 'partai merah', 'partai hijau', 'partai oranye', 'seragam biru',
    'paham kan', 'paham kan maksudnya', 'ngerti kan', 'ngerti kan maksudku', 'sing paham', 'yang paham', 'yg paham', 'sing ngerti', 'paham lah', 'ngerti lah', 'you know who', 'tau kan', 'tahu kan', 'sudah tahu kan', 'udah tau lah', 'sudah tau lah', 'tau lah ya', 'tahu sama tahu',
    'harus ke mana', 'harus nyoblos yang mana', 'kodenya', 'kode keras',
    'balas budi', 'salah coblos', 'salah pilih', 'jangan salah coblos', 'ojo salah', 'ojok salah', 'lanjutkan', 'dua periode', '2 periode', 'siap mendukung', 'siap ngawal', 'sampai menang', 'sampek menang', 'menangkeun',
    'jangan pilih', 'jangan dipilih', 'ojo dipilih', 'ojo milih', 'ojok dipilih', 'jangan pilih lagi', 'mending ganti', 'kudu ganti', 'harus ganti', 'condong ke', 'pasti amanah', 'kerjanya terbukti', 'terbukti kerjanya', 'wis kebukti', 'kerjane kebukti',
    'paslon kita', 'calon kita', 'jagoan kita', 'pilihan kita', 'pilihanku', 'my vote', 'whole heart', 'forever', 'gaskeun', 'jangan lupa balas budi',
  ],
  /** Just before a sign, these forbid it rather than show it ("no foto pose jari", "tidak berfoto dengan pose jari"). */
  'partisan-negator': ['@negation', 'no', 'ojo', 'ojok', 'ora', 'ulah', 'teu', 'tanpa', 'never', 'avoid', 'dont', "don't"],
  /** Texts that teach or enforce neutrality name the signs they forbid. */
  'partisan-guard': ['dilarang', 'larangan', 'tidak diperbolehkan', 'sanksi', 'melanggar', 'pelanggaran', 'bawaslu', 'panwaslu', 'lomba', 'balon', 'antrean', 'antrian', 'antre', 'antri', 'ngantre', 'ngantri', 'loket', 'posyandu', 'surat edaran', 'skb', 'aturan netralitas', 'netralitas asn', 'netralitas tni'],
  /** Praise as sarcasm says it ("hebat ya", "salut buat Mabes"): irony only with a mock signal beside it. */
  'praise-marker': [
    'hebat ya', 'hebat banget', 'hebat sekali', 'keren', 'keren banget', 'salut', 'salut buat', 'top banget', 'top', 'pinter banget', 'pintar banget', 'pinter bener', 'mantap', 'mantap pak', 'mantul', 'bangga banget',
    'bangga', 'briliant', 'brilian', 'luar biasa', 'visioner', 'jenius', 'rajin banget', 'paling gesit', 'paling cepat', 'juara', 'terima kasih pemerintah', 'makasih pemerintah', 'hebat', 'great job', 'genius',
    'amazing', 'so proud', 'love how', 'well done', 'bravo', 'prestasi', 'sukses besar', 'emang visioner', 'emang hebat', 'memang hebat',
  ],
  /** What turns that praise around: a cost to people, a mocking picture, a laugh at the target. */
  'mock-signal': [
    '@bad-outcome', 'doang', 'biar rakyat', 'rakyat makin', 'makin kurus', 'makin kenyang janji', 'kenyang janji', 'kolam lele', 'kayak kuburan', 'seperti kuburan', 'boneka', 'pusing tujuh keliling', 'lelet', 'paling lelet',
    'ilang sendiri', 'hilang sendiri', 'naik lagi', 'dipotong', 'digusur', 'jalan rusak', 'macan kertas', 'puasa senin-kamis', 'biar sehat', 'jalan kaki', 'dibales bulan', 'salah alamat', 'senyum doang', 'cuma senyum',
    'makin susah', 'makin miskin', 'bangga malu', 'diresmiin jadi', 'diresmikan jadi', 'mimpi', 'janji manis', 'cuma janji', 'omong doang', 'pencitraan', 'tambah melarat', 'lebih gede dari gaji', 'biar nyamuk',
  ],
  'vote-neutral': [
    'balon', 'coblos balon', 'isi ulang', 'elpiji', 'lpg', 'tabung', 'pangkalan', 'tabung gas', 'gas melon',
    'dalam memilih', 'cerdas memilih', 'bijak memilih', 'dalam pilih', 'pintar dalam',
    'hak pilih', 'gunakan hak', 'jangan golput', 'golput', 'pemilu damai', 'pilkada damai', 'pemilih pemula', 'daftar pemilih', 'dpt', 'kpu', 'bawaslu', 'tps', 'netralitas', 'netral', 'menu', 'warung',
    'antrean', 'antrian', 'nomor antrean', 'nomor antrian', 'kursi', 'pilih menu', 'paket', 'jurusan', 'kampus', 'sekolah', 'ukuran', 'warna', 'produk', 'pemilihan ketua rt', 'ketua kelas', 'osis',
    'pilih kasih', 'pilih-pilih', 'pilih pilih', 'memilih jurusan', 'hati-hati memilih', 'pemimpin yang jujur', 'pemimpin yang amanah', 'sesuai hati nurani', 'hati nurani',
  ],
  'sara-group': [ 'agama sebelah', 'sipit', 'orang sipit', 'mata sipit',
    'meduro', 'wong meduro', 'bongso iku', 'bangsa itu', 'keturunan cina', 'orang2 kristen', 'bukan seiman', 'yang bukan seiman',
    'flores', 'ntt', 'timor', 'lombok', 'sasak', 'aceh', 'betawi', 'banjar', 'toraja', 'nias', 'manado', 'minahasa', 'buton', 'makassar', 'osing',
    'agama selain', 'selain agama kita', 'selain islam', 'non-islam', 'nonislam',
    'gereja', 'masjid', 'pura', 'vihara', 'umat kita', 'umat mereka',
    'cina', 'china', 'cino', 'aseng', 'pribumi', 'non pribumi', 'nonpribumi', 'pendatang', 'suku pendatang', 'etnis', 'suku', 'jawa', 'madura', 'batak', 'papua', 'ambon', 'dayak', 'bugis',
    'sunda', 'minang', 'tionghoa', 'arab', 'keturunan', 'kafir', 'kafirun', 'non muslim', 'nonmuslim', 'non-muslim', 'nonis', 'kristen', 'kristiani', 'katolik', 'nasrani', 'islam', 'muslim',
    'hindu', 'buddha', 'budha', 'konghucu', 'yahudi', 'syiah', 'ahmadiyah', 'wahabi', 'agama lain', 'beda agama', 'bukan seagama', 'tidak seagama', 'tidak seiman', 'bukan seiman', 'seagama',
    'kadrun', 'cebong', 'onta', 'bani serbet', 'kaum', 'golongan', 'ras', 'agama mereka', 'kepercayaan mereka', 'aliran', 'kulit hitam', 'orang timur', 'lgbt', 'bencong', 'banci', 'kaum pelangi',
  ],
  'hate-stance': [
    'usir*', 'bunuh*', 'basmi*', 'ganyang*', 'musnahkan', 'bantai*', 'habisi*', 'singkirkan', 'enyahlah', 'enyahkan', 'bikin rusak', 'bikin kampung rusak', 'merusak', 'perusak', 'penyakit',
    'sampah', 'najis', 'babi', 'anjing', 'monyet', 'binatang', 'hama', 'parasit', 'benalu', 'jijik', 'biang kerok', 'penjajah', 'pengkhianat', 'pulang ke negaramu', 'kembali ke negaramu',
    'bikin kampung kita rusak', 'merusak kampung', 'kampung kita rusak',
    'preman semua', 'jangan dikasih kerja', 'jangan diberi kerja',
    'kasar dan bau', 'bau semua', 'jangan satu kos', 'jangan satu kontrakan',
    'mau menguasai', 'ingin menguasai', 'menguasai negara', 'sok suci',
    'keras kepala', 'susah diatur', 'tidak bisa diatur',
    'musyrik', 'tidak usah dilayani', 'jangan dilayani', 'tolak layani',
    'biang kerusakan', 'harus diperangi', 'diperangi', 'perangi',
    'malas kerja', 'pemalas', 'primitif', 'pantas tertinggal', 'pantas miskin', 'tidak beradab',
    'berani-beraninya', 'dasar kafir', 'dasar kaum',
    'semua komunis', 'jangan mau dipimpin', 'tidak boleh memimpin', 'jangan dipimpin',
    'semua kafir', 'masuk neraka', 'jangan bergaul', 'haram bergaul',
    'harus ditutup', 'tutup saja', 'bongkar saja', 'harus dibongkar', 'bakar gereja', 'bakar masjid', 'murtad', 'kristenisasi', 'pemurtadan', 'islamisasi',
    'pantas dijauhi', 'harus dijauhi', 'jauhi saja', 'jangan ditemani', 'jangan berteman', 'kasar semua',
    'identik dengan maling', 'tukang maling', 'maling besi', 'suka mencuri', 'suka nyolong', 'pencuri semua', 'identik dengan kekerasan', 'suka carok',
    'numpang hidup', 'cuma numpang', 'kuasai semua', 'menguasai semua', 'kuasai ekonomi', 'menguasai ekonomi', 'ambil alih', 'rampas',
    'teroris', 'semua teroris', 'bibit teroris', 'ngapain dikasih tempat', 'ngapain dikasih', 'tidak usah dikasih tempat', 'maling semua', 'penipu semua', 'jahat semua', 'bodoh semua', 'pemalas semua', 'tukang rusuh', 'pembuat onar', 'biang rusuh',
    'balik ke negaranya', 'pulang kampung sana', 'jangan dipilih', 'jangan pilih', 'tidak boleh jadi pemimpin', 'haram dipilih', 'haram memilih', 'tidak layak', 'tidak pantas', 'harus diusir',
    'dibenci', 'harus dibasmi', 'harus diberantas', 'diberantas', 'benci', 'membenci', 'pelit', 'licik', 'serakah', 'rakus', 'dijajah', 'antek', 'laknat', 'terkutuk', 'sesat', 'halal darahnya',
    'jangan kasih izin', 'jangan beri izin', 'jangan beli', 'jangan kasih tempat', 'jangan beri tempat', 'jangan kasih', 'tidak boleh tinggal', 'tidak diterima', 'jangan dikasih', 'jangan diberi', 'tidak boleh diberi', 'jangan diterima', 'dibinasakan', 'bikin rusak', 'rusak kampung',
  ],
  /** Groups as people write them in the regions and in English (for the stereotype rule). */
  'sara-group-wide': ['that religion', 'people of that religion', 'those people', 'their own kind', 'chinese-descent', '@sara-group', 'halak cina', 'kaum salib', 'orang kristen', 'wong cino', 'wong madura', 'umat itu', 'golongan itu', 'papuan', 'papuans', 'chinese', 'pribumi muslim', 'orang kafir', 'urang papua', 'pendatang nonmuslim', 'wong pendatang', 'wong-wong pendatang'],
  /** A group painted with one brush: weaker than a call to expel or kill, so a warning, not danger. */
  'stereotype': [ 'munafik', 'semuanya munafik', 'cuma nipu', 'bisanya nipu', 'tukang nipu', 'nipu', 'ngeruk duit', 'ngeruk',
    'take over', 'keep our neighbourhood pure', 'never rent', 'cheats', 'all cheats', 'kick them out',
    'kadit iso diatur', 'angel diajari', 'ancene', 'begitu semua', 'kelakuannya begitu', 'sombong', 'ulah orang', 'memang gitu', 'jangan percaya sama mereka', 'haram dipimpin', 'dipimpin yang bukan', 'jatuh ke tangan mereka', 'orang kita sendiri', 'dijual ke aseng', 'dijual ke asing',
    'jahat', 'jorok', 'jorok kabeh', 'kotor semua', 'musuh', 'musuh dalam selimut', 'boikot', 'boikot toko', 'azab', 'kena azab', 'angel diatur', 'ora iso diatur', 'ora iso diajak', 'watake', 'wataknya', 'dari sananya', 'by nature', 'lazy', 'dirty', 'teu beradab',
    'can jadi jalma', 'siga monyet', 'kayak monyet', 'nyusup', 'menyusup', 'minta jantung', 'jemuran hilang', 'jemuran ilang', 'mending diem', 'diem aja', 'males urusan', 'kagak bakal berkah', 'ora berkah', 'ancur', 'hancur', 'mangarampok', 'merampok', 'rampok',
    'duwike mlayu', 'duitnya lari', 'nggak usah dibantu', 'ga usah dibantu', 'tidak usah dibantu', 'ora usah dibantu', 'biar mereka mikir', 'diusir', 'diusir wae', 'usir wae', 'khusus pribumi', 'pembeli pribumi', 'mohon maaf nggak usah', 'pancen ngono', 'memang begitu semua',
    'susah diatur semua', 'tukang ribut', 'bikin susah', 'tidak bisa dipercaya', 'ga bisa dipercaya', 'nggak bisa dipercaya', 'licik semua',
  ],
  'sara-neutral': [
    'babi guling', 'babi panggang', 'sate babi', 'mencicipi', 'chinese food', 'masakan cina', 'makanan cina', 'pecinan', 'imlek', 'selamat natal', 'selamat idul fitri', 'selamat hari raya', 'idul fitri', 'idul adha', 'nyepi', 'waisak', 'toleransi',
    'kerukunan', 'bhinneka', 'bhineka', 'saling menghormati', 'antar umat', 'antarumat', 'lintas agama', 'budaya', 'tari', 'tarian', 'adat', 'batik', 'kuliner', 'bahasa', 'resep', 'wisata',
    'kebun binatang', 'seekor', 'anjing ras', 'ras anjing', 'ras kucing', 'ras ayam', 'pulau jawa', 'pulau madura', 'pulau papua', 'pulau sumatera', 'provinsi', 'kabupaten', 'masakan', 'makanan', 'panggang', 'daging', 'menu', 'restoran', 'rumah makan', 'selat', 'jalan tol', 'kereta', 'penerbangan', 'beras', 'kopi', 'teh', 'sate madura', 'soto madura', 'mie', 'vihara',
  ],
  ideology: ['ganti dasar negara', 'ganti dasar', 'pancasila', 'komunis', 'komunisme', 'pki', 'marxisme', 'marxis', 'leninisme', 'khilafah', 'khilafah islamiyah', 'negara islam', 'ganti pancasila', 'ganti ideologi', 'anti pancasila', 'palu arit', 'hti', 'isis', 'nii'],
  'ideology-support': [
    'karangan manusia', 'buatan manusia', 'sudah waktunya', 'udah waktunya', 'sudah saatnya ganti',
    'cocok', 'dukung', 'mendukung', 'bangkit', 'hidup', 'tegakkan', 'solusi', 'lebih baik', 'sebenarnya bagus', 'ideologi yang benar', 'perjuangkan', 'terapkan', 'satu-satunya solusi', 'satu satunya solusi',
    'harus diganti', 'diganti jadi', 'ganti sistem', 'sistem kafir', 'thoghut', 'taghut', 'demokrasi kafir', 'demokrasi haram', 'harus diterapkan', 'wajib ditegakkan', 'kembalikan', 'jaya', 'menang', 'saatnya', 'bergabung', 'gabung', 'pancasila tidak relevan', 'pancasila sudah tidak', 'tidak relevan',
  ],
  'ideology-remembrance': [
    'g30s', 'g30s/pki', 'gestapu', 'waspada', 'bahaya laten', 'mengenang', 'peringatan', 'kesaktian pancasila', 'tolak', 'lawan', 'jangan lupakan', 'sejarah', 'pengkhianatan', 'korban', 'pahlawan revolusi',
    'film', 'buku', 'larangan', 'dilarang', 'terlarang', 'tap mprs', 'menolak', 'bubarkan', 'bahaya', 'ancaman', 'kekejaman', 'sesat', 'menangkal', 'radikalisme', 'deradikalisasi', 'ditangkap', 'teroris',
  ],

  // ——— larangan-5 / etika-3: classified data ———
  'doc-noun': [
    'lokasi', 'pos', 'markas', 'gudang', 'posisi', 'basis', 'dokumen', 'surat', 'telegram', 'surat telegram', 'st', 'sprin', 'surat perintah', 'laporan', 'data', 'file', 'arsip', 'berkas', 'notulen', 'materi', 'peta', 'rencana', 'rencana operasi',
    'renops', 'naskah', 'nota dinas', 'memo', 'radiogram', 'kawat', 'info', 'informasi', 'rekaman', 'foto', 'video', 'lampiran', 'jadwal', 'daftar', 'denah', 'klasifikasi',
  ],
  'secret-word': ['rahasia', 'sangat rahasia', 'top secret', 'confidential', 'classified', 'terbatas', 'konfidensial', 'rahasia negara', 'rahasia militer', 'rahasia dinas', 'internal only'],
  'secret-neutral': [
    'kuliner', 'pantai', 'air terjun', 'spot', 'wisata', 'hidden gem', 'tempat makan',
    'resep', 'rahasia resep', 'resep rahasia', 'saus rahasia', 'bumbu rahasia', 'rahasia umum', 'bukan rahasia', 'bukan rahasia lagi', 'rahasia dapur', 'rahasia sukses', 'rahasia kecantikan',
    'rahasia awet muda', 'rahasia hidup', 'rahasia kita berdua', 'rahasia ilahi', 'rahasia allah', 'rahasia tuhan', 'rapat terbatas', 'waktu terbatas', 'stok terbatas', 'kuota terbatas',
    'tempat terbatas', 'jumlah terbatas', 'persediaan terbatas', 'perseroan terbatas', 'edisi terbatas', 'limited edition', 'kursi terbatas', 'dana terbatas', 'anggaran terbatas',
    'lahan terbatas', 'akses terbatas', 'kemampuan terbatas', 'pengetahuan terbatas', 'promo', 'diskon', 'film', 'novel', 'drama', 'lagu', 'series', 'buku', 'game', 'kamar rahasia',
    'pengagum rahasia', 'secret admirer', 'santa rahasia', 'kado', 'cinta', 'pacar', 'gebetan', 'crush', 'rahasia perusahaan', 'pin', 'aman',
  ],
  'troop-unit': [
    'sst', 'ssk', 'ssr', 'rantis', 'convoy', 'konvoi', 'troops', 'platoon', 'personnel', 'patrol rotation',
    'serah terima tahanan', 'pengiriman tahanan', 'pengawalan tahanan', 'tahanan teroris', 'napi teroris', 'pemindahan napi', 'pemindahan tahanan',
    'pengamanan ring 1', 'ring 1', 'ring satu', 'pengamanan pangdam', 'pengamanan kunjungan', 'pengamanan vip',
    'pengawalan vip', 'vip', 'vvip', 'rombongan vip',
    'helikopter', 'heli',
    'senjata dan amunisi', 'senjata lengkap', 'amunisi', 'munisi', 'kompi', 'peleton', 'regu', 'batalyon', 'yon', 'yonif', 'pasukan', 'personel', 'prajurit', 'satgas', 'ssk', 'ssy', 'konvoi', 'ranpur', 'alutsista', 'tank', 'panser', 'kendaraan tempur',
    'tim', 'unit', 'kekuatan', 'tim buser', 'intel', 'tim intel', 'den', 'detasemen', 'kostrad', 'kopassus', 'raider', 'marinir', 'brimob', 'pasukan khusus', 'anggota', 'rombongan pasukan',
  ],
  movement: [
    'leaves', 'leaving', 'moving', 'deploy', 'deployed', 'heads to', 'kumpul makodim', 'geser', 'langsung geser',
    'pendaratan', 'mendarat',
    'melintas', 'pengawalan', 'dikawal', 'mengawal',
    'bergerak', 'gerak', 'berangkat', 'diberangkatkan', 'pemberangkatan', 'geser', 'bergeser', 'digeser', 'pergeseran', 'mobilisasi', 'dimobilisasi', 'menuju', 'masuk ke', 'diterjunkan', 'terjun',
    'lewat jalan', 'rute konvoi', 'jadwal konvoi',
    'kirim', 'kirimkan', 'perlengkapan tempur', 'target', 'sasaran',
    'lewat tol', 'lewat jalur', 'masuk lewat', 'kunjungan', 'kunker',
    'nyamar', 'menyamar', 'penyamaran', 'undercover', 'nangkap', 'penangkapan', 'operasi tangkap', 'intai', 'mengintai', 'pengintaian', 'membuntuti', 'buntuti',
    'infiltrasi', 'menyusup', 'penyusupan', 'akan tiba', 'tiba', 'merapat', 'dikirim', 'pengiriman', 'disiagakan', 'siaga', 'standby', 'stand by', 'patroli', 'penyergapan', 'sergap', 'penggerebekan',
    'serbuan', 'operasi', 'pengepungan', 'bermanuver', 'manuver', 'bertolak', 'embarkasi', 'debarkasi', 'diturunkan', 'ditempatkan', 'penempatan',
  ],
  'op-detail': [
    'tmrw', 'tomorrow', 'tonight', 'trucks', 'truk', 'full sst', 'makodim',
    'sejak', 'seminggu lalu', 'kampus',
    'bulan depan', 'pekan depan', 'daftar nama', 'nrp',
    'tadi malam', 'sejak tadi', 'lanud', 'bandara', 'pelabuhan', 'dermaga', 'menunggu perintah',
    'tanggal', 'tgl', 'transit', 'total', 'sebanyak', 'berjumlah',
    'hari ini', 'malam ini', 'nanti malam', 'besok', 'besok pagi', 'besok malam', 'pagi ini', 'siang ini', 'sore ini', 'dini hari', 'hari h', 'jam', 'pukul', 'perbatasan', 'jalur', 'jalur selatan', 'jalur utara',
    'rute', 'lewat', 'melalui', 'via', 'koordinat', 'lokasi', 'titik', 'sektor', 'wilayah', 'gunung', 'hutan', 'markas', 'pos', 'personel', 'orang', 'truk', 'kendaraan', 'senjata', 'lengkap',
    'minggu depan', 'lusa', 'tengah malam', 'subuh',
  ],
  'public-activity': [
    'bnpb', 'bpbd', 'basarnas',
    // Welfare talk about soldiers at a post is not where a unit stands tonight.
    'uang makan', 'uang lauk pauk', 'tunjangan', 'kesejahteraan', 'gaji', 'perumahan', 'rumah dinas', 'bpjs', 'kebijakan',
    'motor gede', 'moge', 'pengantin', 'jenazah', 'klub motor',
    'tmmd', 'karya bakti', 'bakti sosial', 'baksos', 'upacara', 'lomba', 'donor darah', 'senam', 'jalan sehat', 'kerja bakti', 'pengobatan gratis', 'sosialisasi', 'vaksinasi', 'penyuluhan',
    'voli', 'bola voli', 'futsal', 'porprov', 'turnamen', 'puskesmas', 'posyandu', 'nakes', 'tim medis', 'paduan suara', 'karang taruna', 'pkk', 'siswa', 'ziarah', 'umroh', 'study tour',
    'hut', 'peringatan', 'pawai', 'karnaval', 'festival', 'bencana', 'evakuasi', 'banjir', 'longsor', 'bantuan', 'relawan', 'pembagian', 'sembako', 'latihan bersama', 'wisata', 'liburan', 'rekreasi',
    'pulang kampung', 'mudik', 'sekolah', 'kuliah', 'kajian', 'pengajian', 'ibadah', 'umroh', 'haji', 'tour', 'study tour', 'outbond', 'gathering', 'pertandingan', 'turnamen', 'bola', 'futsal',
    'olahraga', 'bersepeda', 'gowes', 'touring', 'pernikahan', 'nikahan', 'kondangan', 'hajatan', 'reuni', 'pendakian', 'mendaki', 'camping', 'kemah', 'pramuka', 'upacara bendera',
  ],
  patrol: ['jadwal pergantian jaga', 'jam pergantian jaga', 'patroli', 'jadwal patroli', 'jadwal jaga', 'pergantian jaga', 'ganti jaga', 'aplusan', 'piket', 'jaga malam', 'pos jaga', 'penjagaan', 'jadwal pengamanan', 'jadwal sweeping'],
  // Clock times are two words to the tokenizer (18.00 → 18, 00): the minutes mark them.
  'time-detail': ['00', '15', '30', '45', 'jam', 'pukul', 'malam ini', 'nanti malam', 'besok', 'setiap malam', 'tiap malam', 'tiap jam', 'setiap jam', 'dini hari', 'tengah malam', 'subuh', 'kosong', 'tidak dijaga', 'pergantian', 'shift', 'wib'],
  weapon: [
    'senjata', 'senpi', 'senjata api', 'amunisi', 'munisi', 'peluru', 'granat', 'bahan peledak', 'handak', 'mortir', 'ss1', 'ss2', 'pistol', 'laras panjang', 'senapan', 'senapan mesin', 'roket',
    'rudal', 'magasin', 'bom', 'ranjau', 'kendaraan tempur', 'gudang senjata', 'gudang amunisi', 'gudmu', 'gudang logistik', 'logistik cadangan', 'bbm cadangan', 'jeriken bbm', 'beras cadangan', 'alutsista', 'ranpur', 'meriam', 'howitzer', 'sniper', 'pelontar granat', 'tnt', 'c4',
  ],
  'stock-detail': [
    'tidak ada pelurunya', 'tidak ada peluru', 'kosong', 'pajangan', 'tidak berfungsi',
    'posisi', 'ditandai', 'di peta',
    'separuh', 'tidak bisa jalan', 'tidak bisa dipakai', 'macet',
    'stok', 'stock', 'jumlah', 'sisa', 'tersisa', 'tinggal', 'persediaan', 'disimpan', 'tersimpan', 'simpan', 'gudang', 'lokasi', 'letak', 'di ruang', 'ruang', 'lemari', 'brankas', 'kurang', 'habis',
    'butir', 'pucuk', 'peti', 'kotak', 'dus', 'box', 'unit', 'buah', 'ribu', 'ratusan', 'rusak', 'hilang', 'kunci', 'dipindah', 'dipindahkan', 'dikirim', 'datang',
  ],
  'weapon-neutral': ['mesin jahit','semangat', 'motivasi', 'doa', 'cinta', 'senyum', 'tenaga', 'inspirasi', 'senjata makan tuan', 'senjata pamungkas', 'senjata utama', 'senjata rahasia', 'game', 'pubg', 'free fire', 'mobile legends', 'ml', 'valorant', 'film', 'mainan', 'pistol air', 'airsoft', 'museum', 'pameran', 'peluru kendali', 'sejarah', 'kereta', 'tembak ikan',
    // "Bom takjil", "bom vitamin": food and promotions.
    'takjil', 'kolak', 'es buah', 'vitamin', 'kalori', 'porsi', 'promo', 'diskon', 'kuliner', 'mabar', 'chicken dinner'],

  // ——— larangan-6: memes ———
  'meme-word': [ 'ganti muka', 'ganti jadi muka', 'diganti muka', 'mukanya diganti', 'tukar muka', 'face swap', 'faceswap', 'ganti wajah', 'wajahnya diganti', 'diganti jadi muka',
    'photoshopped', 'into a clown', 'as a clown', 'jadi clown', 'tak edit', 'diedit jadi', 'topi badut', 'hidung badut', 'jadilah', 'tempel di foto', 'tak tempel', 'aku tempel',
    'kasih musik lucu', 'dikasih musik', 'kasih musik', 'dikasih efek', 'kasih efek', 'kasih sound', 'dikasih sound', 'dikasih backsound', 'kasih backsound',
    'meme', 'memes', 'sticker', 'karikatur', 'jadi badut', 'dibikin lucu', 'photoshop', 'diphotoshop', 'dipotosop', 'potosop', 'dipermak', 'permak',
    'bahan lawakan', 'bahan tertawaan', 'bahan candaan', 'plesetan', 'dipelesetkan', 'parodi', 'tempel muka', 'face swap', 'faceswap', 'jadi lawakan', 'di-meme-kan', 'dimemekan', 'dimeme',
    'dijadikan meme', 'jadi meme', 'pakai daster', 'pakai rok', 'pakai bikini', 'badan kartun', 'kepala kambing', 'kepala monyet',
  ],
  'meme-weak': ['dibuat jadi karakter', 'karakter game', 'dikasih suara', 'suara cempreng', 'dikasih tulisan', 'kasih tulisan', 'biar ketawa', 'buat ketawa', 'kartun', 'gambar kartun', 'caption', 'dikasih caption', 'joget', 'joget tiktok', 'goyang', 'konten tiktok', 'stiker', 'sticker', 'edit*', 'editan', 'diedit', 'badut', 'ditempel', 'template', 'lucu-lucuan', 'lucu lucuan', 'kocak', 'ngakak', 'wkwk', 'wkwkwk', 'haha', 'gif', 'filter'],
  'military-image': [
    'prajurit', 'tentara', 'tni', 'tni ad', 'tni al', 'tni au', 'anggota', 'babinsa', 'danramil', 'dandim', 'danrem', 'pangdam', 'kasad', 'kasal', 'kasau', 'panglima', 'komandan', 'jenderal', 'perwira',
    'seragam', 'seragam loreng', 'baret', 'loreng', 'pdl', 'pdh', 'lambang tni', 'logo tni', 'atribut', 'atribut tni', 'pangkat', 'brevet', 'tanda pangkat', 'kodim', 'koramil', 'korem', 'kodam',
    'muka pak', 'foto pak', 'foto komandan', 'foto danramil', 'foto dandim', 'foto kasad', 'foto panglima', 'foto prajurit', 'wajah komandan', 'pejabat tni', 'sersan', 'kopral', 'letnan', 'kapten', 'mayor',
    'kolonel', 'serda', 'pratu', 'prada', 'praka', 'sertu', 'serka', 'serma', 'peltu', 'pelda', 'letda', 'lettu', 'mayjen', 'brigjen', 'letjen', 'kopassus', 'kostrad', 'marinir',
  ],
  'meme-neutral': ['hut', 'dibagikan', 'souvenir', 'cendera mata', 'upacara', 'foto resmi', 'arsip', 'kegiatan', 'karya bakti', 'profil', 'resmi', 'dokumentasi', 'dokumentasi kegiatan', 'foto bersama', 'foto kegiatan', 'humas', 'video profil', 'jangan', 'dilarang', 'tidak boleh'],

  // ——— larangan-7: leaks ———
  'leak-object': [
    'dokumen rahasia', 'surat rahasia', 'surat telegram', 'st', 'sprin', 'surat perintah', 'data pribadi anggota', 'data anggota', 'dokumen internal', 'file rahasia', 'notulen rapat',
    'dokumen negara', 'dokumen satuan', 'dokumen kodim', 'dokumen tni', 'dokumen operasi', 'data prajurit', 'data pegawai', 'dokumen dinas', 'surat dinas', 'draft surat keputusan', 'draf surat keputusan', 'draft sk', 'draf sk', 'sebelum ditandatangani', 'dokumen perencanaan', 'dokumen pengamanan', 'rencana pengamanan', 'perencanaan pengamanan', 'hasil tes kesehatan anggota', 'hasil tes kesehatan', 'rekam medis', 'data kesehatan', 'denah markas', 'denah kodim', 'denah kantor', 'denah ruangan', 'nama ruangan', 'data penerima tunjangan', 'data tunjangan', 'soal tes', 'soal ujian', 'soal seleksi', 'materi tes', 'foto rapat tertutup', 'foto rapat pimpinan', 'foto rapat', 'screenshot grup', 'screenshot grup wa', 'tangkapan layar grup', 'ss grup', 'grup wa pimpinan', 'chat pimpinan', 'percakapan pimpinan', 'rekaman suara', 'rekaman suara rapat', 'rekaman percakapan', 'rekaman telepon', 'hasil rapat pimpinan', 'hasil rapat staf', 'keputusan rapat pimpinan', 'daftar promosi', 'daftar mutasi', 'hasil pantukhir', 'rekaman cctv', 'cctv ruang rapat', 'rekaman internal', 'video internal', 'data nomor hp', 'nomor hp para', 'nomor hp pejabat', 'nomor telepon pejabat', 'data pribadi pejabat', 'data pribadi', 'data diri anggota', 'data pribadi prajurit', 'alamat rumah pejabat', 'yang belum diumumkan', 'belum diumumkan', 'daftar calon peserta', 'daftar peserta', 'daftar calon', 'data kenaikan pangkat', 'data kepangkatan', 'data kenaikan', 'draf perpang', 'draf perkasad', 'draf aturan', 'draf peraturan', 'draft perpang', 'rancangan perpang', 'perpang', 'perkasad', 'juknis', 'juklak', 'belum disahkan', 'daftar gaji', 'data gaji', 'daftar gaji pejabat', 'data pejabat', 'dokumen kodam', 'data kodam', 'surat kodam', 'data kodim', 'data korem', 'daftar nama anggota', 'daftar anggota', 'nama-nama anggota', 'anggota intel', 'data intel', 'daftar personel', 'data personel', 'nota dinas', 'radiogram', 'rekaman rapat', 'foto surat', 'data rahasia', 'berkas',
  ],
  /** A roof or a tyre leaks too: "atap ruang arsip bocor", "ban bocor". */
  'leak-literal': ['atap', 'genteng', 'plafon', 'talang', 'udan', 'hujan', 'banjir', 'ban', 'pipa', 'kran', 'ember', 'rembes', 'bocor alus'],
  /** Neighbourhood meetings share their own minutes: not a service leak. */
  'civic-meeting': ['persiapan hut', 'kepanitiaan', 'ke panitia', 'rapat rt', 'rapat rw', 'arisan', 'karang taruna', 'rapat sekolah', 'komite sekolah', 'pengurus rt', 'pengurus rw'],
  /** Advice for when a leak happens, not a report of one. */
  'leak-advice': ['kalau ada yang', 'jika ada yang', 'apabila ada', 'bila ada yang', 'seandainya', 'jangan diteruskan', 'jangan disebar', 'jangan disebarkan', 'jangan ikut menyebarkan', 'laporkan ke atasan', 'laporkan ke komandan', 'segera laporkan', 'wajib lapor'],
  'leak-verb': [
    'beredar', 'bocor', 'kebocoran', 'dibocorkan', 'bocorkan', 'tersebar', 'disebar', 'disebarkan', 'menyebar', 'nyebar', 'nyebarin', 'sebar*', 'upload*', 'unggah*', 'diunggah', 'diupload', 'viral',
    'diposting', 'posting', 'ngeposting', 'share', 'dishare', 'ngeshare', 'dibagikan', 'tersiar', 'ada yang upload', 'ada akun yang', 'bocor*', 'posting*', 'terposting', 'masuk grup', 'di grup', 'bisa diakses bebas', 'diakses bebas', 'tanpa password', 'terbuka di web', 'sudah ada di', 'ada di facebook', 'ada di tiktok', 'ada di twitter', 'belum ada surat resmi', 'padahal belum resmi', 'google drive publik', 'drive publik', 'bisa diakses publik', 'bisa diakses siapa saja', 'link publik', 'muncul di akun', 'nongol di', 'akun gosip', 'akun anonim', 'ngirim ke saya', 'dikirim ke saya', 'dikirimi', 'ada yang ngirim', 'ada yang kirim', 'dapat kiriman', 'nerima kiriman', 'difoto',
  ],

  // ——— etika-1: one's own institution ———
  institution: ['my office', 'our office', 'the office', 'ministry', 'my ministry', 'agency', 'the army', 'our unit', 'my unit', 'civil service', 'tni', 'instansi', 'instansi ini', 'kantor', 'kantor ini', 'dinas', 'satuan', 'kesatuan', 'kodim', 'koramil', 'korps', 'angkatan', 'abdi negara', 'pns', 'asn', 'tentara', 'militer', 'aparat', 'lembaga ini'],
  degrade: [
    'a joke', 'is a joke', 'clock-watchers', 'yes-men', 'useless', 'incompetent', 'embarrassed to wear', 'ashamed to wear', 'paper tiger',
    'alat penguasa', 'malu pake seragam', 'malu pakai seragam', 'malu memakai seragam', 'malu aku pake seragam',
    'bobrok', 'busuk', 'penakut', 'payah', 'sampah', 'memalukan', 'bikin malu', 'tidak becus', 'lembek', 'banci', 'pemalas', 'malas', 'makan gaji buta', 'gaji buta', 'parasit', 'benalu',
    'seremonial', 'cuma bisa seremonial', 'bodoh semua', 'penjilat', 'korup', 'sarang', 'sarang korupsi', 'bejat', 'bangkrut', 'tidak berguna', 'beban negara', 'mandul', 'ompong', 'macan kertas', 'abal-abal', 'kampungan',
  ],

  // ——— etika-2: integrity ———
  'guarantee-pass': [ 'terima beres', 'tinggal terima beres', 'jalur keluarga', 'jalur kekeluargaan', 'kuat dompet', 'modal dompet',
    'guaranteed', 'without the test', 'no test', 'inside connection', 'inside connections', 'someone inside', 'cousin inside', 'passes itself', 'i know a guy', 'my guy inside',
    'bantu lolos', 'dijamin lolos', 'pasti lolos', 'jamin lolos', 'pasti diterima', 'dijamin diterima', 'jamin masuk', 'pasti masuk', 'tanpa tes', 'bantu masuk', 'dibantu masuk',
    'jalur belakang', 'jalur khusus', 'jalur orang dalam', 'lewat orang dalam', 'ada orang dalam', 'punya orang dalam', 'orang dalam', 'titipan', 'titip nama', 'bisa diatur', 'kenal orang dalam',
    'kasih fee', 'fee', 'komisi', 'proyek lancar', 'jasa percepatan', 'percepatan', 'jasa pengurusan', 'bisa dipercepat', 'setor dulu', 'setor ke', 'titip anak', 'kasih amplop', 'amplop', 'biar lolos', 'jual kursi', 'beli kursi', 'kursi cpns', 'garansi uang kembali', 'garansi lolos', 'uang kembali', 'uang pelicin', 'pelicin', 'uang bensin', 'pasti lulus', 'dijamin lulus', 'bisa atur', 'atur berkas', 'teman di bkd', 'orang bkd', 'bikinin', 'bisa bikinin', 'ijazah palsu', 'ijazah aspal', 'harga nego', 'siapkan minimal', 'sudah banyak yang berhasil', 'berhasil lewat saya', 'lolos lewat saya', 'lewat saya', 'bantu naik', 'naik golongan lebih cepat', 'pasti diproses', 'cukup transfer', 'kenalan di panitia', 'punya kenalan', 'kenal panitia', 'tinggal siapkan dana', 'siapkan dana', 'bisa dibikinin', 'dibikinin', 'tanpa suntik', 'tanpa ujian', 'aspal', 'surat aspal', 'kunci jawaban', 'bocoran soal', 'soal bocor', 'dijamin keluar', 'joki tes', 'joki ujian', 'jasa joki', 'tanpa antre', 'tanpa antri', 'bantu urus', 'bisa bantu urus', 'jasa urus', 'urus cepat', 'proses kilat', 'tanda terima kasih', 'ucapan terima kasih', 'kasih tanda', 'nanti saya kasih', 'nanti saya bayar', 'ada uang rokoknya', 'saya siapkan uangnya', 'uang damai', 'uang rokok', 'uang terima kasih', 'mahar', 'setoran', 'nembak', 'sim tembak', 'tembak sim', 'bisa dibantu', 'bisa dibantu masuk', 'saya bantu masuk',
  ],
  'recruitment-money': [
    'intake', 'recruitment', 'driving licence', 'driving license', 'licence', 'license', 'million', 'mil', 'all in',
    'kesamaptaan', 'tes kesamaptaan', 'penguji', 'lulus',
    'm', 'miliar', 'milyar', 'golongan', 'naik golongan', 'dana', 'secaba', 'secata', 'secapa', 'dikmaba', 'dikmata', 'casis', 'catam', 'masuk tentara', 'masuk polisi', 'masuk tni', 'jadi tentara', 'jadi polisi', 'jadi pns', 'jadi asn',
    'tni', 'cpns', 'pns', 'asn', 'pppk', 'bintara', 'tamtama', 'akmil', 'akpol', 'casis', 'catar', 'polisi', 'polri', 'seleksi', 'tes', 'pendaftaran', 'penerimaan', 'rekrutmen', 'biaya', 'bayar',
    'juta', 'jt', 'rp', 'ribu', 'rb', 'tarif', 'uang', 'setor', 'transfer', 'dp', 'lunas', 'biaya administrasi', 'administrasi', 'sim', 'skck', 'ktp', 'sertifikat', 'izin', 'proyek', 'tender', 'kenaikan pangkat', 'naik pangkat', 'pangkat', 'jabatan',
    'mutasi', 'sekolah', 'diklat', 'pendidikan',
  ],
  bribe: ['selipin uang', 'selipin duit', 'nyelipin uang', 'nyelipin duit', 'selipin amplop', 'uang rokok', 'uang terima kasih', 'someone inside', 'guaranteed pass', 'my guy at', 'orang saya di', 'data prioritas', 'bisa masuk prioritas', 'bribe', 'bribed', 'setor 10 persen', 'setor 15 persen', 'setor 20 persen', 'fee proyek', 'potongan proyek', 'jatah proyek', 'uang suap', 'disuap', 'menyuap', 'nyuap', 'suap petugas', 'suap polisi', 'kasih suap', 'sogok*', 'nyogok', 'disogok', 'pungli', 'pungutan liar', 'calo cpns', 'calo tni', 'calo polisi', 'lewat calo', 'pakai calo', 'jasa calo', 'percaloan', 'gratifikasi', 'jual beli jabatan', 'beli jabatan', 'uang pelicin', 'uang damai', 'sim tembak', 'nembak sim'],
  /** Service property used for the service. */
  /** Wearing the uniform to look tough or cool off duty. */
  'uniform-show': ['biar keliatan keren', 'biar kelihatan keren', 'biar dihormati', 'biar disegani', 'biar ditakuti', 'biar gagah', 'biar keren', 'biar tidak ditilang', 'biar nggak ditilang', 'biar dapat diskon', 'biar dilayani duluan', 'biar ditakuti preman'],
  /** Official papers that have no business on social media. */
  'internal-doc': ['surat tugas', 'tanda tangan dandim', 'ttd dandim', 'daftar nama dan nrp', 'nama dan nrp', 'susunan pejabat', 'susunan pejabat baru', 'hasil sidang jabatan','lembar disposisi', 'disposisi', 'nomor agenda', 'nota dinas', 'surat perintah', 'sprin', 'surat telegram', 'radiogram', 'renops', 'rencana operasi', 'notulen rapat staf', 'daftar nominatif', 'kartu tanda anggota', 'kta'],
  'photo-share': ['lampiran', 'terlampir', 'foto', 'nih foto', 'ini foto', 'difoto', 'screenshot', 'ss', 'tangkapan layar', 'jangan sampai tersebar', 'jangan disebar', 'jangan bilang siapa-siapa', 'bocoran', 'scan'],
  /** "Otakmu", "mulut lo": a body part pinned on the person spoken to, then a put-down. */
  'your-body': ['mukamu', 'otakmu', 'mulutmu', 'matamu', 'kepalamu', 'wajahmu', 'utekmu', 'raimu', 'muka lu', 'otak lu', 'mulut lu', 'muka lo', 'otak lo', 'mulut lo', 'muka kau', 'otak kau', 'mulut kau', 'muka kamu', 'otak kamu'],
  'put-down': ['kayak comberan', 'comberan', 'isinya sampah','kayak pantat', 'kayak tai', 'kayak monyet', 'kayak babi', 'kayak anjing', 'kayak sampah', 'kayak kotoran', 'seperti sampah', 'seperti binatang', 'kayak binatang', 'di mana', 'dimana', 'ditaruh', 'taruh', 'kosong', 'udang', 'dengkul', 'sempit', 'bau', 'busuk', 'jelek', 'nggak dipakai', 'tidak dipakai', 'nggak ada', 'ketinggalan'],
  /** A candidate picked out by looks or ballot position rather than by name. */
  'candidate-look': ['pakai peci', 'peci hitam', 'yang pakai peci', 'yang berpeci', 'pakai kacamata', 'berbaju','berkumis', 'berkacamata', 'berpeci', 'berjilbab', 'berjenggot', 'yang ganteng', 'yang cantik', 'baju putih', 'baju merah', 'baju biru', 'baju kotak-kotak', 'nomor tengah', 'paling kiri', 'paling kanan', 'yang tengah', 'yang kiri', 'yang kanan', 'yang muda', 'yang tua', 'yang gemoy', 'gemoy'],
  /** Where a post is guarded, and the weak spot of that guard. */
  'guard-weakness': ['titik lemah', 'paling lemah', 'celah penjagaan', 'penjagaan lemah', 'cuma dijaga', 'hanya dijaga', 'tidak dijaga', 'tanpa penjagaan', 'tidak ada cctv', 'pagarnya jebol', 'tidak dikunci', 'kosong tiap'],
  'guarded-place': ['pos', 'pos jaga', 'pos pengamanan', 'markas', 'makodim', 'kodim', 'koramil', 'yon', 'batalyon', 'gudang', 'gudang senjata', 'gudang amunisi', 'gudang bahan peledak', 'perbatasan', 'sektor', 'asrama', 'pintu samping', 'pintu belakang'],
  'official-use': ['acara resmi', 'kegiatan resmi', 'kegiatan dinas', 'tugas dinas', 'keperluan dinas', 'dinas luar', 'keperluan operasional', 'kegiatan operasional', 'tamu', 'sesuai prosedur', 'sesuai aturan'],
  /** Work against a problem (not news of it): talks, campaigns, complaint desks. */
  prevention: ['saber', 'saber pungli', 'berantas*', 'cegah*', 'pencegahan', 'penyuluhan', 'sosialisasi', 'bahaya narkoba', 'bahaya judi', 'bahaya judi online', 'anti narkoba', 'antinarkoba', 'stop narkoba', 'katakan tidak', 'seminar', 'layanan pengaduan', 'pengaduan', 'silakan lapor', 'segera lapor', 'ayo lapor', 'lapor ke', 'lapor saja', 'bisa lapor', 'laporkan', 'hindari', 'waspada', 'waspadai', 'jangan percaya', 'hati-hati', 'tanpa biaya', 'bebas biaya', 'bebas pungli', 'gratis'],
  /** Selection is free and touts get reported: the text warns, it does not offer. */
  'recruitment-free': ['pendaftaran tni gratis', 'pendaftaran gratis', 'seleksi gratis', 'tes gratis', 'tidak dipungut biaya', 'tanpa dipungut biaya', 'tidak dipungut bayaran', 'ketemu calo', 'laporkan calo', 'lapor calo', 'awas calo', 'waspada calo', 'hati-hati calo', 'jangan percaya calo', 'modus calo', 'korban calo', 'ditipu calo'],
  /** Pointing someone caught in gambling or debt to help: an awareness post, not a confession. */
  'frame-help': ['konseling', 'psikolog', 'rehabilitasi', 'layanan konseling', 'rangkul', 'minta tolong', 'cari bantuan', 'hotline'],
  'anti-corruption': [
    'jangan tertipu', 'jangan sampai tertipu', 'web resmi', 'situs resmi', 'website resmi', 'cek di web',
    'saber', 'saber pungli', 'berantas*', 'tolak', 'lapor', 'laporkan', 'stop', 'anti', 'tangkap*', 'ott', 'kpk', 'cegah*', 'hindari', 'waspada', 'waspadai', 'jangan percaya', 'hati-hati', 'penipuan',
    'itu korupsi', 'adalah korupsi', 'termasuk korupsi', 'bentuk korupsi', 'sama dengan korupsi', 'itu suap', 'termasuk suap', 'jangan pernah', 'jangan mau', 'haram', 'dosa', 'melanggar hukum', 'dipidana', 'pidana',
    // "no ordal no nyogok", "there is no 'jalur orang dalam'… a scammer": integrity stated, not a bribe offered.
    'no ordal', 'tanpa ordal', 'no nyogok', 'tanpa nyogok', 'tanpa sogok', 'gak pake nyogok', 'ora nyogok', 'jalur reguler', 'murni', 'penipu', 'scammer', 'scam', 'there is no', 'tidak ada jalur', 'gak ada jalur', 'gratifikasi', 'pelatihan integritas', 'zona integritas', 'upg',
    'modus', 'sosialisasi', 'tanpa biaya', 'bebas biaya', 'tanpa dipungut', 'sepeser pun', 'kejaksaan', 'tersangka', 'terdakwa', 'vonis', 'divonis', 'sidang', 'hukuman', 'dihukum', 'dipenjara', 'pengaduan', 'bebas pungli', 'gratis', 'tidak dipungut biaya',
  ],

  // ——— etika-4: conduct ———
  vice: [ 'kakek zeus', 'gates of olympus', 'mahjong ways', 'chip domino', 'chip higgs', 'higgs domino', 'jual chip', 'beli chip', 'wd lancar', 'withdraw lancar', 'pola gacor', 'rtp slot', 'rtp live', 'depo pulsa',
    'miras', 'pesta miras', 'minuman keras', 'mabuk', 'mabok', 'mabuk-mabukan', 'minum bir', 'ciu', 'arak', 'tuak', 'oplosan', 'anggur merah', 'teler', 'sloki', 'sopi', 'ballo',
    'judi', 'judi online', 'judol', 'slot gacor', 'gacor', 'maxwin', 'togel', 'sabung ayam', 'taruhan', 'deposit slot', 'link alternatif', 'situs slot', 'scatter', 'jackpot', 'jp paus', 'main slot', 'menang slot', 'slot online', 'kalah slot', 'menang judi', 'kalah judi', 'menang togel', 'tembus togel', 'menang taruhan',
    'kasino online', 'casino online', 'deposit kecil', 'depo receh', 'sama lc', 'pakai lc', 'booking lc', 'pemandu lagu', 'ladies companion', 'habis dalam semalam', 'dugem', 'clubbing', 'club malam', 'klub malam', 'diskotik', 'diskotek', 'tempat hiburan malam', 'thm', 'nightclub', 'karaoke plus', 'lady escort', 'open bo', 'minum wine', 'minum alkohol', 'pesta bir', 'ngebir', 'mabuk bir', 'mabuk ciu',
  ],
  'vice-neutral': [ 'merusak', 'ngrusak', 'menghancurkan', 'jauhi', 'jauhilah', 'adohono', 'adohi', 'hindari', 'bahaya', 'kecanduan', 'konseling', 'psikolog', 'rehabilitasi', 'korban judi',
    'nira', 'tuak manis', 'legen', 'sebelum fermentasi',
    'kebun anggur', 'petik anggur', 'panen', 'kebun', 'buah anggur', 'buah',
    'es teler', 'tewas', 'meninggal', 'korban jiwa', 'tanpa minuman keras', 'tidak menyediakan',
    'tolak*', 'ajakan', 'jauhi', 'berhenti', 'tobat', 'kapok', 'menjauhi', 'bebas dari',
    'jurus mabuk', 'mabuk durian', 'mabuk laut', 'mabuk perjalanan', 'mabuk kendaraan', 'mabuk darat', 'mabuk udara', 'mabuk cinta', 'mabuk kepayang', 'mabuk asmara', 'mabuk kekuasaan', 'mabuk pujian',
    'razia', 'berantas*', 'bahaya', 'stop', 'tolak', 'anti', 'dampak', 'cegah*', 'sita', 'disita', 'musnahkan', 'pemusnahan', 'korban', 'sosialisasi', 'penyuluhan', 'tangkap*', 'amankan', 'diamankan',
    'polisi', 'polres', 'satpol', 'jangan', 'hindari', 'dilarang', 'larangan', 'haram', 'merusak', 'menghancurkan', 'kecanduan', 'rehabilitasi', 'waspada', 'ancaman', 'bahaya judi', 'jeratan',
  ],
  flexing: [
    'cincin berlian', 'jam tangan emas', 'perhiasan',
    'nikmatnya jadi pejabat', 'enaknya jadi pejabat', 'enak jadi pejabat',
    'pamer', 'pamer harta', 'flexing', 'flexing dulu', 'rolex', 'jam rolex', 'mobil mewah', 'moge', 'harley', 'barang branded', 'tas branded', 'hermes', 'louis vuitton', 'gucci', 'iphone terbaru',
    'hasil proyek', 'hasil sampingan', 'uang proyek', 'dari proyek', 'proyekan', 'gaji tentara', 'gaji pns', 'sultan', 'crazy rich', 'liburan ke eropa', 'jet pribadi', 'mercy', 'mercedes', 'mobil mercy', 'bmw', 'lexus', 'alphard', 'pajero', 'fortuner', 'land cruiser', 'lamborghini', 'ferrari', 'porsche', 'tas mewah', 'jam mewah', 'jam tangan mewah', 'rumah mewah', 'dari rekanan', 'hadiah rekanan', 'rekanan proyek',
  ],
  'flex-marker': ['emas', 'berlian', 'padahal cuma', 'kelas bisnis', 'first class', 'pamer', 'flexing', 'baru', 'beli', 'borong', 'koleksi', 'hasil', 'proyek', 'sampingan', 'mewah', 'mahal', 'juta', 'miliar', 'm', 'gaji', 'bonus', 'rezeki'],
  'uniform-promo': [ 'reseller', 'open reseller', 'dropship', 'biar meyakinkan', 'biar percaya', 'biar pada percaya', 'biar laku', 'biar laris','endorse', 'endorsement', 'promosi', 'jualan', 'olshop', 'open order', 'ready stock', 'dijual', 'jual', 'order', 'diskon', 'promo', 'paid promote', 'pp', 'iklan', 'affiliate', 'afiliasi', 'keranjang kuning', 'cek keranjang', 'link di bio'],
  uniform: ['baju dinas', 'baju loreng', 'seragam lengkap', 'seragam', 'seragam dinas', 'seragam tni', 'seragam pns', 'pakai seragam', 'berseragam', 'pdl', 'pdh', 'loreng', 'baret', 'atribut dinas', 'atribut tni', 'pakaian dinas'],

  // ——— etika-5: working hours and facilities ———
  truancy: [
    'titipin teman', 'kutitipin', 'dititipin', 'nitip absen', 'absen titip', 'absen tak titipno', 'absen wis tak titipno', 'absen titipno', 'skipped apel', 'skip apel', 'bolos apel', 'pulang tidur lagi', 'tidak masuk kantor', 'told my boss', 'pretend to be sick', 'called in sick', 'skipped work', 'skip kerja', 'chilling at', 'jam kantor mah bisa diatur', 'tukin tetep full',
    'bolos', 'bolos kerja', 'bolos ngantor', 'titip absen', 'absen fiktif', 'absen dulu terus', 'absen terus pulang', 'mangkir', 'kabur dari kantor', 'pulang cepat', 'izin sakit padahal', 'pura-pura sakit',
    'pura pura sakit', 'nyambi', 'suruh anak magang', 'kerjaan dilempar ke', 'tinggal tanda tangan', 'ngantor cuma', 'cuma dua jam', 'sisanya di rumah', 'tidak ada yang ngecek', 'tidak balik kantor', 'tidak balik ke kantor', 'tidak kembali ke kantor', 'selfie dari rumah', 'foto selfie dari rumah', 'belum ada izin wfh', 'tanpa izin wfh', 'wfh tanpa izin', 'atasan tidak tahu', 'atasan nggak tahu', 'aplikasi palsu', 'absen palsu', 'absen aman', 'absen kantor aman', 'padahal sehat', 'surat sakit beli', 'beli dari klinik', 'padahal lagi nonton', 'padahal nonton', 'padahal lagi liburan', 'padahal lagi jalan-jalan', 'padahal lagi mancing', 'padahal lagi di mall', 'padahal lagi main', 'padahal nganter', 'padahal antar', 'padahal ngantar', 'padahal arisan', 'padahal belanja', 'padahal nongkrong', 'padahal tidur', 'padahal aslinya', 'padahal sebenarnya liburan', 'padahal liburan', 'padahal jalan-jalan', 'padahal mancing', 'padahal mudik', 'cuma buat absen', 'cuma untuk absen', 'cuma absen', 'absen doang', 'habis absen', 'selesai absen langsung', 'tidur di kantor', 'keluyuran', 'keluyuran jam kerja', 'izin palsu', 'surat sakit palsu', 'surat dokter palsu', 'beli surat sakit', 'absen dari rumah', 'fake gps', 'titip finger', 'joki absen', 'pulang jam 9 pagi', 'pulang jam 10 pagi', 'pulang jam 11 pagi', 'pulang siang terus', 'pulang duluan terus', 'pulang sebelum waktunya', 'atasan tidak pernah ngecek', 'atasan tidak pernah cek', 'tidak pernah dicek atasan', 'aman tidak ketahuan', 'ngantor jam 10', 'cabut dari kantor', 'tidak masuk kerja', 'tidak ngantor', 'makan gaji buta', 'absen pagi', 'absen sore', 'nitip absen', 'finger print', 'fingerprint',
  ],
  'work-time': ['kerjaan kantor', 'pekerjaan kantor', 'lagi apel', 'saat apel', 'waktu apel', 'apel', 'jam kerja', 'jam dinas', 'jam kantor', 'saat dinas', 'waktu dinas', 'pas dinas', 'lagi dinas', 'di kantor', 'ngantor', 'hari kerja', 'jam apel'],
  'private-activity': ['ojek online', 'nyetir ojek', 'ngojol', 'narik ojol', 'ojol', 'ngurus bisnis', 'urus bisnis', 'bisnis', 'usaha pribadi','main hp', 'nonton bola', 'nongkrong', 'mancing', 'main game', 'ngegame', 'tidur', 'ngemall', 'ke mall', 'belanja', 'jalan-jalan', 'jalan jalan', 'ngopi', 'karaoke', 'nonton', 'liburan', 'healing', 'main', 'ngojek', 'jualan', 'mudik', 'antar anak', 'pacaran'],
  'official-facility': ['kartu kredit kantor', 'kartu kantor', 'truk dinas', 'uang perjalanan dinas', 'uang perjadin', 'sppd', 'uang dinas', 'komputer kantor', 'listrik kantor', 'wifi kantor', 'internet kantor', 'atk kantor', 'mobil kantor', 'mobil dinas', 'kendaraan dinas', 'ranmor dinas', 'motor dinas', 'rumah dinas', 'laptop kantor', 'fasilitas kantor', 'fasilitas dinas', 'bbm dinas', 'anggaran kantor', 'uang kantor', 'printer kantor', 'kertas kantor', 'plat merah', 'pelat merah'],
  'private-use': [ 'pesenan', 'pesanan', 'dagangan', 'kulakan', 'nganter pesanan', 'antar pesanan','ngopi', 'kafe', 'pindahan', 'pindahan rumah', 'dipinjamkan', 'pinjamkan', 'disewakan', 'sewakan','mudik', 'liburan', 'jalan-jalan', 'jalan jalan', 'antar anak', 'belanja', 'pribadi', 'keluarga', 'kondangan', 'pacaran', 'nongkrong', 'piknik', 'wisata', 'kampung', 'pulang kampung', 'ngojek', 'usaha', 'bisnis', 'jualan', 'arisan', 'ngemall', 'main game', 'ngegame', 'nonton film', 'nikahan', 'undangan nikah', 'keperluan pribadi', 'adik', 'hemat', 'narik', 'ojek', 'ojol', 'ojek online'],

  // ——— etika-6: accuracy ———
  'cure-claim': ['cures', 'cure', 'proven', '100% proven', 'no need for chemo', 'tidak perlu kemo', 'gak perlu kemo', 'pasti mencegah', 'mencegah stroke', 'sembuhin', 'nyembuhin', 'bisa sembuhin', 'dalam seminggu', 'dalam 3 hari', 'dalam sehari', 'dijamin bebas', 'banyak yang membuktikan', 'sudah banyak yang membuktikan', 'sudah dibuktikan', 'pasti hilang', 'langsung hilang', 'hilang total', 'sembuhkan', 'pasti sembuh', 'dijamin sembuh', 'ampuh', 'ampuh menyembuhkan', 'ampuh mengobati', '100% sembuh', '100 persen sembuh', 'langsung sembuh', 'sembuh total', 'obat segala penyakit', 'menyembuhkan segala', 'sembuh dalam', 'sembuh seketika', 'tanpa obat dokter', 'tidak perlu ke dokter', 'tidak usah ke dokter', 'mujarab', 'manjur', 'obat ajaib', 'menyembuhkan', 'sudah terbukti', 'terbukti', 'membunuh virus', 'mematikan virus', 'mencegah kanker', 'menyembuhkan kanker'],
  remedy: ['minum', 'makan', 'konsumsi', 'ramuan', 'obat', 'herbal', 'air', 'rebusan', 'jamu', 'daun', 'oleskan', 'terapi', 'resep', 'campuran', 'garam', 'bawang', 'jahe', 'kunyit', 'madu', 'lemon', 'air kelapa', 'minyak', 'kapsul', 'suplemen', 'teh', 'urin', 'bekam'],
  'public-claim': ['asn', 'pns', 'gaji', 'tunjangan', 'pensiun', 'salary', 'salaries', 'allowance', 'allowances', 'pension', 'government', 'vaccine', 'listrik', 'padam total', 'pln', 'blackout', 'internet', 'beras plastik', 'telur palsu', 'formalin', 'boraks', 'beras', 'pasar', 'makanan', 'obat', 'pemerintah', 'presiden', 'vaksin', 'chip', 'bbm', 'harga', 'bank', 'uang', 'rupiah', 'gempa', 'tsunami', 'pemilu', 'kpu', 'tni', 'polri', 'pki', 'asing', 'china', 'cina', 'yahudi', 'covid', 'konspirasi', 'elite global', 'pejabat', 'penculikan', 'kiamat', 'perang', 'hp mati', 'gerhana', 'mati total', 'bumi gelap', 'bumi akan gelap', 'gelap 3 hari', 'badai matahari', '5g', 'sinyal 5g', 'mati massal', 'burung mati', 'mengandung plastik', 'telur', 'minyak goreng', 'dicampur plastik', 'plastik', 'dicampur', 'oplosan', 'kerusuhan', 'rusuh', 'dalang', 'dalangnya', 'demo', 'pelakunya', 'partai', 'partai sebelah', 'ormas'],

  // ——— etika-7: respect ———
  profanity: [
    'bangsat', 'bajingan', 'keparat', 'brengsek', 'kampret', 'kontol', 'kntl', 'memek', 'ngentot',
    'ngewe', 'entot', 'jembut', 'pepek', 'pantek', 'pukimak', 'puki', 'kimak', 'lonte', 'lonthe', 'pelacur', 'perek', 'sundal', 'jablay', 'bencong', 'bangke', 'sialan', 'asu', 'asw', 'asuw',
    'raimu', 'ndasmu', 'cangkemmu', 'gundulmu', 'telek', 'taek', 'tai', 'tahi', 'taik', 'makan tai', 'kunyuk', 'bacot', 'bacod', 'cocot', 'cocotmu', 'pecundang',
    'biadab', 'laknat', 'jahanam', 'bedebah', 'bajindul', 'gathel', 'pekok', 'kakean cangkem', 'modar', 'mampus', 'otak udang', 'otak dengkul',
    'banci kaleng', 'bokep', 'colmek', 'coli', 'ngaceng', 'sange', 'bispak', 'anjrit', 'anjrot', 'ajg', 'anjg', 'anjink', 'anjeng', 'njing', 'bgst', 'bngst', 'bngsat', 'bgsd',
    'kmprt', 'kurang ajar', 'kurangajar', 'bejat', 'bejad', 'klentit', 'fuck', 'fucking', 'shit', 'bitch', 'bastard', 'asshole', 'motherfucker', 'stfu', 'ngehe', 'kampang', 'sompret', 'tak tahu malu', 'tidak tahu malu',
    'picek', 'matamu picek', 'jongos', 'kacung', 'cebong', 'kadrun', 'nyet', 'banci', 'pecun', 
    'toket', 'tetek', 'ngeue', 'ngewe', 'ngentod', 'ngntd', 'entod', 'pler', 'peler', 'titit', 'itil', 'meki', 'tempik', 'turuk', 'silit', 'maho', 'cabe-cabean', 'germo', 'crot', 'ngecrot', 'horny',
    'koyok kethek', 'koyo kethek', 'kayak kethek', 'koyok asu', 'koyok wedhus',
    'uteke ning dengkul', 'utek dengkul', 'uteke dengkul', 'pantat panci', 'muka pantat', 'ngaca dulu', 'ngaca sana', 'mukamu kayak', 'otaknya di dengkul', 'otak di dengkul', 'otaknya dengkul', 'otaknya udang', 'otaknya kosong', 'tidak punya otak', 'ora duwe utek', 'ndlogok', 'ndlogog', 'dengkulmu', 'utekmu', 'lambemu', 'congormu', 'matane', 'gathelmu',
    'cukimai', 'congor', 'lambe turah', 'bngs', 'anjrit', 'tai kucing', 'asu buntung', 'kampret lu', 'ngehek', 'bacot lu', 'bangsat lu', 'kontol lu', 'otak kosong', 'goblog lu', 'setan lu', 'iblis lu', 'anjing lu', 'babi lu', 'monyet lu', 'anak haram', 'haram jadah', 'keparat', 'bejat', 'binatang lu', 'mulut sampah',
  ],
  /** Insults a writer may also say of themselves ("aku budek", "gw goblok"). */
  'insult-word': ['goblok', 'goblog', 'gblk', 'gblg', 'goblik', 'tolol', 'bego', 'begok', 'idiot', 'dungu', 'budek', 'udik', 'bolot', 'sinting', 'sarap', 'kampungan', 'gembel', 'sableng', 'dongo', 'tulalit', 'geblek', 'koplak', 'bodat'],
  // Talking about a word rather than using it.
  'profanity-neutral': ['asu ne', 'asune', 'asu e', 'asu tonggo', 'asu saya', 'asu kami', 'asuku', 'asu paling setia', 'paling setia', 'dokter hewan', 'peliharaanku', 'kandange', 'lemu', 'mlaku-mlaku', 'maem', 'kulo', 'kula', 'ilang', 'hilang', 'kalung', 'gulune', 'jenenge', 'werno', 'peliharaan', 'kandang', 'gonggong', 'bukan pecundang', 'wedhus gembel', 'beterbangan', 'berterbangan', 'sarang kampret', 'gua kampret','nama lain', 'kelelawar', 'bego-begoan', 'bahasa jawa', 'artinya', 'berarti', 'makian', 'umpatan', 'kata kasar', 'jangan dipakai', 'jangan diucapkan', 'istilah', 'rujak banci', 'wiro sableng', '3 idiot', 'three idiots', 'my idiot brother', 'tai chi', 'fairy tai', 'tai lalat', 'tahi lalat', 'tai sapi', 'tahi sapi', 'pupuk', 'kotoran', 'tai ayam', 'colibri', 'mampus tidak'],
  'javanese-swear': ['jancok', 'jancuk', 'jancik', 'jancog', 'dancok', 'dancuk', 'diancuk', 'diancok', 'jiancuk', 'jiancok', 'jamput', 'damput', 'diamput', 'mbokne ancuk', 'ancuk', 'cuk', 'cok', 'coeg', 'coek', 'jnck', 'jnck'],
  'insult-mild': [
    'bodoh', 'bloon', 'bloon', 'oon', 'pea', 'budek', 'bolot', 'norak', 'alay', 'lebay', 'cupu', 'culun', 'katrok', 'ndeso', 'kampungan', 'udik', 'kere', 'gembel', 'munafik', 'penjilat', 'busuk',
    'sok suci', 'tidak tahu diri', 'tak tahu diri', 'muka tembok', 'otak kosong', 'jangkrik', 'budak', 'gila', 'sinting', 'edan', 'gendeng', 'stupid', 'dumb', 'lemot', 'payah', 'banci', 'pengecut',
    'sampah', 'jelek', 'buruk rupa', 'gendut', 'miskin', 'jahat', 'licik', 'sombong', 'songong', 'belagu', 'tengil', 'sotoy', 'caper', 'pelakor', 'cabul', 'mesum', 'matamu', 'dapurmu',
    'bocah ingusan', 'anak ingusan', 'anak kemarin sore', 'tau apa kau', 'tahu apa kau', 'tahu apa kamu',
    'sinting', 'gila lu', 'pemalas', 'tukang ngeluh', 'tukang mengeluh', 'tidak berguna', 'muka badak', 'tukang cari muka', 'kerjanya cari muka', 'tukang jilat', 'penjilat atasan',
  ],
  /** Words that only ever describe a person, and only to demean (unlike "miskin", "jahat", "busuk"). */
  'insult-person': ['muka badak', 'muka tembok', 'penjilat', 'tukang jilat', 'tukang cari muka', 'munafik', 'pengecut', 'banci', 'otak kosong', 'tidak tahu diri', 'tak tahu diri', 'sok suci', 'songong', 'belagu', 'tengil', 'pelakor', 'katrok', 'cupu', 'tidak tahu malu', 'bermuka dua', 'muka dua', 'lintah darat'],
  // The writer handled a leak as the guideline asks: reported it, asked for it to be deleted, did not pass it on.
  /** Rubbish as rubbish: "karya bakti, 3 ton sampah diangkut" says nothing about the unit. */
  'cleanup-activity': ['karya bakti', 'kerja bakti', 'bersih-bersih', 'resik-resik', 'diangkut', 'angkut', 'bank sampah', 'buang sampah', 'pungut sampah', 'bersih sungai', 'bersih kali', 'gotong royong', 'tempat sampah', 'sampah plastik', 'pilah sampah', 'peduli sampah', 'ton sampah', 'kg sampah', 'truk sampah'],
  'proper-report': ['sudah saya laporkan', 'saya laporkan ke', 'sudah kami laporkan', 'sudah dilaporkan ke', 'saya lapor ke', 'lapor ke pasi intel', 'tidak ikut membagikan', 'tidak ikut menyebarkan', 'tidak akan membagikan', 'tidak akan menyebarkan', 'tidak saya bagikan', 'tidak saya sebarkan', 'sudah saya minta dihapus', 'saya minta dihapus', 'tidak akan membahas'],
  // Confessing love ("tembak aja, dia juga naksir"), not shooting.
  romance: ['naksir', 'gebetan', 'pacar', 'doi', 'jadian', 'crush', 'pdkt', 'baper', 'jatuh cinta', 'suka sama', 'naksir berat'],
  'slang-curse': ['bodo', 'bodo ah', 'bodo amat', 'bodoamat', 'bodo amet', 'taek lah', 'sialan'],
  // Softened curses that people mostly shout in surprise or delight ("Anjir, keren!"): a reminder on
  // their own, an insult only when aimed at someone.
  'slang-exclamation': ['anjir', 'anjay', 'njir', 'anjim', 'anjas', 'anjrot', 'anjer', 'anjai', 'wtf', 'jangkrik'],
  'mild-exclamation': ['buset', 'busyet', 'sial', 'dih', 'idih', 'najis', 'asem', 'astaga', '@slang-exclamation'],
  'ambiguous-insult': ['anjing', 'babi', 'monyet', 'bangkai', 'sampah', 'gila', 'edan', 'sapi', 'kerbau', 'kambing', 'keledai', 'tikus', 'ular', 'buaya', 'lintah', 'cacing', 'kecoa', 'beruk', 'binatang', 'setan', 'iblis', 'su', 'celeng', 'kirik', 'bedhes', 'wedhus', 'sampah masyarakat', 'kecebong', 'kerdus', 'kardus', 'cacat', 'autis'],
  /** Friends' warmth around a Malang swear word ("Cuk, suwun wis ngewangi"): a reminder, not an insult. */
  affection: ['suwun', 'matur suwun', 'makasih', 'terima kasih', 'thanks', 'ulang taun', 'ulang tahun', 'hbd', 'sehat terus', 'sehat selalu', 'konco paling apik', 'kanca paling apik', 'nawak paling apik', 'sayang', 'kangen', 'traktir', 'selamat ya', 'barakallah', 'sukses terus', 'wis ngewangi', 'ngewangi'],
  /** Sales and food "bombs" shouted in capitals are not alarms: "BOM HARGA!!!", "bom takjil". */
  'alarm-neutral': [ 'bom kalori', 'bom protein', 'bom rasa', 'bom gizi', 'bom nutrisi', 'bom like', 'bom chat', 'bom komen', 'bom notif', 'bom foto','bom harga', 'bom diskon', 'bom promo', 'bom takjil', 'bom vitamin', 'harga bom', 'promo bom', 'bom cashback'],
  'curse-animal': ['anjing', 'babi', 'monyet', 'setan', 'iblis', 'bangkai', 'beruk', 'nyet', 'asu'],
  intensifier: ['betul', 'banget', 'parah', 'sekali', 'amat', 'beneran', 'la', 'lah', 'apa', 'apaan', 'sial', 'sialan', 'emang', 'memang', 'kau', 'kamu', 'lu', 'tuh', 'itu', 'semua', 'kalian'],
  'animal-context': [
    'wedhus gembel',
    'goreng', 'gulai', 'sop', 'soto', 'rica', 'sate', 'rendang', 'tongseng', 'krengsengan', 'antrean', 'antrian', 'kebun binatang',
    'cinta monyet', 'shio', 'shio monyet', 'tahun monyet', 'raja monyet', 'togel', 'mamalia', 'primata', 'spesies', 'punya anjing', 'namanya', 'tuyul',
    'peliharaan', 'pelacak', 'k9', 'anjing saya', 'anjing kami', 'anjingku', 'anjing tetangga', 'anjing liar', 'rabies', 'vaksin', 'dokter hewan', 'kandang', 'daging', 'daging babi', 'babi guling',
    'babi hutan', 'babi panggang', 'sate babi', 'kebun binatang', 'ekor panjang', 'hutan', 'ternak', 'peternak', 'kurban', 'qurban', 'sapi perah', 'sate kambing', 'gulai', 'susu', 'hewan', 'satwa',
    'lucu', 'imut', 'gemas', 'anak anjing', 'anak kucing', 'pakan', 'makanan', 'resep', 'masak', 'haram', 'halal', 'buang sampah', 'sampah plastik', 'tempat sampah', 'bank sampah', 'pengelolaan sampah',
    'sampah organik', 'angkut sampah', 'tumpukan sampah', 'kebersihan', 'cerita', 'film', 'kartun', 'dongeng', 'gila bola', 'tergila-gila', 'gila kerja', 'gila belanja', 'sapi kurban', 'ayam', 'kucing',
    'tikus sawah', 'hama', 'ular sanca', 'ular kobra', 'buaya muara', 'penangkaran', 'pawang', 'tangkap', 'ditangkap', 'digigit', 'menggigit', 'lepas', 'hilang', 'mati', 'sakit', 'makan',
  ],
  accusation: [
    'thief', 'certified thief', 'corrupt', 'corrupt rat', 'crook', 'liar', 'thug',
    'reya maling', 'iku maling', 'itu maling', 'tikus', 'dimakan sendiri', 'dhibi',
    'maling', 'koruptor', 'penipu', 'pencuri', 'perampok', 'tukang tipu', 'garong', 'rampok', 'makan uang rakyat', 'makan duit rakyat', 'pemakan uang rakyat', 'tikus berdasi', 'tikus kantor',
    'pembohong', 'pengkhianat', 'antek', 'penjilat', 'mafia', 'bandar', 'pemeras', 'lintah darat', 'pelakor', 'pezina', 'penjahat', 'bajingan', 'rentenir', 'preman', 'korup', 'pungli',
    'munafik', 'cabul', 'predator', 'tidak becus', 'bodoh', 'goblok', 'tolol', 'bego',
  ],
  'person-or-office': [
    'kalebun', 'kepala bpbd', 'kepala badan', 'kepala bidang', 'kabid', 'kasubag', 'kades', 'klebun',
    'camat', 'lurah', 'kades', 'kepala desa', 'pak kades', 'bupati', 'walikota', 'wali kota', 'gubernur', 'presiden', 'menteri', 'pejabat', 'anggota dewan', 'dprd', 'dpr', 'kapolsek', 'kapolres',
    'danramil', 'dandim', 'kadis', 'kepala dinas', 'kepala sekolah', 'kepsek', 'bos', 'atasan', 'pimpinan', 'pengurus', 'ketua', 'sekdes', 'perangkat desa', 'pak rt', 'pak rw', 'ketua rt', 'ketua rw',
    'pak', 'bu', 'bapak', 'ibu', 'mas', 'mbak', 'si', 'dia', 'kamu', 'kalian', 'mereka', 'itu', 'orang itu', 'tetangga', 'bendahara', 'komandan', 'kapten', 'sersan', 'mayor', 'pns', 'guru', 'dosen',
  ],
  'accusation-neutral': ['ditangkap', 'menangkap', 'tangkap', 'polisi', 'diamankan', 'mengamankan', 'tersangka', 'pelaku', 'korban', 'kasus', 'ditahan', 'dihukum', 'diadili', 'divonis', 'sidang', 'kpk', 'kejaksaan', 'pengadilan', 'berita', 'waspada', 'awas', 'hati-hati', 'modus', 'hukum', 'lapor', 'laporkan', 'melaporkan', 'berantas'],
  threat: ['bunuh*', 'habisi*', 'bacok*', 'gorok*', 'penggal*', 'tembak mati', 'mati kau', 'mati kamu', 'mampus kau', 'mampus kamu', 'pateni', 'tak pateni', 'tak antemi', 'hajar', 'bakar rumahnya', 'bakar rumah', 'kubunuh', 'kuhabisi', 'cari kamu', 'saya cari', 'awas kamu', 'awas kau', 'tunggu pembalasan', 'patahkan', 'culik', 'santet', 'teror', 'pukul', 'tusuk*', 'bantai*', 'sembelih*', 'darahmu', 'nyawamu'],
  'threat-neutral': ['nyamuk', 'kecoa', 'tikus', 'hama', 'kuman', 'bakteri', 'virus', 'rumput', 'gulma', 'waktu', 'bosan', 'sampah', 'film', 'game', 'novel', 'cerita', 'berita', 'pelaku', 'korban', 'polisi', 'ditangkap', 'kasus', 'sapi', 'kambing', 'ayam', 'kurban', 'sembelih hewan', 'jangan', 'tidak', 'dilarang'],
} as const satisfies Record<string, readonly string[]>;

export type ConceptName = keyof typeof CONCEPTS;
