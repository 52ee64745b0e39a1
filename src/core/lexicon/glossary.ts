// A small Indonesian → English glossary of everyday news words, so that a translated name or
// quote can be compared with its English counterpart word by word. Entries are roots (affixes
// are stripped before lookup, see claims/words.ts) or whole words; each lists the English words
// it may be rendered as. Loanwords that keep their shape ("industri", "digital") need no entry:
// they are matched by spelling.

const ENTRIES = `
ada=there/exist/have adalah=is/are agar=so akan=will akhir=end/final aku=i/me
alam=nature aman=safe ambil=take anak=child/children angka=number/figure anggaran=budget
antar=between/inter apa=what apakah=whether atas=on/above/over atau=or awal=beginning/early/initial/original/start
baca=read badan=agency/body bagi=for/to bagus=good bahkan=even bahwa=that baik=good/well
bangun=build/develop pembangunan=development/construction banyak=many/much/lot baru=new/just barang=goods
batas=limit/border bawah=under/below/lower bayar=pay beberapa=several/some beda=different/difference
belakang=behind/back belum=not/yet benar=true/right/correct berat=heavy/hard berapa=how besar=big/large/great
beri=give/provide/offer berita=news bersih=clean bersama=together/joint/common biasa=usual/ordinary
biaya=cost/costs/fee bicara=speak/talk bidang=field/sector bila=if/when bisa=can/could/able bisnis=business
buat=make/for buka=open bukan=not bulan=month buruh=worker/labour buruk=bad butuh=need
cara=way/method cepat=fast/quick/rapid cukup=enough/sufficient daerah=region/area/local dalam=in/within/inside
dampak=impact/effect dan=and dapat=can/get/able dari=from/of dasar=basis/foundation/base/basic data=data
datang=come/arrive daya=power/resource dengan=with/by depan=front/next/ahead desa=village
di=in/at/on dia=he/she/him/her diri=self dukung=support dulu=before/formerly/used dunia=world
emas=gold empat=four enam=six energi=energy gagal=fail/failed ganggu=disturb/distract/disrupt
ganti=replace/change/instead gaji=salary/wage/pay gedung=building gerak=move gratis=free guna=use/purpose
hadir=attend/present hal=thing/matter hampir=almost/nearly hanya=only/just harap=hope harga=price
hari=day harus=must/should/have hasil=result/outcome/yield hidup=life/live hilang=lose/lost/missing
hingga=until/to/up/by hubung=connect/contact hukum=law ia=he/she ikut=join/follow/take ilmu=science/knowledge
ingat=remember/remind pengingat=reminder ingin=want/wish/hope ini=this/these investasi=investment
isi=content/fill itu=that/those izin=permit/permission/licence jadi=become/so/be jalan=road/street/walk/way
jalur=lane/route/line jam=hour jangan=not/dont jangka=term/period jauh=far jelas=clear jual=sell/sale
juga=also/too jumlah=number/amount/total juta=million kabar=news/report kali=time/times kalau=if
kami=we/us/our kamu=you kantor=office kapan=when karena=because kata=say/said/word kaya=rich
kawasan=area/region/zone ke=to kebijakan=policy kecil=small/little kedua=second/both keluar=out/leave/exit
kembali=return/back/again kemudian=then kena=hit/affected kepada=to kerja=work/job/working keras=hard/tough
kirim=send kita=we/us/our kolaborasi=collaboration/cooperation/working kondisi=condition kota=city/town
kuat=strong/solid/powerful kurang=less/lack/lacking/missing/short lagi=again/more lain=other/another
laku=valid/apply/sell lalu=then/last/past lama=long/old lambat=slow langsung=direct/directly/live
lanjut=continue/further berkelanjutan=sustainable/continuing laut=sea lebih=more/than/better lewat=through/via
lihat=see/look/watch lima=five listrik=electric/electricity luar=outside/foreign/abroad lupa=forget
maju=advance/forward/progress makin=more/increasingly maksud=intention/meaning/purpose/intent malam=night
mampu=able/capable mana=where/which masa=period/time/future masalah=problem/issue masih=still
masuk=enter/into/join masyarakat=society/community/public/people mata=eye mau=want/will meja=desk/table
melayani=serve layan=serve mereka=they/them/their milik=own/property minta=ask/request/demand
modal=capital/money/funds muda=young mulai=start/begin/from mungkin=maybe/possible/might murah=cheap
musim=season nanti=later negara=country/state/nation nilai=value/worth/assess nyata=real/clear
oleh=by orang=people/person pada=on/at/in pajak=tax paling=most panjang=long para=the
pasar=market pasti=sure/certain pekerja=worker/workers penting=important/key percaya=trust/believe/faith
kepercayaan=trust/confidence/belief perlu=need/should persaingan=competition saing=compete/competition
perusahaan=company/firm/business pilih=choose/elect pilihan=choice/option pimpin=lead pinjam=borrow/loan
pinjaman=loan posisi=position pulang=return/home punya=have/own pusat=centre/center/central
rakyat=people/citizens ramah=friendly rendah=low rencana=plan ribu=thousand rugi=loss/lose
rumah=home/house/household sakit=sick/ill/hospital salah=wrong/one sama=same/together/with sampai=until/to/reach
sangat=very sebagai=as sebelum=before sebenarnya=actually sedang=being/medium sedikit=little/few
sehari=daily/day sekali=once/very sekarang=now/today selalu=always selama=during/for selesai=finish/finished/done/settled/over
semua=all/every sendiri=own/self/alone seperti=like/as sering=often setiap=every/each siap=ready
sisa=rest/remaining/left sosial=social sudah=already/has/have suka=like sulit=hard/difficult
sumber=source/resource/resources surat=letter tahu=know tahun=year/years tak=not tambah=add/more/increase
tanah=land/ground/soil tanpa=without tapi=but tarif=tariff/fare/rate tawar=offer/bid
tempat=place/site tengah=middle/central tentang=about tepat=right/exact/precise/timely terus=continue/keep
tetap=still/remain/fixed/permanent tetapi=but tiba=arrive tidak=not/no tiga=three tinggal=live/stay/remain
tinggi=high/tall tujuan=goal/aim/purpose/destination tunggu=wait tunjuk=show/point turun=fall/drop/down
uang=money ujar=say/said umum=public/general untuk=for/to usaha=business/effort/enterprise utama=main/chief/principal
waktu=time/when warga=residents/citizens/people wilayah=region/area/territory yakin=sure/confident yang=that/which/who
ekonomi=economy/economic keuangan=finance/financial pemerintah=government perintah=order/command
swasta=private negeri=state/country/public nasional=national internasional=international daerah=regional/local
air=water api=fire jaringan=network internet=internet teknologi=technology keamanan=security/safety
aman=safe/secure maya=virtual/cyber kesehatan=health sehat=healthy pendidikan=education didik=educate
perhubungan=transport/transportation/communications angkutan=transport/transportation angkut=carry/transport
lingkungan=environment hidup=life/living kelautan=marine/maritime perikanan=fisheries ikan=fish
pertanian=agriculture tani=farm industri=industry perdagangan=trade dagang=trade luar=foreign/outside
dalam=home/interior/domestic pertahanan=defence/defense tahan=hold/withstand hukum=law/legal
pemberantasan=eradication korupsi=corruption pemilihan=election umum=general statistik=statistics
pusat=central/centre urusan=affairs perencanaan=planning rencana=plan penanggulangan=management/response
bencana=disaster penerbangan=aviation terbang=fly pelabuhan=port/harbour laut=sea/maritime
kepolisian=police polisi=police tentara=army/military angkatan=force/forces darat=land udara=air
bank=bank sentral=central pengawas=supervisory/watchdog/regulator awas=watch jasa=services/service
otoritas=authority pasar=market modal=capital saham=stock/shares/equity bursa=exchange efek=securities
kebakaran=fire hutan=forest pangan=food obat=drug/medicine makanan=food
janji=promise/pledge berjanji=promise/pledge kesepakatan=agreement/deal sepakat=agree/agreed
masa=future/period depan=front/next/future bersih=clean murah=cheap/affordable mahal=expensive
pilihan=choice/option motor=motorbike/motorcycle/motor angkot=minibus bus=bus
penumpang=passengers/passenger halte=stop/stops/shelter koridor=corridor
dua=two satu=one tiga=three empat=four enam=six tujuh=seven delapan=eight sembilan=nine sepuluh=ten
ratus=hundred ribu=thousand miliar=billion triliun=trillion persen=percent/per cent
pangkas=cut/trim/slash potong=cut/cut kurangi=reduce/cut sepertiga=third setengah=half separuh=half
ekosistem=ecosystem jaga=guard/protect/keep capai=reach/achieve/hit raih=achieve/win/gain
ajak=invite/urge/encourage dorong=push/encourage/drive bantu=help/assist bantuan=aid/help/assistance
tumbuh=grow/growth pertumbuhan=growth kembang=develop/grow pengembangan=development
maju=advance/progress kemajuan=progress jamin=guarantee jaminan=guarantee/security
atur=regulate/arrange/manage aturan=rule/rules/regulation peraturan=regulation/regulations/rules regulasi=regulation/regulations
kendali=control kontrol=control periksa=examine/check/investigate selidik=investigate/probe
tuntut=demand/sue tolak=reject/refuse/deny terima=accept/receive setuju=agree/approve persetujuan=approval/consent
sabar=patient ilmiah=scientific/scientifically persoalan=problem/issue/question soal=question/matter/issue
temu=find/meet temukan=find/found menemukan=find/found khawatir=worry/worried/concern takut=fear/afraid
senang=happy/glad sedih=sad marah=angry malu=ashamed bangga=proud puas=satisfied/happy
garam=salt/brine sungai=river hujan=rain kering=dry banjir=flood
`;

/** Indonesian word or root → English words it may translate to. */
export const ID_EN_GLOSSARY: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const entry of ENTRIES.trim().split(/\s+/)) {
    const [word, english] = entry.split('=');
    if (!word || !english) continue;
    const known = map.get(word) ?? [];
    map.set(word, [...new Set([...known, ...english.split('/')])]);
  }
  return map;
})();

/** Indonesian multi-word expressions read as one English word before single words are looked up. */
export const ID_EN_PHRASES: ReadonlyMap<string, string> = new Map([
  ['tepat waktu', 'timely'], ['hari ini', 'today'], ['tahun depan', 'next year'], ['tahun lalu', 'last year'],
  ['dunia maya', 'cyberspace'], ['sumber daya', 'resources'], ['tenaga kerja', 'workers'], ['rumah sakit', 'hospital'],
  ['kali lipat', 'times'], ['tatap muka', 'face-to-face'], ['lebih dari', 'more than'], ['kurang dari', 'less than'],
  ['usaha kecil', 'small business'], ['tengah malam', 'midnight'], ['akhir pekan', 'weekend'],
]);
