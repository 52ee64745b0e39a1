// The most frequent words of English and Indonesian (from web and subtitle frequency lists, with
// given names, family names, places and organisations taken out). A capitalised word among them
// is usually capitalised by position (a sentence's first word, a headline) rather than a name.
import { set } from './words';

export const COMMON_WORDS = set(`
the of and to in for is on that by this with you it not or be are from at as your all have new more
an was we will home can about if page my has search free but our one other no information time they
site up may what which their news out use any there see only so his when contact here business web
also now help get pm view online first am been would how were me services some these click its like
service than find price date back top people had list name just over state year day into email two
health world re next used go work last most products music buy data make them should product system
post her city add policy number such please available copyright support message after best software
then good video well where info rights public books high school through each links she review years
order very privacy book items company read group need many user said de does set under general
research university january mail full map reviews program life know games way days management part
could great united hotel real item international center must store travel comments made development
report off member details line terms before hotels did send right type because local those using
results office education national car design take posted internet address community within states
area want phone dvd shipping reserved subject between forum family based code show even black check
special prices website index being women much sign file link open today technology south case
project same pages uk version section own found sports house related security both county photo game
members power while care network down computer systems three total place end following download him
without per access think north resources current posts big media law control water history pictures
size art personal since including guide shop directory board location change white text small rating
rate government children during usa return students shopping account times sites level digital
profile previous form events love old main call hours image department title description non
insurance another why shall property class cd still money quality every listing content country
private little visit save tools low reply customer december compare movies include college value
article man card jobs provide food source author different press learn sale around print course job
process room stock training too credit point join science men categories advanced west sales look
left team estate box conditions select windows photos thread week category note live large gallery
table register however june october november market library really action start series model
features air industry plan human provided tv yes required second hot accessories cost movie forums
march la september better say questions july going medical test friend come dec server pc study
application cart staff articles san feedback again play looking issues never users complete street
topic comment financial things working against standard tax person below mobile less got blog party
payment equipment login student let programs offers legal above recent stores side act problem red
give memory performance social august quote language story sell options experience rates create key
body young america important field few east paper single ii age activities club example girls
additional password latest something road gift question changes night ca hard oct pay four status
browse issue range building seller court february always result audio light write war nov offer blue
groups easy given files event release analysis request fax making picture needs possible might
professional yet month major star areas future space committee hand cards problems meeting rss
become interest id child keep enter share similar garden schools million added reference companies
listed baby learning energy run delivery net popular term film stories put computers journal reports
co try welcome central images president notice god original head radio until cell color self council
away includes track discussion archive once others entertainment agreement format least society
months log safety friends sure faq trade edition cars messages marketing tell further updated
association able having provides fun already green studies close common drive specific several gold
feb living sep collection called short arts lot ask display limited powered solutions means director
daily beach past natural whether due et electronics five upon period planning database says official
weather mar land average done technical window pro region island record direct conference
environment records st district calendar costs style url front statement update parts aug ever
downloads early miles sound resource present applications either ago document word works material
apr written talk federal hosting rules final tickets thing centre requirements via cheap kids
finance true minutes else third rock gifts reading topics bad individual tips plus auto cover
usually edit together videos percent fast function fact unit getting global tech meet far economic
en player projects lyrics often subscribe submit amount watch included feel though bank risk thanks
everything deals various words jul production commercial weight town heart advertising received
choose treatment newsletter archives points knowledge magazine error camera jun girl currently
construction toys registered clear golf receive domain methods chapter makes protection policies
loan wide beauty manager position taken sort listings models known half cases step engineering
simple quick none wireless license friday lake whole annual published later basic shows corporate
church method purchase customers active response practice hardware figure materials fire holiday
chat enough designed along among death writing speed html countries loss face brand discount higher
effects created remember standards oil bit yellow political increase advertise kingdom base near
environmental thought stuff storage doing loans shoes entry stay nature orders availability summary
turn mean growth notes agency king monday activity copy although drug pics western income force cash
employment overall bay river commission ad package contents seen players engine port album regional
stop supplies started administration bar institute views plans double dog build screen exchange
types soon sponsored lines electronic continue across benefits needed season apply someone held ny
anything printer condition effective believe organization effect asked eur mind sunday selection pdf
lost tour menu volume cross anyone mortgage hope silver corporation wish inside solution role rather
weeks addition came supply nothing certain usr executive running lower necessary union jewelry
according dc clothing mon com particular fine names homepage hour gas skills six islands advice
career military rental decision leave pre huge sat woman facilities zip bid kind sellers middle move
cable opportunities taking values division coming tuesday object appropriate machine logo length
actually nice score statistics client ok returns capital follow sample investment sent shown
saturday christmas culture band flash ms lead choice went starting registration fri thursday courses
consumer hi airport foreign artist outside furniture levels channel letter mode phones ideas
wednesday structure fund summer allow degree contract button releases wed homes super male matter
custom almost took located multiple asian distribution editor inn industrial cause potential ltd los
hp focus late fall featured idea rooms female responsible inc communications win associated primary
cancer numbers reason tool browser spring foundation answer voice eg friendly schedule documents
communication purpose feature bed comes police everyone independent ip approach cameras brown
physical operating hill maps medicine deal hold ratings forms glass happy tue wanted developed thank
safe unique survey prior telephone sport ready feed animal sources population pa regular secure
navigation operations therefore simply evidence station round favorite understand option master
valley recently probably thu rentals sea built publications blood cut worldwide improve connection
publisher hall larger anti networks earth parents impact transfer introduction kitchen strong tel
wedding properties hospital ground overview ship accommodation owners disease tx excellent paid
perfect hair opportunity kit classic basis command cities express award distance tree assessment
ensure thus wall ie involved el extra especially interface partners budget rated guides success
maximum operation existing quite selected boy patients restaurants beautiful warning wine locations
horse vote forward flowers stars significant lists technologies owner retail animals useful directly
manufacturer ways est providing rule mac housing takes iii gmt bring catalog searches max trying
mother authority considered told xml traffic programme joined input strategy feet agent valid bin
modern senior teaching door grand testing trial charge units instead cool normal wrote enterprise
ships entire educational md leading metal positive fl fitness opinion mb football abstract uses
output funds mr greater likely develop employees artists alternative processing responsibility
resolution guest seems publication pass relations trust van contains session multi photography
republic fees components vacation century academic assistance completed skin graphics prev ads il
expected ring grade pacific mountain organizations pop filter mailing vehicle longer consider int
northern behind panel floor buying match proposed default require boys outdoor deep morning
otherwise allows rest protein plant reported hit transportation mm pool mini politics partner
disclaimer authors boards faculty parties fish membership mission eye string sense modified pack
released stage internal goods recommended born unless detailed race approved background target
except character usb maintenance ability maybe functions moving brands places php pretty trademarks
southern yourself etc winter battery youth pressure submitted debt keywords medium television
interested core break purposes throughout sets dance wood itself defined papers playing awards fee
studio reader virtual device established answers rent las remote dark programming external regarding
instructions min offered theory enjoy remove aid surface minimum visual host variety teachers isbn
manual block subjects agents increased repair fair civil steel understanding songs fixed wrong
beginning hands associates finally az updates desktop classes gets sector capacity requires fat
fully father electric saw instruments quotes officer driver businesses dead respect unknown
specified restaurant trip pst worth mi procedures poor teacher eyes relationship workers farm peace
traditional campus showing creative coast benefit progress funding devices lord grant sub agree
fiction hear sometimes watches careers beyond goes families led museum themselves transport
interesting blogs wife evaluation accepted former implementation ten hits zone complex th cat
galleries references die presented flat flow agencies literature respective parent setting dr scale
stand economy highest helpful monthly critical frame musical definition secretary networking path
employee chief gives kb bottom magazines packages detail laws changed pet heard begin individuals
royal clean switch largest african guy titles relevant guidelines justice connect bible dev cup
basket applied weekly vol installation described demand pp suite na square attention advance skip
diet army auction gear os difference allowed correct nation selling lots piece sheet firm seven
older regulations elements species jump cells module resort facility random pricing dvds certificate
minister motion looks fashion directions visitors documentation monitor trading forest calls whose
coverage couple giving chance vision ball ending clients actions listen discuss accept automotive
naked goal successful sold wind communities clinical situation sciences markets lowest highly
publishing appear emergency developing lives currency leather determine temperature palm
announcements patient actual historical stone commerce perhaps persons difficult scientific
satellite fit tests village accounts amateur ex met pain particularly factors coffee www settings
buyer cultural easily oral poster edge functional root au fi closed holidays ice pink balance
monitoring graduate replies shot nc architecture initial label thinking llc sec recommend league
waste minute bus provider optional dictionary cold accounting manufacturing sections chair fishing
effort phase fields bag fantasy po letters motor va professor context install shirt apparel
generally continued foot mass crime count breast techniques rd sc quickly dollars websites religion
claim driving permission surgery patch heat wild measures generation miss chemical doctor task
reduce brought himself nor component enable exercise bug santa mid guarantee leader diamond se
processes soft servers alone meetings seconds keyword interests flight congress fuel username walk
produced paperback classifieds wait supported pocket saint freedom argument competition creating
drugs joint premium providers fresh characters attorney upgrade di factor growing thousands km
stream apartments pick hearing eastern auctions therapy entries dates generated signed upper
administrative serious prime limit began steps errors shops del efforts informed ga ac thoughts
creek ft worked quantity urban practices sorted reporting essential myself tours platform load
affiliate labor immediately admin nursing defense machines designated tags heavy covered recovery
guys integrated configuration merchant comprehensive expert universal protect drop solid cds
presentation languages became orange compliance vehicles prevent theme rich im campaign marine
improvement vs guitar finding examples saying spirit ar claims challenge acceptance strategies seem
affairs touch intended towards sa goals hire election suggest branch charges serve affiliates
reasons magic mount smart talking gave ones latin multimedia xp avoid certified manage corner rank
computing element birth virus abuse interactive requests separate quarter procedure leadership
tables define racing religious facts breakfast column plants faith chain developer identify avenue
missing died approximately domestic sitemap recommendations moved reach comparison mental viewed
moment extended sequence inch attack sorry centers opening damage lab reserve recipes cvs gamma
plastic produce snow placed truth counter failure follows weekend dollar camp automatically des
films bridge native fill movement printing baseball owned approval draft chart played contacts cc
readers clubs lcd wa equal adventure matching offering shirts profit leaders posters institutions
assistant variable ave dj advertisement expect parking headlines yesterday compared determined
wholesale workshop gone codes kinds extension statements golden completely teams fort cm wi lighting
senate forces funny brother turned portable tried electrical applicable disc returned pattern ct
boat named theatre laser earlier manufacturers sponsor classical icon warranty dedicated direction
basketball objects ends delete evening assembly nuclear taxes mouse signal criminal issued brain
sexual powerful dream obtained false da cast flower felt personnel passed supplied identified falls
pic soul aids opinions promote stated stats professionals appears carry flag decided nj covers hr em
advantage hello designs maintain tourism priority newsletters adults clips savings iv graphic atom
payments rw estimated binding brief ended winning eight anonymous iron straight script served wants
miscellaneous prepared void dining alert integration tag interview mix framework disk installed
queen vhs credits clearly fix handle sweet desk criteria pubmed vice associate ne truck behavior
enlarge frequently revenue measure changing votes duty looked discussions bear gain festival
laboratory ocean flights experts signs lack depth
aku kau tidak ini itu dia akan apa kita untuk anda bisa tak ada mereka saya tahu dengan dari ya kami
tapi ke harus sudah kamu adalah orang saja ingin seperti pergi jika hanya sini sekarang semua dalam
jadi baik bukan jangan bagaimana punya lagi lebih pada mungkin lakukan kalian sangat karena apakah
satu pernah mau telah ayo siapa juga hal kembali datang atau hari sesuatu kasih melihat banyak saat
benar terima lihat begitu tentang terjadi bahwa menjadi kenapa seorang bagus melakukan hei bilang
masih oke sana kalau keluar baiklah mana lain waktu malam tempat mati lalu maaf dapat membuat
memiliki anak tahun sedang sampai mengapa beberapa sekali baru katakan ia sendiri sebuah ayah tunggu
hidup perlu ketika salah cepat sama mengatakan kan besar masuk semuanya dengar rumah pikir disini
yeah padaku dua tuhan masalah selamat tentu pasti belum pak bicara suka cukup selalu pria dimana
seseorang melakukannya mendapatkan mengerti sedikit ibu berada atas setelah tolong tinggal sayang
menemukan bahkan percaya jalan bertemu bekerja lama terlalu makan wanita hey mari kecil kali tetap
ku setiap padamu sebagai oleh berpikir berhenti yakin membunuh luar mengambil cara dunia mulai
pertama diri selama sebelum ayolah uang bersama teman boleh senang merasa mencari yah apapun kurasa
gadis butuh jam mencoba tanpa dulu polisi buruk sebenarnya para berapa membawa kemudian siap ingat
sial denganmu biarkan mobil takkan tuan tidur itulah gila maksudku kepada berbicara terus pulang
segera kota sakit nama halo takut pun seharusnya memang terakhir biasa tiga membantu terlihat depan
dirimu cinta sebentar minta bodoh bagian manusia ambil bawah berhasil tepat padanya mendengar
berikan bawa rasa sepertinya pagi mu sungguh maafkan hebat bagi tangan hai pekerjaan menunggu
kehilangan melihatnya ikut keluarga cuma nanti suatu tua bergerak paling tenang jauh masa untukmu
menit disana meninggalkan tn terbaik peduli penting aneh seluruh hentikan selesai tadi ah si duduk
coba memberikan berdua bisakah bulan senjata besok khawatir kepala minum tetapi berarti secara pintu
hampir sekolah berjalan diam sebelumnya nak aman sekitar buat maksudmu kemari sejak nah maka bermain
menggunakan astaga cari inginkan sulit dekat jatuh ayahku mendapat memberi kapan memberitahu uh
kumohon kesempatan cantik benarkah mudah kawan dapatkan menarik soal mata berakhir nya hati jelas
ayahmu bukankah akhirnya minggu dengannya lainnya indah bunuh alasan denganku bangun keras eh serius
kemana berubah kupikir berkata menyenangkan kosong pergilah kerja belakang dokter beri agar beritahu
kuat lari dengarkan kamar kata berharap bertanya meminta kulakukan dilakukan berbeda iya tau hilang
biar darah makanan menurutmu perang bantuan kedua raja demi kabar telepon kehidupan buku meninggal
ruang membuatku daripada turun lima kaki menyelamatkan lepaskan menuju kapal pertanyaan suara
membiarkan anjing naik dasar muda permisi perjalanan kasus apos pikirkan tinggi lupa marah lihatlah
agen menikah lewat ide rencana kapten belajar silakan penuh lucu wow membutuhkan diriku negara
berusaha berdiri cerita kecuali tanah namanya kekuatan buka langsung menang antara bicarakan
menunjukkan bila kematian pesawat ibumu nona melalui sendirian melawan akhir menerima rahasia nomor
awak sepanjang terlambat api pesta temukan paham artinya dirinya silahkan empat ibuku kira pilihan
rasanya sementara bu membuatnya panas memilih mencintaimu semakin untukku mulia omong waktunya tiba
bantu tinggalkan menembak bung memakai tampak segalanya membayar penjara kesalahan um sempurna tahan
kubilang pesan perusahaan bercanda bayi bahagia nyata membuatmu kenal jawab membunuhnya tutup
menemukannya bahasa semoga keren bertahan muncul kantor pembunuh terbang surat mundur mesin janji
melihatmu beruntung permainan perintah tembak bumi sebaiknya mendapatkannya hidupku dingin pasukan
setuju awal menjaga whoa perempuan jumpa anakku guru siapapun ulang berikutnya namun tampaknya
setidaknya semacam sering bisnis membeli menghancurkan segala tanda pembunuhan kesini kelas barang
membaca berita sehingga laut kukatakan okay kurang jahat menangkap setengah menelepon pikiran
mencuri menulis mengetahui membawanya pakai berbahaya mimpi tugas huh mendengarkan benda sang siang
tersebut meskipun hukum berani namaku istri saudara hitam sir menangis manis bukanlah terluka kunci
harap hubungan sebelah juta agak mengenai musim tubuh kereta enam sebabnya berbohong udara menyesal
inilah bukti mengirim mengerikan putih melindungi sisi hadiah arah merah memikirkan informasi
lupakan lantai kesana berat terhadap pindah hmm bebas benci presiden enak dariku betapa kemarin
harusnya nyonya pribadi mempunyai mengikuti menyukainya wajah dolar selamanya menyukai obat bersalah
memutuskan melewati saling lagu menghilang saatnya bagiku bergabung paman sistem menghabiskan
gunakan panggil kukira kartu korban mengubah mampu temanku membuka begini pintar hingga merasakan
selain ha milik kanan tanganmu mengalami musik jenis bola berjanji toko keadaan entahlah menyerang
keamanan memeriksa serangan menyerah sibuk musuh panjang bos batu menghentikan pernikahan pakaian
gagal detik tertawa tentara jujur dimulai tengah sadar mandi biasanya matahari kiri mencintai maksud
foto petugas membunuhmu burung anggota neraka memanggil tunjukkan bintang kulihat akal ruangan
kecelakaan hutan kuharap pukul keberatan makhluk seberapa jaga posisi panggilan pistol nenek menurut
khusus terbuka mohon perasaan acara utama periksa tertarik kamera cahaya menonton tujuan namamu
catatan gambar mabuk utara kotak memulai mengatakannya cocok kabur kalah dapatkah kini perhatian
kuda menyelesaikan hanyalah ditemukan kemarilah hah misi menjual kakak selanjutnya operasi
masalahnya membantumu disebut ikuti percayalah sih pahlawan situasi ayahnya dewa hak sejauh daging
menginginkan pintunya kejahatan menurutku kulit es merupakan membunuhku hantu ternyata terlibat kopi
penjaga ahli melarikan gelap sampah bau emas mengganggu angkat berguna pantas ketakutan kabarmu
ceritakan alam menyadari pacar dah bersumpah istirahat prajurit gedung pemerintah diluar pusat
daerah bom bernama kaya pohon alat menempatkan daftar laporan meja kemungkinan lapar digunakan
nyaman hubungi minuman tangkap tembakan selatan memberimu planet pertemuan bahaya kejadian terdengar
maju asing binatang sobat hidupmu rambut ikan menutup kalinya mama tanya layak uangnya temanmu
miliki sebagian sejarah balik entah sepatu kebenaran mayat milikku rusak berasal mendengarnya
menghubungi menjelaskan caranya memukul istriku berangkat otak urusan tenanglah bersamaku bangga
tumbuh mengalahkan butuhkan luka sesuai bohong harapan jiwa detektif lahir memastikan tujuh lubang
keputusan memberitahumu lelah pengacara kerajaan sepertimu kelihatannya berhubungan suami bersamamu
terkenal ampun ratu kelihatan bermaksud katanya dewasa bunga tarik malu pastikan mil peluru
keluarkan tersisa tewas pedang jawaban membangun kedengarannya aturan darimu kacau sepuluh
bertanggung dibunuh truk menjawab langkah satunya awas baju berharga penyihir hasil hewan iblis
hancur sungai latihan titik bertarung dikatakan menyimpan berteriak milikmu jendela mencapai
tindakan mulut lemah tamu monster semalam mengingat bagimu bahan penjahat mengejar pegang situ macam
sederhana kotoran ibunya adil menari menemui menolak bertindak tidakkah komputer memotong kode habis
lampu mengenal pertandingan ketiga pangeran militer terserah ooh bersih merusak mengira kesepakatan
palsu memberiku tas memegang dalamnya berbuat harga angin membawamu menikmati maksudnya putus kotor
berlari memahami perhatikan bersembunyi masuklah anakmu pemimpin pengadilan natal seekor
membicarakan membantuku pantai berterima hubungannya biru tingkat maukah pulau konyol negeri hujan
kue menghadapi menahan lokasi saudaraku dinding timur bayangkan gunung mengambilnya ketemu terjebak
tanganku termasuk kisah perubahan menyentuh cepatlah berjuang menderita untuknya kursi telpon pisau
letakkan tiap dendam langit terbesar mirip ganti cobalah kucing seminggu menjalankan jantung warna
dibuat barat minggir kehormatan mengeluarkan warga kelompok jumlah sedih gigi kirim rumahku
menyedihkan memberitahuku garis pihak menangani terimakasih hatiku mobilnya setan matamu ayam
hidupnya haruskah terbunuh terbakar menyebabkan asli memimpin tukang umum jari kudengar menyakiti
sehat lanjutkan gereja surga menakjubkan usah sisa delapan persis keluargaku beli menciptakan
begitulah mengatur tulang bayar idiot penyakit pemain adikku pertempuran didalam petunjuk lelaki bir
membersihkan listrik pasangan ketua santai jelek memberinya darurat menjauh duduklah buang jenderal
kejutan sersan ribu supaya temui melupakan bentuk desa babi kebanyakan aah celana suruh halaman
betul kencan terasa stasiun melepaskan darimana rendah adik anaknya melompat mengurus kakek kena
dibawah menakutkan jalur klub tikus taman kepadaku memenangkan ketahui lepas sore memperbaiki
putriku teh tes tampan wah rekaman kemampuan letnan memakan baca buah bye kepadamu tahanan diterima
fokus mengirimkan lelucon turunkan mengucapkan kondisi wilayah lapangan mantan bakar tergantung
bersiap masyarakat gunanya sebut seni rasakan tersangka terkejut penerbangan yo nyawa berdoa anggur
menceritakan permintaan istrimu alih terkadang seksi bibi kepadanya sumber tangga tanggal kesulitan
suci bersamanya kasar setahun pencuri walaupun mencium sentuh saksi malaikat bukannya kepalamu
selamatkan diterjemahkan biaya kebetulan sejati mulutmu naga sinyal tetaplah berbagi selesaikan
menghargai menelpon menyebutnya istrinya membuang kepalanya menyembunyikan perahu salahku parah
gerbang sihir tiket anggap melihatku puluh pertunjukan narkoba membuktikan tangannya suamiku hijau
jarak kuncinya malah semangat melanggar badai cerdas kertas kolonel hormat energi bersikap
bagaimanapun bro isi diatas tekanan jalanan memalukan sudut ditangkap menangkapnya perancis
menghentikannya putra tolonglah bocah pilih tuhanku mengagumkan seorangpun tempatnya mustahil kejam
mengetahuinya memerlukan roti terutama menyerahkan jelaskan istimewa diberikan mahal jatuhkan
komandan vampir lah kecepatan akulah pelajaran berdarah mencarinya cincin pengecut papa mengemudi
lengkap pertarungan simpan memilikinya sayangnya jejak dikenal tertangkap keduanya darinya
keluargamu hakim
`);
