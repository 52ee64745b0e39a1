// Conflicting claims across articles, on invented multi-article snippets for every aspect and for
// statements that only look different; then the conflict scores on the gold-labelled corpora
// (skipped when ../shared is not beside this checkout).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../../src/core/analyzeFile';
import { linkCorpus } from '../../src/core/corpus';
import type { Conflict, ConflictAspect, CorpusAnalysis } from '../../src/core/model';
import { SHARED, SHARED_SCORER, analyseFolderInProcess, sharedScores, type SharedScores } from '../support/sharedScorer';

function analyse(articles: Record<string, string>): CorpusAnalysis {
  return linkCorpus(Object.entries(articles).map(([file, text]) => analyzeFile(file, text)));
}

/** The conflicts of `aspect` whose claims include both texts, from different files. */
function conflictsBetween(analysis: CorpusAnalysis, aspect: ConflictAspect, a: string, b: string): Conflict[] {
  return analysis.conflicts.filter((c) => c.aspect === aspect &&
    c.claims.some((x) => x.text.includes(a) && c.claims.some((y) => y.file !== x.file && y.text.includes(b))));
}

function assertConflict(articles: Record<string, string>, aspect: ConflictAspect, a: string, b: string): Conflict {
  const analysis = analyse(articles);
  const found = conflictsBetween(analysis, aspect, a, b);
  assert.equal(found.length, 1, `${aspect} conflict "${a}" vs "${b}" among: ${analysis.conflicts.map((c) => `[${c.aspect}] ${c.summary}`).join(' | ')}`);
  return found[0];
}

function assertNoConflict(articles: Record<string, string>, aspect?: ConflictAspect): void {
  const found = analyse(articles).conflicts.filter((c) => !aspect || c.aspect === aspect);
  assert.deepEqual(found.map((c) => `[${c.aspect}] ${c.summary}`), []);
}

describe('conflicts: roles', () => {
  it('founder against co-founder', () => {
    const conflict = assertConflict({
      '01_gazette.txt': 'Brightwell co-founder Tomas Ekdal opened the new dairy on Friday.',
      '02_herald.txt': 'Brightwell founder Tomas Ekdal cut the ribbon at the new dairy.',
    }, 'role', 'co-founder Tomas Ekdal', 'founder Tomas Ekdal');
    assert.equal(conflict.summary, "Tomas Ekdal: 'Brightwell co-founder' (01) vs 'Brightwell founder' (02)");
    assert.match(conflict.rationale, /founder/);
  });

  it('a minister against a deputy minister, across English and Indonesian', () => {
    assertConflict({
      '01_gazette.txt': 'Fisheries Minister Sari Lestiani visited the harbour on Monday.',
      '02_warta.txt': 'Wakil Menteri Perikanan Sari Lestiani mengunjungi pelabuhan pada hari Senin.',
    }, 'role', 'Fisheries Minister Sari Lestiani', 'Wakil Menteri Perikanan Sari Lestiani');
  });

  it('two different offices at the same body, and an outgoing chairman against a chairman', () => {
    assertConflict({
      '01_gazette.txt': 'Ruth Okoro, general secretary of the Dockworkers Union, called the deal unfair.',
      '02_herald.txt': 'Ruth Okoro, president of the Dockworkers Union, said members would vote on Friday.',
    }, 'role', 'general secretary', 'president');
    assertConflict({
      '01_gazette.txt': 'Outgoing Brightwell chairman Nils Berg signed the accounts.',
      '02_herald.txt': 'Brightwell chairman Nils Berg signed the accounts on Tuesday.',
    }, 'role', 'Outgoing Brightwell chairman', 'Brightwell chairman Nils Berg');
  });

  it('a lead author against a co-author', () => {
    assertConflict({
      '01_gazette.txt': '“The effect was larger than we expected,” said Dr. Ines Barrow, a nutritionist at Lakeside Hospital and the study’s lead author.',
      '02_herald.txt': 'Dr. Ines Barrow, a co-author of the paper and a consultant at Lakeside Hospital, said the results held for every age group.',
    }, 'role', 'lead author', 'co-author');
  });

  it('titles that can all be true are no conflict: CEO and co-founder, chief executive and CEO', () => {
    assertNoConflict({
      '01_gazette.txt': 'Brightwell co-founder Tomas Ekdal opened the dairy on Friday.',
      '02_herald.txt': 'Tomas Ekdal, chief executive of Brightwell, opened the dairy.',
      '03_ledger.txt': 'Brightwell CEO Tomas Ekdal was at the opening.',
    }, 'role');
  });

  it('a chief executive and a translation\'s "kepala eksekutif" are one office', () => {
    assertNoConflict({
      '01_gazette.txt': 'Solvik Telecom will cut 800 jobs, chief executive Sigrid Holm said.',
      '02_warta.txt': 'Solvik Telecom akan memangkas 800 pekerjaan, kata kepala eksekutif Sigrid Holm.',
    }, 'role');
  });

  it('"head of" a body is whoever leads it, but "head of operations" is an office of its own', () => {
    assertNoConflict({
      '01_gazette.txt': 'Leonard Voss, director of the Harbour Policy Institute, said the levy was too low.',
      '02_herald.txt': 'Leonard Voss, head of the Harbour Policy Institute, called the levy too low.',
    }, 'role');
    assertConflict({
      '01_gazette.txt': 'Leonard Voss, director of the Harbour Policy Institute, said the levy was too low.',
      '02_herald.txt': 'Leonard Voss, head of operations of the Harbour Policy Institute, called the levy too low.',
    }, 'role', 'director', 'head of operations');
  });
});

describe('conflicts: numbers', () => {
  it('the length of one event and the amount of one loan', () => {
    const articles = {
      '01_gazette.txt': 'Delegates gathered for the two-day Harbour Forum in Lakeside.\nThe plant is financed by a $12 million loan from the Lakeside Trust.',
      '02_herald.txt': 'Investors flew in for the three-day Harbour Forum.\nThe Lakeside Trust is lending the plant a $15 million loan, the trust said.',
    };
    assertConflict(articles, 'number', 'two-day', 'three-day');
    assertConflict(articles, 'number', '$12 million loan', '$15 million loan');
  });

  it('the number of jobs cut at one company', () => {
    assertConflict({
      '01_gazette.txt': 'Brightwell Foods said it would close its Lakeside dairy, cutting about 400 jobs.',
      '02_herald.txt': 'About 480 workers at Brightwell Foods will lose their jobs when the dairy closes.',
    }, 'number', 'about 400 jobs', 'About 480 workers');
  });

  it('a growth target and a benchmark rate, in percent, across English and Indonesian; two rates far apart are two rates', () => {
    const articles = {
      '01_post.txt': 'Finance Minister Sari Pratiwi said the government had cut its economic growth target for this year to 4.8 percent. '
        + 'The central bank kept its benchmark rate at 6 percent.',
      '02_warta.txt': 'Menteri Keuangan Sari Pratiwi mengatakan pemerintah memangkas target pertumbuhan ekonomi tahun ini menjadi 5,1 persen. '
        + 'Bank sentral menahan suku bunga acuan di level 6,25 persen.',
    };
    assertConflict(articles, 'number', '4.8 percent', '5,1 persen');
    assertConflict(articles, 'number', '6 percent', '6,25 persen');
    assertNoConflict({
      '01_post.txt': 'The scheme favours areas with an unemployment rate of at least 150 percent of the national average.',
      '02_herald.txt': 'The unemployment rate for young people in the port towns is 51 percent.',
    }, 'number');
  });

  it('compatible numbers and numbers about different things are no conflict', () => {
    assertNoConflict({
      '01_gazette.txt': 'Brightwell Foods will retrain more than 200 employees.\nThe Lakeside Trust, a charity, runs 14 hospitals.',
      '02_herald.txt': 'Brightwell Foods will retrain about 200 staff this year.\nThe Nordby software is used in about 400 hospitals.',
    }, 'number');
  });
});

describe('conflicts: a storm told twice', () => {
  it('finds the deaths, the homes without power and the day, and names the event in the summary', () => {
    const articles = {
      '01_gazette.txt': 'At least 12 people died when the storm hit Port Kelana on Tuesday, police said.\nThe council said 3,000 homes had lost power.',
      '02_herald.txt': 'Eight people were killed when the storm struck Port Kelana on Wednesday, officials said.\nAbout 5,000 homes lost power, the council said.',
    };
    assertConflict(articles, 'number', '12 people', 'Eight people');
    assertConflict(articles, 'number', '3,000 homes', '5,000 homes');
    assert.match(assertConflict(articles, 'date', 'on Tuesday', 'on Wednesday').summary, /^date of the death: /);
  });

  it('the injured, the arrested and the warnings ignored', () => {
    const articles = {
      '01_gazette.txt': 'The blast at the Velden Hydro plant left 14 injured, police said. Officers made 3 arrests outside the gates. '
        + 'The National Water Agency said Velden Hydro had ignored three warnings.',
      '02_herald.txt': 'The explosion at the Velden Hydro plant left 19 injured. Police made 5 arrests at the gates. '
        + 'The National Water Agency said Velden Hydro had ignored two warnings.',
    };
    assertConflict(articles, 'number', '14 injured', '19 injured');
    assertConflict(articles, 'number', '3 arrests', '5 arrests');
    assertConflict(articles, 'number', 'three warnings', 'two warnings');
  });
});

describe('conflicts: a flood told by a wire and a daily', () => {
  it('finds the toll, the day and the aid, past the wire\'s dateline', () => {
    const articles = {
      '01_wire.txt': 'ORVIK, Nov 3 (Wire) - Floods killed at least 12 people in the Orvik Valley on Tuesday, the disaster agency said.\nGovernor Elsa Thorvald said the province would release 25 million euros in aid.',
      '02_daily.txt': 'At least 15 people died when floods swept through the Orvik Valley on Wednesday, officials said.\nGovernor Elsa Thorvald said the province would release 30 million euros in emergency aid.',
    };
    assertConflict(articles, 'number', 'at least 12 people', 'At least 15 people');
    assert.match(assertConflict(articles, 'date', 'on Tuesday', 'on Wednesday').summary, /^date of the death: /);
    assertConflict(articles, 'number', '25 million euros', '30 million euros');
    // The wire's dateline dates the story, not the deaths.
    assert.deepEqual(analyse(articles).conflicts.filter((c) => c.claims.some((x) => x.text.includes('Nov 3'))), []);
  });
});

describe('conflicts: dates', () => {
  it('the day an event opened and the year a company was founded', () => {
    const articles = {
      '01_gazette.txt': 'The Harbour Forum opened on Tuesday in Lakeside.\nBrightwell Foods was founded in 2012 by two farmers.',
      '02_herald.txt': 'The Harbour Forum opened on Wednesday with a speech by the mayor.\nFounded in 2013, Brightwell Foods now sells in nine countries.',
    };
    assertConflict(articles, 'date', 'Tuesday', 'Wednesday');
    assertConflict(articles, 'date', 'founded in 2012', 'Founded in 2013');
  });

  it('the jobs cut, across English and Indonesian', () => {
    assertConflict({
      '01_gazette.txt': 'Solvik Telecom will cut 1,500 jobs over two years.',
      '02_warta.txt': 'Solvik Telecom akan memangkas 1.200 pekerjaan dalam dua tahun.',
    }, 'number', '1,500 jobs', '1.200 pekerjaan');
  });

  it('the money spent and the month work starts, across English and Indonesian', () => {
    const articles = {
      '01_gazette.txt': 'Transport Minister Rudi Anwar said the government would spend $120 million on the Lakeside port, with work starting in March 2027.',
      '02_warta.txt': 'Menteri Perhubungan Rudi Anwar mengatakan pemerintah akan mengeluarkan 150 juta dolar AS untuk pelabuhan Lakeside, dengan pekerjaan dimulai pada April 2027.',
    };
    assertConflict(articles, 'number', 'spend $120 million', 'mengeluarkan 150 juta dolar');
    assertConflict(articles, 'date', 'starting in March 2027', 'dimulai pada April 2027');
  });

  it('the day a smelter opens, its verb well before the date, and a president director is the same office in both languages', () => {
    const articles = {
      '01_post.txt': 'PT Teluk Nikel Sejahtera will open its $1.2 billion nickel smelter in Southeast Sulawesi on August 17, '
        + 'the company\'s president director, Bambang Hartono, said on Monday.',
      '02_warta.txt': 'PT Teluk Nikel Sejahtera akan meresmikan smelter nikel senilai 1,5 miliar dolar AS di Sulawesi Tenggara pada 20 Agustus, '
        + 'kata Presiden Direktur perusahaan, Bambang Hartono, Senin.',
    };
    assertConflict(articles, 'date', 'on August 17', 'pada 20 Agustus');
    assertNoConflict(articles, 'role');
  });

  it('the quarter a deal closes, but not a month within that quarter', () => {
    const first = 'Vestra chief executive Hanna Berg said the deal would close in the first quarter of 2025.';
    assertConflict({
      '01_post.txt': first,
      '02_herald.txt': 'Vestra chief executive Hanna Berg said the takeover would close in the second quarter of 2025.',
    }, 'date', 'first quarter of 2025', 'second quarter of 2025');
    assertNoConflict({
      '01_post.txt': first,
      '02_herald.txt': 'Vestra chief executive Hanna Berg said the deal would close in March 2025.',
    }, 'date');
  });

  it('the day repairs are to be finished, across English and Indonesian', () => {
    const articles = {
      '01_gazette.txt': 'Velden Hydro chief executive Anders Moe said the repairs would be finished by March 15.',
      '02_warta.txt': 'Direktur Utama Velden Hydro Anders Moe mengatakan perbaikan akan selesai pada 1 April.',
    };
    assertConflict(articles, 'date', 'finished by March 15', 'selesai pada 1 April');
  });

  it('the dates of one kind of event, whoever organised it, but not of two kinds', () => {
    assertConflict({
      '01_warta.txt': 'Debat pertama calon wali kota yang digelar Komisi Pemilihan Umum berlangsung pada Rabu (12/11) malam.',
      '02_kabar.txt': 'Para calon wali kota beradu gagasan dalam debat pertama yang diselenggarakan KPU Lakeside pada Selasa (11/11) malam.',
    }, 'date', 'Rabu (12/11', 'Selasa (11/11');
    assertNoConflict({
      '01_warta.txt': 'Pemungutan suara dijadwalkan berlangsung pada 27 November.',
      '02_kabar.txt': 'Debat pertama yang diselenggarakan KPU Lakeside berlangsung pada Selasa (11/11) malam.',
    }, 'date');
  });

  it('who founded a company', () => {
    assertConflict({
      '01_gazette.txt': 'Brightwell Bakery opened its second shop on Monday. The firm was founded in 1987 by Grace Okoro.',
      '02_herald.txt': 'Brightwell Bakery is opening a second shop. Samuel Okoro founded the company in 1987.',
    }, 'other', 'Grace Okoro', 'Samuel Okoro');
  });

  it('a month and a day within it agree', () => {
    assertNoConflict({
      '01_gazette.txt': 'The Lakeside dairy opened in June 2024.',
      '02_herald.txt': 'The Lakeside dairy opened on June 14, 2024.',
    }, 'date');
  });
});

describe('conflicts: quotes', () => {
  it('the same line worded differently, and a translated quote with a different number', () => {
    assertConflict({
      '01_gazette.txt': 'Tomas Ekdal opened the dairy.\n“The economics of dairy farming have changed, and we have to change with them,” Ekdal said.',
      '02_herald.txt': 'Tomas Ekdal spoke at the opening.\n“The economics of dairy farming have moved on, and so must we,” Ekdal said.',
    }, 'quote', 'have changed', 'moved on');
    assertConflict({
      '01_gazette.txt': 'Tomas Ekdal opened the dairy.\n“We can cut the cost of cheese by a third within five years,” Ekdal said.',
      '02_warta.txt': 'Tomas Ekdal membuka pabrik itu.\n“Kami bisa memangkas biaya keju hingga setengahnya dalam lima tahun,” kata Ekdal.',
    }, 'quote', 'by a third', 'setengahnya');
  });

  it('a short line with one word changed, but not two short lines that share two words', () => {
    assertConflict({
      '01_gazette.txt': 'Karin Solberg inspected the dam.\n“They knew the valve was failing,” Solberg said.',
      '02_herald.txt': 'Karin Solberg spoke at the dam.\n“They knew the valve was broken,” Solberg said.',
    }, 'quote', 'failing', 'broken');
    assertNoConflict({
      '01_gazette.txt': 'Karin Solberg inspected the dam.\n“They knew the valve was failing,” Solberg said.',
      '02_herald.txt': 'Karin Solberg spoke at the dam.\n“Nobody who ever saw that valve knew what it was for,” Solberg said.',
    }, 'quote');
  });

  it('a shorter quote of the same line, or a change of tense only, is no conflict', () => {
    assertNoConflict({
      '01_gazette.txt': 'Tomas Ekdal opened the dairy.\n“This was a hard decision, and it is not a judgement on the farmers who supply us,” Ekdal said.\n' +
        '“The company will localise all of its customer data in Norway,” Ekdal added.',
      '02_herald.txt': 'Tomas Ekdal spoke at the opening.\nEkdal said the move was “not a judgement on the farmers who supply us.”\n' +
        '“The company is localising all of its customer data in Norway,” Ekdal said.',
    }, 'quote');
  });
});

describe('conflicts: names and stances', () => {
  it('one person whose surname one article misspells, but not two people whose given names differ by a letter', () => {
    const conflict = assertConflict({
      '01_gazette.txt': 'Jonas Feld, head of the Orvik Disaster Agency, said three people were missing.',
      '02_herald.txt': 'Jonas Feldt, director of the Orvik Disaster Agency, said three people were still missing.',
    }, 'name', 'Jonas Feld', 'Jonas Feldt');
    assert.match(conflict.rationale, /the same person is spelled “feld” in one article and “feldt” in the other/);
    assertNoConflict({
      '01_gazette.txt': 'Ilona Varga opened the bakery on Friday.',
      '02_herald.txt': 'Ilonka Varga opened the bakery on Friday.',
    }, 'name');
  });

  it('one body whose name one article misspells, but not two bodies whose names differ more', () => {
    const conflict = assertConflict({
      '01_gazette.txt': 'The dredging is run by Calder Ports Group, the council said.',
      '02_herald.txt': 'The dredging is run by Kalder Ports Group, the council said.',
    }, 'name', 'Calder Ports Group', 'Kalder Ports Group');
    assert.match(conflict.rationale, /spelled “calder” in one article and “kalder” in the other/);
    assertNoConflict({
      '01_gazette.txt': 'The dredging is run by Calder Ports Group, the council said.',
      '02_herald.txt': 'The dredging is run by Holder Ports Group, the council said.',
    }, 'name');
  });

  it('one body named two ways, but not its translation', () => {
    assertConflict({
      '01_gazette.txt': 'The plant needs approval from the National Food Agency (NFA).',
      '02_herald.txt': 'The National Food Authority said it would inspect the plant.',
      '03_warta.txt': 'Badan Pangan Nasional (NFA) akan memeriksa pabrik itu.',
    }, 'name', 'National Food Agency', 'National Food Authority');
    assertNoConflict({
      '01_gazette.txt': 'The plant needs approval from the National Food Agency (NFA).',
      '03_warta.txt': 'Badan Pangan Nasional (NFA) akan memeriksa pabrik itu.',
    }, 'name');
  });

  it('a denial against the claim it denies', () => {
    const conflict = assertConflict({
      '01_gazette.txt': 'The Lakeside Council denied claims that bus fares would rise to pay for the new depot.',
      '02_herald.txt': 'Bus fares in Lakeside will rise by 8 percent in May to pay for the new depot.',
    }, 'stance', 'denied claims', 'will rise');
    assert.ok(conflict.confidence >= 0.6, `confidence ${conflict.confidence}`);
  });

  it('one person supporting and rejecting the same plan, but not two people', () => {
    assertConflict({
      '01_warta.txt': 'Calon wali kota Hasan Nurdin menyatakan menolak rencana Jalan Tol Lingkar Utara.',
      '02_kabar.txt': 'Calon wali kota Hasan Nurdin menyatakan mendukung pembangunan Jalan Tol Lingkar Utara.',
    }, 'stance', 'menolak', 'mendukung');
    assertNoConflict({
      '01_warta.txt': 'Calon wali kota Hasan Nurdin menyatakan menolak rencana Jalan Tol Lingkar Utara.',
      '02_kabar.txt': 'Calon wali kota Sari Wulandari menyatakan mendukung pembangunan Jalan Tol Lingkar Utara.',
    }, 'stance');
  });

  it('one speaker confirming in one article what the other has them deny or negate, but not two speakers or two statements', () => {
    const confirmed = 'Transport Minister Rudi Anwar confirmed that the government would pay for half of the harbour tunnel.';
    assertConflict({
      '01_gazette.txt': confirmed,
      '02_herald.txt': 'Transport Minister Rudi Anwar denied that the government would pay for half of the harbour tunnel.',
    }, 'stance', 'confirmed that the government', 'denied that the government');
    assertConflict({
      '01_gazette.txt': confirmed,
      '02_warta.txt': 'Transport Minister Rudi Anwar said the government would not pay for half of the harbour tunnel.',
    }, 'stance', 'confirmed that the government', 'would not pay');
    assertNoConflict({
      '01_gazette.txt': confirmed,
      '02_herald.txt': 'Finance Minister Sari Dewi denied that the government would pay for half of the harbour tunnel.',
    }, 'stance');
    assertNoConflict({
      '01_gazette.txt': confirmed,
      '02_herald.txt': 'Transport Minister Rudi Anwar denied that the tunnel would open before the election.',
    }, 'stance');
  });

  it('one speaker\'s opposite statements are found however many other people state the same thing', () => {
    const articles: Record<string, string> = {
      '01_gazette.txt': 'Transport Minister Rudi Anwar confirmed that the government would pay for half of the harbour tunnel.',
      '02_herald.txt': 'Transport Minister Rudi Anwar denied that the government would pay for half of the harbour tunnel.',
    };
    // 130 other people each confirm and deny it in articles of their own: one group of the
    // statement would hold far more pairs than are compared in one.
    for (let k = 0; k < 130; k++) {
      const name = `Councillor Ana${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))} Lindqvist`;
      articles[`${String(k + 3).padStart(3, '0')}_a.txt`] = `${name} confirmed that the government would pay for half of the harbour tunnel.`;
      articles[`${String(k + 3).padStart(3, '0')}_b.txt`] = `${name} denied that the government would pay for half of the harbour tunnel.`;
    }
    const found = analyse(articles).conflicts.filter((c) => c.aspect === 'stance' && c.summary.startsWith('Rudi Anwar'));
    assert.equal(found.length, 1);
  });

  it('two articles saying the same thing are no conflict', () => {
    assertNoConflict({
      '01_gazette.txt': 'Bus fares in Lakeside will rise by 8 percent in May.',
      '02_herald.txt': 'Lakeside bus fares are set to rise in May, the council said.',
    });
  });
});

describe('conflicts: ranking', () => {
  it('gives every conflict a kind, a confidence, a rationale and claims from two files, most certain first', () => {
    const analysis = analyse({
      '01_gazette.txt': 'Brightwell co-founder Tomas Ekdal opened the two-day Harbour Forum.\nThe Harbour Forum opened on Tuesday.',
      '02_herald.txt': 'Brightwell founder Tomas Ekdal spoke at the three-day Harbour Forum.\nThe Harbour Forum opened on Wednesday.',
    });
    assert.ok(analysis.conflicts.length >= 3);
    analysis.conflicts.forEach((c, i) => {
      assert.equal(c.id, `c${i + 1}`);
      assert.ok(c.confidence > 0 && c.confidence <= 1);
      assert.ok(c.rationale.length > 0);
      assert.ok(new Set(c.claims.map((k) => k.file)).size >= 2);
      if (i > 0) assert.ok(analysis.conflicts[i - 1].confidence >= c.confidence);
    });
  });
});

// ---- scores on gold-labelled corpora ----------------------------------------------------------

/** Analyses a corpus folder in-process and scores its conflicts with the shared scorer. */
const conflictScores = (corpus: string, gold: string): SharedScores['conflicts'] => sharedScores(analyseFolderInProcess(corpus), corpus, gold).conflicts;

describe('conflicts: gold-labelled corpora', function () {
  before(function () {
    if (!existsSync(SHARED_SCORER)) {
      console.log(`    (skipped: ${SHARED_SCORER} is absent)`);
      this.skip();
    }
  });

  it('finds the seeds’ conflicts with recall and precision of at least 0.7', function () {
    const gold = join(SHARED, 'gold/seeds.gold.json');
    if (!existsSync(gold)) this.skip();
    const scores = conflictScores(join(SHARED, 'corpus/seeds'), gold);
    assert.ok((scores.recall ?? 0) >= 0.7, `recall ${scores.recall}`);
    assert.ok((scores.precision ?? 0) >= 0.7, `precision ${scores.precision}`);
  });

  const root = resolve(__dirname, '../..');
  const corpora = [['samples/corpus', 'samples/corpus.gold.json'],
    ...readdirSync(join(root, 'test/fixtures')).filter((d) => existsSync(join(root, 'test/fixtures', d, 'gold.json')))
      .map((d) => [`test/fixtures/${d}`, `test/fixtures/${d}/gold.json`])];
  for (const [corpus, gold] of corpora) {
    it(`finds the planted conflicts of ${corpus} with recall and precision of at least 0.7`, function () {
      const scores = conflictScores(join(root, corpus), join(root, gold));
      if (scores.recall === null) this.skip();
      assert.ok((scores.recall ?? 0) >= 0.7, `recall ${scores.recall}`);
      assert.ok((scores.precision ?? 1) >= 0.7, `precision ${scores.precision}`);
    });
  }
});
