// Recognising people and organisations in one article, on invented sentences: one test per rule,
// asserting the entities' names and types, their forms and the roles written beside them.
import { strict as assert } from 'node:assert';
import { readDocument } from '../../src/core/document';
import { findMentions } from '../../src/core/mentions';
import { linkMentions } from '../../src/core/coreference';
import type { LocalEntity, MentionRecord } from '../../src/core/model';

interface Linked {
  entities: LocalEntity[];
  mentions: MentionRecord[];
  /** "person:Name" / "organization:Name" for every local entity. */
  names: string[];
}

function link(text: string): Linked {
  const { entities, mentions } = linkMentions(findMentions(readDocument('article.txt', text)));
  return { entities, mentions, names: entities.map((e) => `${e.type}:${e.name}`) };
}

/** The entity a mention at the n-th occurrence of `surface` belongs to. */
function entityAt(linked: Linked, text: string, surface: string, occurrence = 0): LocalEntity | undefined {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(surface, at + 1);
  const mention = linked.mentions.find((m) => m.start === at && m.text === surface);
  return mention ? linked.entities[mention.local] : undefined;
}

describe('mentions: people', () => {
  it('resolves a bare surname to the full name introduced earlier in the same article', () => {
    const text = 'Transport Minister Halvard Lindqvist opened the bridge on Monday. Lindqvist said traffic would ease.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['person:Halvard Lindqvist']);
    assert.equal(entityAt(linked, text, 'Lindqvist', 1)?.name, 'Halvard Lindqvist');
  });

  it('keeps two people who share a surname apart, and gives the bare surname to the one it is affiliated with', () => {
    const text = 'Quarry Systems founder Tomas Berglund and Ingrid Berglund, an analyst at Fjell Capital, met on Friday. '
      + 'Quarry Systems’s Berglund said the deal was done.';
    const linked = link(text);
    assert.ok(linked.names.includes('person:Tomas Berglund'));
    assert.ok(linked.names.includes('person:Ingrid Berglund'));
    assert.equal(entityAt(linked, text, 'Berglund', 2)?.name, 'Tomas Berglund');
  });

  it('reads family names written first and a Western name before a Chinese one', () => {
    const text = 'Harbour Bank chairman Peter Wang Hao met the city’s mayor Wang Lixia on Tuesday. '
      + 'Wang Hao later spoke to reporters, and Wang said the bank would grow.';
    const linked = link(text);
    assert.ok(linked.names.includes('person:Peter Wang Hao'));
    assert.ok(linked.names.includes('person:Wang Lixia'));
    assert.equal(entityAt(linked, text, 'Wang Hao', 1)?.name, 'Peter Wang Hao');
  });

  it('prefers the surname over a given name that happens to be the same word', () => {
    const text = 'Chen Lei, the founder of Moonfield, and Lei Ming, its chief engineer, both spoke. Lei said the robots were ready.';
    const linked = link(text);
    assert.equal(entityAt(linked, text, 'Lei', 2)?.name, 'Lei Ming');
  });

  it('lets an honorific choose between a husband and wife who share a surname', () => {
    const text = 'Former President Bill Clinton and Hillary Clinton spoke. Mrs. Clinton said she would win, and Mr. Clinton agreed.';
    const linked = link(text);
    assert.equal(entityAt(linked, text, 'Clinton', 2)?.name, 'Hillary Clinton');
    assert.equal(entityAt(linked, text, 'Clinton', 3)?.name, 'Bill Clinton');
    assert.equal(linked.mentions.find((m) => m.text === 'Clinton')?.role, undefined); // "Mrs." is no role
  });

  it('ends an Indonesian minister’s portfolio at the given name, and keeps the portfolio as the role', () => {
    const text = 'Menteri Luar Negeri Sari Wulandari mengatakan bahwa pelabuhan baru akan dibuka tahun depan.';
    const linked = link(text);
    assert.ok(linked.names.includes('person:Sari Wulandari'), linked.names.join(', '));
    const mention = linked.mentions.find((m) => m.text === 'Sari Wulandari');
    assert.match(mention?.role?.text ?? '', /^Menteri Luar Negeri$/);
  });

  it('reads a long line that lists people with their titles and ends in a full stop as prose, not a headline', () => {
    const text = 'Harbour Board Meets\n\nMarta Quillon, Chief Operating Officer of Selvane Shipping Group Ltd. and Oren Baptiste, Senior Vice President of Calder Ports Holdings Ltd at Port Ilse on March 3.\n';
    const { names } = link(text);
    assert.ok(names.includes('person:Marta Quillon'), names.join(', '));
    assert.ok(names.includes('person:Oren Baptiste'), names.join(', '));
  });

  it('does not take places, days or sentence-initial common words for people', () => {
    const text = 'Analysts in Silicon Valley expected little on Tuesday. Shares rose in New York and Jakarta. '
      + 'Big Tech stayed quiet, said Mara Holm.';
    assert.deepEqual(link(text).names, ['person:Mara Holm']);
  });

  it('takes only names also written in the body from a Title Case headline', () => {
    const text = 'Mara Holm Says Ferry Fares Will Fall Next Spring\nThe ferry operator’s chief executive Mara Holm spoke on Monday.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['person:Mara Holm']);
    assert.equal(linked.mentions.length, 2);
  });

  it('reads a headline with "if", "but" and a contraction in lower case as Title Case', () => {
    const text = 'Holm Sees Fare Rise if Councils Don’t Pay, but Ferries Will Run\nThe ferry operator’s chief executive, Mara Holm, spoke on Monday. Holm said fares could rise.';
    assert.deepEqual(link(text).names, ['person:Mara Holm']);
  });
});

describe('mentions: roles', () => {
  it('keeps the title written before a name, with its exact span', () => {
    const text = 'The deal was signed by outgoing Quarry Systems chairman and CEO Tomas Berglund.';
    const { mentions } = link(text);
    const person = mentions.find((m) => m.text === 'Tomas Berglund');
    assert.equal(person?.role?.text, 'outgoing Quarry Systems chairman and CEO');
    assert.equal(text.slice(person!.role!.start, person!.role!.end), person?.role?.text);
  });

  it('keeps an appositive title after a name, up to the organisation it names', () => {
    const text = 'Ingrid Berglund, a partner at Oslo consulting firm Fjell Advisory, said on Monday that prices would rise.';
    const { mentions, names } = link(text);
    assert.equal(mentions.find((m) => m.text === 'Ingrid Berglund')?.role?.text, 'partner at Oslo consulting firm Fjell Advisory');
    assert.ok(names.includes('organization:Fjell Advisory'));
  });

  it('splits a company, a title and a person written in one capitalised run', () => {
    const text = 'Moonfield Robotics CEO Arvid Sand and Vice Minister Li Hongbo toured the plant.';
    const { mentions, names } = link(text);
    assert.deepEqual(names, ['organization:Moonfield Robotics', 'person:Arvid Sand', 'person:Li Hongbo']);
    assert.equal(mentions.find((m) => m.text === 'Arvid Sand')?.role?.text, 'Moonfield Robotics CEO');
    assert.equal(mentions.find((m) => m.text === 'Li Hongbo')?.role?.text, 'Vice Minister');
  });
});

describe('mentions: organisations', () => {
  it('reads a place and an acronym as a body\'s branch, and an acronym\'s hyphenated half as no title', () => {
    const text = 'The mayor was cheered, according to Virginia AFL-CIO President Doris Crouse-Mays. The Georgia GOP stayed away from Washington D.C. all week.';
    const { names } = link(text);
    assert.deepEqual(names.sort(), ['organization:Georgia GOP', 'organization:Virginia AFL-CIO', 'person:Doris Crouse-Mays']);
  });

  it('reads a body from its appositive\'s head noun, before a participle and its preposition', () => {
    const text = 'Lindqvist Marine, the shipyard run by the Lindqvist family, has won a contract. Worse, the companies have managed to hide it.';
    assert.deepEqual(link(text).names, ['organization:Lindqvist Marine']);
  });

  it('keeps two particles inside a name ("Maria de la Cruz", "Jean-Luc van der Berg") and reads names joined by "&" as a firm', () => {
    const text = 'Rep. Maria de la Cruz pressed executives from Johnson & Johnson. Jean-Luc van der Berg, a consultant, told lawmakers the industry was changing.';
    assert.deepEqual(link(text).names, ['person:Maria de la Cruz', 'organization:Johnson & Johnson', 'person:Jean-Luc van der Berg']);
  });

  it('takes no names from a byline or a credit line, but reads a sentence opening with "By"', () => {
    const text = 'Norland holds rates\n\nBy Sofia Lindgren and Mats Berg\n\nBy the spring, Governor Erik Vass had changed course.\n\n'
      + '(Reporting by Sofia Lindgren; Editing by Anna Holm)\n\nPenulis: Rina Wulandari';
    assert.deepEqual(link(text).names, ['person:Erik Vass']);
  });

  it('reads a body in apposition to a descriptor ("The operator, Northline Rail, said")', () => {
    assert.deepEqual(link('The operator, Northline Rail, said it was disappointed.').names, ['organization:Northline Rail']);
  });

  it('reads a given name and a surname that is also a place word as a person, and a place word after another name as a place', () => {
    const text = 'Transport Secretary Helen Park met the union. Anita Hill spoke later. Crowds gathered in Riverside Park and on Capitol Hill.';
    assert.deepEqual(link(text).names, ['person:Helen Park', 'person:Anita Hill']);
  });

  it('takes no name from a legal form after a bracket ("(Persero) Tbk")', () => {
    const text = 'PT Bank Lintas Nusantara (Persero) Tbk menyebutkan kredit usaha kecil tumbuh 10 persen pada tahun ini.';
    assert.deepEqual(link(text).names, ['organization:PT Bank Lintas Nusantara']);
  });

  it('reads a portfolio before a title as part of the role ("Foreign Minister"), not of a body\'s name', () => {
    const text = 'Ministers met in Geneva. Norland Foreign Minister Elin Dahl said the corridor would open. Health Secretary Tomas Lind agreed.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['organization:Norland', 'person:Elin Dahl', 'person:Tomas Lind']);
    assert.equal(linked.mentions.find((m) => m.text === 'Elin Dahl')?.role?.text, 'Norland Foreign Minister');
  });

  it('keeps a common word opening a sentence in a body\'s name before a title, but not a status', () => {
    assert.deepEqual(link('National Water Agency deputy director Karin Solberg visited the dam.').names, ['organization:National Water Agency', 'person:Karin Solberg']);
    assert.deepEqual(link('Former Harbourline Bank chief executive Mara Lindqvist visited the dam.').names, ['organization:Harbourline Bank', 'person:Mara Lindqvist']);
  });

  it('reads a name between an article and a body\'s descriptor as the body ("the Harbourline ferry company")', () => {
    const text = 'The Harbourline ferry company suspended night crossings on Tuesday. Harbourline denied that the engines were unsafe.';
    assert.deepEqual(link(text).names, ['organization:Harbourline']);
  });

  it('links a company’s short form to its full name but not a different company with the same first word', () => {
    const text = 'Shares in Tallow Group Holding Ltd. and Tallow Health Information Services Ltd. fell. Tallow said it would buy back stock.';
    const linked = link(text);
    assert.ok(linked.names.includes('organization:Tallow Group Holding Ltd.'));
    assert.ok(linked.names.includes('organization:Tallow Health Information Services Ltd.'));
    assert.equal(entityAt(linked, text, 'Tallow', 2)?.name, 'Tallow Group Holding Ltd.');
  });

  it('links an acronym to the name it abbreviates, defined in brackets or by its initials', () => {
    const text = 'The Coastal Freight Safety Board (CFSB) opened an inquiry. Later the CFSB said the Maritime Pilots Union had agreed, '
      + 'and an MPU official confirmed it.';
    const linked = link(text);
    assert.equal(entityAt(linked, text, 'CFSB', 1)?.name, 'Coastal Freight Safety Board');
    assert.equal(entityAt(linked, text, 'MPU')?.name, 'Maritime Pilots Union');
  });

  it('recognises a company by the words around it and by its role words', () => {
    const text = 'The food delivery giant Parcelo and Brightwater co-founder Ellen Voss were named. Voss joined in 2019.';
    const { names } = link(text);
    assert.ok(names.includes('organization:Parcelo'));
    assert.ok(names.includes('organization:Brightwater'));
    assert.ok(names.includes('person:Ellen Voss'));
  });

  it('treats a capital that speaks or wants as its government, and the same city as a place otherwise', () => {
    const text = 'A consulting firm in Moscow said Moscow wants lower tariffs. The Russian government denied it.';
    const linked = link(text);
    const governments = linked.entities.filter((e) => e.type === 'organization');
    assert.equal(governments.length, 1);
    assert.deepEqual(governments[0].forms.sort(), ['Moscow', 'Russian government']);
    assert.equal(linked.mentions.filter((m) => m.text === 'Moscow').length, 1);
  });

  it('does not take a product for an organisation', () => {
    const text = 'Moonfield Robotics said its Pathline scheduler, the company’s fleet software, now runs 40 depots. '
      + 'Pathline will be sold to Quarry Systems.';
    const { names } = link(text);
    assert.deepEqual(names, ['organization:Moonfield Robotics', 'organization:Quarry Systems']);
  });
});

describe('mentions: Indonesian', () => {
  it('reads "Wali Kota" as one title, so the mayor\'s given name is not taken for a city', () => {
    assert.deepEqual(link('Wali Kota Tomas Ekberg mengatakan jembatan itu akan dibuka.').names, ['person:Tomas Ekberg']);
  });

  it('takes no Indonesian noun opening a sentence for part of a name ("Saham Solvik turun": its shares)', () => {
    const text = 'Solvik Telecom akan memangkas 800 pekerjaan. Saham Solvik turun 4 persen di bursa Oslo.';
    assert.ok(!link(text).names.some((n) => n.includes('Saham')), link(text).names.join(', '));
  });

  it('reads a portfolio and a body the article named before as a title\'s, not a person', () => {
    const text = 'PT Lintas Bahari menambah tiga kapal. Direktur Keuangan Lintas Bahari, Maya Kartika, mengatakan dana berasal dari obligasi.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['organization:PT Lintas Bahari', 'person:Maya Kartika']);
  });

  it('splits a title, a body the article named before and a person written in one run', () => {
    const text = 'Perusahaan asal Norwegia, Solvik Telecom, akan melakukan PHK terhadap 800 karyawan. CEO Solvik Telecom Sigrun Vaage mengatakan langkah itu perlu.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['organization:Solvik Telecom', 'person:Sigrun Vaage']);
    assert.equal(linked.mentions.find((m) => m.text === 'Sigrun Vaage')?.role?.text, 'CEO Solvik Telecom');
  });

  it('leaves the region a title governs, and a rank after it, out of the name and in the role', () => {
    const text = 'Gubernur Jawa Barat Wiratama Kusnadi meninjau bendungan itu. Bupati Bogor Ardan Pramesti ikut hadir. '
      + 'Kapolda Metro Jaya Irjen Darsono Halim mengatakan jalan ditutup.';
    const linked = link(text);
    assert.deepEqual(linked.names.filter((n) => n.startsWith('person')), ['person:Wiratama Kusnadi', 'person:Ardan Pramesti', 'person:Darsono Halim']);
    assert.equal(linked.mentions.find((m) => m.text === 'Wiratama Kusnadi')?.role?.text, 'Gubernur Jawa Barat');
    assert.equal(linked.mentions.find((m) => m.text === 'Darsono Halim')?.role?.text, 'Kapolda Metro Jaya Irjen');
  });

  it('keeps common Indonesian given names in a three-word name ("Dwi Andreas Santosa", "Ayu Duarte")', () => {
    const text = 'Menurut pengamat pertanian dari Institut Pertanian Bogor, Dwi Andreas Santosa, impor beras tidak akan menurunkan harga dalam waktu dekat. '
      + 'Menteri Kesehatan Ayu Duarte juga hadir.';
    assert.deepEqual(link(text).names, ['organization:Institut Pertanian Bogor', 'person:Dwi Andreas Santosa', 'person:Ayu Duarte']);
  });

  it('reads the place after a region\'s title, with the name after a comma, as no person ("Bupati Lembah Hijau, Rahmat Sudrajat,")', () => {
    const text = 'Komisi itu menetapkan Bupati Lembah Hijau, Rahmat Sudrajat, sebagai tersangka. Gubernur Anies Baswedan, Wakil Gubernur Ahmad Riza Patria, dan para wali kota hadir.';
    assert.deepEqual(link(text).names.filter((n) => n.startsWith('person')), ['person:Rahmat Sudrajat', 'person:Anies Baswedan', 'person:Ahmad Riza Patria']);
  });

  it('reads a body, the place it serves and a name written in one run as a body and a person, and a market as a place', () => {
    const text = 'Harga cabai di Pasar Induk Kramat Jati melonjak. Kepala Dinas Ketahanan Pangan DKI Jakarta Suharini Eliawati memastikan stok cabai masih mencukupi.';
    assert.deepEqual(link(text).names, ['organization:Dinas Ketahanan Pangan DKI Jakarta', 'person:Suharini Eliawati']);
  });

  it('reads a village, a district or a hamlet as a place, not a person ("Desa Sukamaju")', () => {
    const text = 'Ratusan warga Desa Sukamaju dan Kecamatan Cibadak berunjuk rasa, kata koordinator aksi Dedi Kurniawan kepada wartawan.';
    assert.deepEqual(link(text).names, ['person:Dedi Kurniawan']);
  });

  it('reads "Ketua Umum" as one title and a party known by name before the person', () => {
    const text = 'Ketua Umum Partai Golkar Airlangga Hartarto meminta pemerintah daerah segera menyalurkan bantuan kepada para korban.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['organization:Partai Golkar', 'person:Airlangga Hartarto']);
  });

  it('reads an Indonesian headline in Title Case as a headline: only names the body writes count', () => {
    const text = 'Smelter Nikel di Sulawesi Tenggara Segera Beroperasi\n\nPT Teluk Nikel Sejahtera akan meresmikan smelter nikel di Sulawesi Tenggara pada bulan Agustus, kata Bambang Hartono.';
    assert.deepEqual(link(text).names, ['organization:PT Teluk Nikel Sejahtera', 'person:Bambang Hartono']);
  });

  it('leaves out of the name a region the article writes as a place, though it is also a given name', () => {
    const text = 'Banjir kembali merendam sebagian Kota Lestari pada hari Senin dan warga yang tinggal di dekat sungai harus mengungsi. '
      + 'Wali Kota Lestari Budi Santosa meninjau tanggul yang jebol itu. Ketua DPRD Lestari Agus Pranoto juga ikut hadir di sana.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['person:Budi Santosa', 'organization:DPRD Lestari', 'person:Agus Pranoto']);
    assert.equal(linked.mentions.find((m) => m.text === 'Budi Santosa')?.role?.text, 'Wali Kota Lestari');
  });

  it('keeps "dan" inside an Indonesian ministry\'s name and a minister\'s portfolio, but not between two bodies', () => {
    const text = 'Kementerian Pangan dan Perkebunan (KPP) menambah anggaran. Menteri Pangan dan Perkebunan Wiratmo Seda mengatakan harga beras turun. '
      + 'Kementerian Keuangan dan Bank Lembayung sepakat. Menteri Keuangan ikut hadir.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['organization:Kementerian Pangan dan Perkebunan', 'person:Wiratmo Seda', 'organization:Kementerian Keuangan', 'organization:Bank Lembayung']);
    assert.equal(linked.mentions.find((m) => m.text === 'Wiratmo Seda')?.role?.text, 'Menteri Pangan dan Perkebunan');
    assert.equal(entityAt(linked, text, 'KPP')?.name, 'Kementerian Pangan dan Perkebunan');
  });

  it('recognises Indonesian organisation heads, titles of a city and the government', () => {
    const text = 'Wali Kota Lembayung Rudi Santoso meresmikan halte baru bersama PT Angkasa Rel Mandiri. '
      + 'Kepala Dinas Perhubungan Kota Lembayung, Sari Wulandari, mengatakan pemerintah kota menambah anggaran. '
      + '“Halte ini untuk warga,” kata Rudi.';
    const linked = link(text);
    assert.ok(linked.names.includes('person:Rudi Santoso'));
    assert.ok(linked.names.includes('organization:PT Angkasa Rel Mandiri'));
    assert.ok(linked.names.includes('organization:Dinas Perhubungan Kota Lembayung'));
    assert.ok(linked.names.includes('person:Sari Wulandari'));
    assert.equal(linked.mentions.find((m) => m.text === 'Rudi Santoso')?.role?.text, 'Wali Kota Lembayung');
    assert.equal(entityAt(linked, text, 'Rudi', 1)?.name, 'Rudi Santoso');
    assert.ok(!linked.names.some((n) => n.includes('Lembayung') && n.startsWith('person')));
  });
});

describe('mentions: places, titles and businesses on unseen text', () => {
  it('takes names ending in a street, bridge, station or similar head word for places, not people', () => {
    const text = 'Crews closed the Fenwick Bridge on Tuesday. Drivers queued along Osier Lane and outside Brackley Station, '
      + 'said Tilda Marsh, who lives near Corran Stadium.';
    const { names } = link(text);
    assert.deepEqual(names, ['person:Tilda Marsh']);
  });

  it('keeps a capitalised council or police title out of the name and records it as the role', () => {
    const text = 'Councillor Fenella Drax voted against the plan. Detective Inspector Rowan Achebe said the road was safe. Drax said she would appeal.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['person:Fenella Drax', 'person:Rowan Achebe']);
    assert.equal(linked.mentions.find((m) => m.text === 'Fenella Drax')?.role?.text, 'Councillor');
    assert.equal(linked.mentions.find((m) => m.text === 'Rowan Achebe')?.role?.text, 'Detective Inspector');
  });

  it('takes a name ending in a business noun for a company even without a legal suffix', () => {
    const text = 'Tamsworth Civil won the contract, and Pellow Coaches said it would run extra buses. '
      + 'Orrin Bakeries and Harker & Daughters also bid.';
    const { names } = link(text);
    assert.deepEqual(names, ['organization:Tamsworth Civil', 'organization:Pellow Coaches', 'organization:Orrin Bakeries',
      'organization:Harker & Daughters']);
  });

  it('links a club’s short name to its full name when the full name opens with a club word', () => {
    const text = 'Deportivo Marsella beat Kelby Rovers on Sunday. Marsella said the win was deserved.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['organization:Deportivo Marsella', 'organization:Kelby Rovers']);
    assert.equal(entityAt(linked, text, 'Marsella', 1)?.name, 'Deportivo Marsella');
  });

  it('does not let the last word of a headline decide about the name opening the next line', () => {
    const text = 'Striker set to move in\n\nOrlando Vesk is close to joining Kelby Rovers, his agent said.';
    assert.ok(link(text).names.includes('person:Orlando Vesk'));
  });

  it('does not take a role modifier opening a sentence for a name', () => {
    const text = 'Managing director Ilse Branko said the bakery would hire ten people.';
    assert.deepEqual(link(text).names, ['person:Ilse Branko']);
  });

  it('keeps a hospital named for a saint whole and apart from the university before "and"', () => {
    const text = 'The trial was run by the University of Corrib and St Ailbe\'s Hospital, and published in the Western Journal of Surgery.';
    assert.deepEqual(link(text).names, ['organization:University of Corrib', 'organization:St Ailbe\'s Hospital',
      'organization:Western Journal of Surgery']);
  });

  it('keeps a sentence-initial common word in a name that an appositive calls an organisation', () => {
    const text = 'Home Ahead, a charity for carers, welcomed the plan.';
    assert.deepEqual(link(text).names, ['organization:Home Ahead']);
  });

  it('cuts an Indonesian acronym and its place from the name after it, and takes no election for a person', () => {
    const text = 'Ketua KPU Kota Lembayung Yosef Tanoto mengatakan Pilkada Kota Lembayung berjalan aman. '
      + 'Menurut Yosef, tidak ada pelanggaran yang dilaporkan oleh warga.';
    const linked = link(text);
    assert.deepEqual(linked.names, ['organization:KPU Kota Lembayung', 'person:Yosef Tanoto']);
  });

  it('takes a name an appositive calls a building for a place, and keeps a plural possessive inside an association', () => {
    const text = 'Protesters gathered outside Carrow House, the court building on Fen Street. '
      + 'Mabel Orme, who chairs the Fen Street Tenants’ Association, said they would return.';
    assert.deepEqual(link(text).names, ['person:Mabel Orme', 'organization:Fen Street Tenants’ Association']);
  });

  it('keeps the first word of a two-word body opening a sentence ("Green Party candidate …")', () => {
    assert.deepEqual(link('Green Party candidate Ilse Varga spoke on Monday.').names, ['organization:Green Party', 'person:Ilse Varga']);
  });

  it('takes a given name and a surname that is also a body\'s word for a person', () => {
    assert.deepEqual(link('The lawyer Helen Mills met the committee on Friday.').names, ['person:Helen Mills']);
  });

  it('keeps a name that ends in a common word only when the text says it is a person', () => {
    assert.deepEqual(link('Crowds packed Harlow Green on Sunday for the fair, and the stalls sold out by noon.').names, []);
    assert.deepEqual(link('Crowds packed the fair on Sunday. Harlow Green said he had never seen so many people.').names,
      ['person:Harlow Green']);
  });

  it('takes no nickname opening with a foreign article for a person', () => {
    assert.deepEqual(link('He scored twice for Los Cuervos last season before the move to Kelby Rovers.').names,
      ['organization:Kelby Rovers']);
  });
});
