// Who said what, on invented sentences: one test per construction, asserting the exact passage
// text, its kind and its speaker's name.
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/analyzeFile';

interface Said {
  kind: 'direct' | 'indirect';
  text: string;
  speakers: string[];
}

/** The passages of an article as kind, text and speaker names, in text order. */
function passagesOf(text: string): Said[] {
  const analysis = analyzeFile('article.txt', text);
  return analysis.passages.map((p) => ({
    kind: p.kind, text: p.text, speakers: p.speakers.map((s) => analysis.localEntities[s].name),
  }));
}

/** Asserts that the article has this passage (among possibly others). */
function assertSaid(text: string, expected: Said): void {
  const passages = passagesOf(text);
  const found = passages.find((p) => p.text === expected.text);
  assert.ok(found, `no passage "${expected.text}" in ${JSON.stringify(passages, null, 1)}`);
  assert.deepEqual(found, expected);
}

describe('passages: direct quotes', () => {
  it('takes the words between curly marks, with their inner punctuation, and the speaker after them', () => {
    const text = 'Harbour Minister Oskar Venn opened the new pier on Monday.\n“The pier will carry twice the traffic,” said Oskar Venn.';
    assertSaid(text, { kind: 'direct', text: 'The pier will carry twice the traffic,', speakers: ['Oskar Venn'] });
  });

  it('reads straight double quotes and a speaker before the quote', () => {
    const text = 'Marta Quillfeather, the festival director, said: "We sold every ticket in an hour."';
    assertSaid(text, { kind: 'direct', text: 'We sold every ticket in an hour.', speakers: ['Marta Quillfeather'] });
  });

  it('resolves "he said" past names after a preposition, to a subject or the last speaker', () => {
    const text = 'Harbour chief Oskar Venn spoke after the vote. Replacing the board, he said, would lead to lobbying by loyalists to Jonas Brandt and Piet Arne. That is why, he argued, the port should be ready.';
    // A capitalised "That" opens the sentence: it stays in what was said.
    assertSaid(text, { kind: 'indirect', text: 'That is why, he argued, the port should be ready', speakers: ['Oskar Venn'] });
  });

  it('resolves "he said" to a person named by one word and a title', () => {
    assertSaid('Ansel Hume showed the site to reporters. Then President Okafor toured the dam. “We will finish it,” he said.', { kind: 'direct', text: 'We will finish it,', speakers: ['Okafor'] });
  });

  it('resolves "she said" to the person last named, and gives a second quote the same speaker', () => {
    const text = 'Ilse Brandvold runs the ferry company.\n“We will add a night crossing,” she said. “It starts in May.”';
    const passages = passagesOf(text);
    assert.deepEqual(passages, [
      { kind: 'direct', text: 'We will add a night crossing,', speakers: ['Ilse Brandvold'] },
      { kind: 'direct', text: 'It starts in May.', speakers: ['Ilse Brandvold'] },
    ]);
  });

  it('gives a quote interrupted by its tag two passages with one speaker', () => {
    const text = 'Tomas Ekberg chairs the water board.\n“The reservoir is full,” Tomas Ekberg said, “but the pipes are old.”';
    const passages = passagesOf(text);
    assert.deepEqual(passages.map((p) => [p.text, p.speakers]), [
      ['The reservoir is full,', ['Tomas Ekberg']],
      ['but the pipes are old.', ['Tomas Ekberg']],
    ]);
  });

  it('gives the quotation after a tag with its subject after the verb, or a phrase after it, the same speaker', () => {
    for (const tag of ['said Tomas Ekberg,', 'Tomas Ekberg said of the dam,', 'Tomas Ekberg said in a statement,', 'he told the board,', 'Tomas Ekberg said at a rally in Dover, Del.,']) {
      const text = `Tomas Ekberg chairs the water board.\n“The reservoir is full,” ${tag} “but the pipes are old.”`;
      assert.deepEqual(passagesOf(text).map((p) => [p.text, p.speakers]), [
        ['The reservoir is full,', ['Tomas Ekberg']],
        ['but the pipes are old.', ['Tomas Ekberg']],
      ], tag);
    }
  });

  it('gives a quotation after "footage of X saying" to X, up to its close when a subordinate clause follows', () => {
    const text = 'The advert ends with footage of Bo Lanning saying during the debate last week, “That makes me smart,” when he was asked about taxes.';
    assert.deepEqual(passagesOf(text), [{ kind: 'direct', text: 'That makes me smart,', speakers: ['Bo Lanning'] }]);
    assert.deepEqual(passagesOf('Everyone saw the importance of Bo Lanning saying so at the time.'), []);
  });

  it('continues a quote into the next paragraph when the first one is left open', () => {
    const text = [
      'The conductor Hedda Solvik looked back on her first season.',
      '“I had prepared every note and none of the people.',
      '“The players taught me the rest.”',
    ].join('\n');
    const passages = passagesOf(text);
    assert.deepEqual(passages.map((p) => [p.text, p.speakers]), [
      ['I had prepared every note and none of the people.', ['Hedda Solvik']],
      ['The players taught me the rest.', ['Hedda Solvik']],
    ]);
  });

  it('gives a quote followed by its tag and a description of the speaker only the direct passage', () => {
    assert.deepEqual(passagesOf('“The kiln will be lit again in March,” said Ines Varga, who owns the pottery.'), [
      { kind: 'direct', text: 'The kiln will be lit again in March,', speakers: ['Ines Varga'] },
    ]);
    assert.deepEqual(passagesOf('“Nobody reads the small print,” Ines Varga told reporters outside the town hall, a brick building on Quay Street.'), [
      { kind: 'direct', text: 'Nobody reads the small print,', speakers: ['Ines Varga'] },
    ]);
    assert.deepEqual(passagesOf('"Rents doubled in a year," said Dr. Ines Varga, a lecturer at Holloway\'s and the survey\'s author.'), [
      { kind: 'direct', text: 'Rents doubled in a year,', speakers: ['Ines Varga'] },
    ]);
  });

  it('reports "said she welcomed … but wanted …" once', () => {
    const text = 'Greta Hollis, 61, who lives by the depot, said she welcomed the buses but wanted quieter engines.';
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'she welcomed the buses but wanted quieter engines', speakers: ['Greta Hollis'] },
    ]);
  });

  it('gives what a spokesperson or lawyers for an organisation say to the organisation', () => {
    const text = 'Brackwater Mills Ltd closed its dye works in June.\nA spokeswoman for Brackwater Mills Ltd said the site would be sold.\nLawyers for the company argued that the closure saved money.';
    assertSaid(text, { kind: 'indirect', text: 'the site would be sold', speakers: ['Brackwater Mills Ltd'] });
    assertSaid(text, { kind: 'indirect', text: 'the closure saved money', speakers: ['Brackwater Mills Ltd'] });
  });

  it('reads the clause after "told the jury" without "that"', () => {
    const text = 'Oren Falk, a defence solicitor, told the jury his client “bitterly regrets” the crash.';
    assertSaid(text, { kind: 'indirect', text: 'his client “bitterly regrets” the crash', speakers: ['Oren Falk'] });
  });

  it('reports "disagrees with" and "apologized for"', () => {
    assertSaid('Hilde Marsh disagrees with her former deputy on the tunnel.', { kind: 'indirect', text: 'with her former deputy on the tunnel', speakers: ['Hilde Marsh'] });
    assertSaid('Hilde Marsh apologized for her remarks about the tunnel.', { kind: 'indirect', text: 'apologized for her remarks about the tunnel', speakers: ['Hilde Marsh'] });
  });

  it('reports nothing for "said of X", but the quotation after it', () => {
    const text = 'Ilse Brandvold, a fellow at the Ridge Institute, said of the council.\nOskar Venn says of Brandvold, “She will sell the pier if she can.”';
    assert.deepEqual(passagesOf(text), [{ kind: 'direct', text: 'She will sell the pier if she can.', speakers: ['Oskar Venn'] }]);
  });

  it('skips the appositive after "according to X"', () => {
    const text = 'According to Petra Lindahl, the mayor’s adviser, the budget will be cut in May.';
    assert.deepEqual(passagesOf(text), [{ kind: 'indirect', text: 'the budget will be cut in May', speakers: ['Petra Lindahl'] }]);
  });

  it('gives "a Brackwater Mills Ltd spokesman" and "its lawyers" to the organisation', () => {
    const text = 'Brackwater Mills Ltd closed its dye works.\nA Brackwater Mills Ltd spokesman said the site would be sold.\nBrackwater Mills Ltd’s lawyers argued that the closure saved money.';
    assertSaid(text, { kind: 'indirect', text: 'the site would be sold', speakers: ['Brackwater Mills Ltd'] });
    assertSaid(text, { kind: 'indirect', text: 'the closure saved money', speakers: ['Brackwater Mills Ltd'] });
  });

  it('does not let a stray mark derail later paragraphs', () => {
    const text = [
      'Rolf Maddox said the plan was “sound.” It was late. “',
      '“We start tomorrow,” said Rolf Maddox.',
    ].join('\n');
    assertSaid(text, { kind: 'direct', text: 'We start tomorrow,', speakers: ['Rolf Maddox'] });
  });

  it('keeps apostrophes and scare quotes out of the passages', () => {
    const text = 'The town’s “green corridor” project stalled in the ’90s, and the council’s budget didn’t help.';
    assert.deepEqual(passagesOf(text), []);
  });

  it('reads NYT-style double apostrophes', () => {
    const text = "Economist Lena Harrowgate doubts the tax plan. ''It adds complexity,'' said Lena Harrowgate.";
    assertSaid(text, { kind: 'direct', text: 'It adds complexity,', speakers: ['Lena Harrowgate'] });
  });

  it('attributes a quote followed by a dash and a name', () => {
    const text = 'Voters shared their views.\n“The bridge matters more than the stadium.” ― Petra Olsbakk';
    assertSaid(text, { kind: 'direct', text: 'The bridge matters more than the stadium.', speakers: ['Petra Olsbakk'] });
  });

  it('does not take the place after "said on" for the speaker', () => {
    const text = 'The Harbour Council closed the pier.\n"Nobody asked the families," Lionel Barrow, a writer for The Ledger, said on Twitter.';
    assertSaid(text, { kind: 'direct', text: 'Nobody asked the families,', speakers: ['Lionel Barrow'] });
  });

  it('keeps a generational suffix in the speaker\'s name, with or without an appositive after it', () => {
    const text = '"The vote was close," Tobin R. Hask II said.\n"It was a mistake," Corwin Ansel III, a writer for The Ledger, said on Twitter.';
    assertSaid(text, { kind: 'direct', text: 'The vote was close,', speakers: ['Tobin R. Hask II'] });
    assertSaid(text, { kind: 'direct', text: 'It was a mistake,', speakers: ['Corwin Ansel III'] });
  });

  it('takes the person after "the Rev." and after a programme\'s host title', () => {
    const text = '"We are not going back," said the Rev. Amos Kettering, of Grace Chapel.\n"The plan will fail," said Northwind Radio host Dana Feldt.';
    assertSaid(text, { kind: 'direct', text: 'We are not going back,', speakers: ['Amos Kettering'] });
    assertSaid(text, { kind: 'direct', text: 'The plan will fail,', speakers: ['Dana Feldt'] });
  });

  it('takes the person after the verb even when the name finder left an unknown first name out', () => {
    const text = 'Senator Bo Lanning voted against the act.\n“Knowledge in the chamber is thin,” said Corbin William Brooke, president of the Civic League.';
    const said = passagesOf(text).find((p) => p.text === 'Knowledge in the chamber is thin,');
    assert.ok(said && said.speakers.length === 1 && said.speakers[0].endsWith('William Brooke'), JSON.stringify(said));
  });

  it('steps over numbers describing the speaker after the verb ("said 52-year-old widow X")', () => {
    const text = '“The rationales do not hold,” said 52-year-old widow Tara Vance.\n“We waited too long,” said 9/11 widow Ruth Amberley.';
    assertSaid(text, { kind: 'direct', text: 'The rationales do not hold,', speakers: ['Tara Vance'] });
    assertSaid(text, { kind: 'direct', text: 'We waited too long,', speakers: ['Ruth Amberley'] });
  });

  it('gives the answers of an interview to the person interviewed', () => {
    const text = [
      'We spoke to the architect Ansel Morrow about the library.',
      'Q: What was hardest?',
      'A: The roof. Everything else was easy by comparison.',
    ].join('\n');
    const passages = passagesOf(text);
    assert.deepEqual(passages, [{ kind: 'direct', text: 'The roof. Everything else was easy by comparison.', speakers: ['Ansel Morrow'] }]);
  });

  it('gives each paragraph of a transcript to the name in capitals that labels it, named before or not', () => {
    const text = [
      'Governor Alan Merrow spoke about the budget on the morning show.',
      '"WHITCOMBE: Will the schools be funded this year?',
      '"MERROW: The schools will be funded in full.',
      '"WHITCOMBE: The council says the money is not there.',
      'CORRECTION: An earlier version of this story misspelled the name of the show.',
    ].join('\n\n');
    assert.deepEqual(passagesOf(text).filter((p) => p.kind === 'direct'), [
      { kind: 'direct', text: 'Will the schools be funded this year?', speakers: ['WHITCOMBE'] },
      { kind: 'direct', text: 'The schools will be funded in full.', speakers: ['Alan Merrow'] },
      { kind: 'direct', text: 'The council says the money is not there.', speakers: ['WHITCOMBE'] },
    ]);
    assert.ok(!passagesOf(text).some((p) => p.speakers.includes('CORRECTION')));
  });

  it('reads a single name in capitals before a colon as a dateline, not a speaker', () => {
    assert.deepEqual(passagesOf('SOLVANE: The harbour board said on Monday that the bridge would open in May.').map((p) => p.speakers), []);
  });

  it('lists no stage direction of a transcript ("(CROSSTALK.)") as a passage', () => {
    const text = ['Governor Alan Merrow spoke on the show.', '"MERROW: The schools will be funded in full.', '"(CROSSTALK.)', '"MERROW: The council is wrong.'].join('\n\n');
    assert.deepEqual(passagesOf(text).map((p) => p.text), ['The schools will be funded in full.', 'The council is wrong.']);
  });
});

describe('passages: reported speech', () => {
  it('reports the clause after "said that", not the verb', () => {
    const text = 'Finance Minister Greta Holm said on Tuesday that the budget would be balanced by 2027.';
    assertSaid(text, { kind: 'indirect', text: 'the budget would be balanced by 2027', speakers: ['Greta Holm'] });
  });

  it('keeps the verb when its object is the content ("urged", "praised")', () => {
    const text = 'Mayor Anton Reyes praised the volunteers and urged residents to keep the beaches clean.';
    const passages = passagesOf(text);
    assert.deepEqual(passages, [
      { kind: 'indirect', text: 'praised the volunteers', speakers: ['Anton Reyes'] },
      { kind: 'indirect', text: 'urged residents to keep the beaches clean', speakers: ['Anton Reyes'] },
    ]);
  });

  it('reports the clause before a tag, and spans a tag that interrupts it', () => {
    assertSaid('The harbour will reopen in June, Port Director Elin Sandvik said.', {
      kind: 'indirect', text: 'The harbour will reopen in June', speakers: ['Elin Sandvik'],
    });
    const text = 'Elin Sandvik spoke next. Dredging must finish first, she said, to let the larger ships in.';
    assertSaid(text, { kind: 'indirect', text: 'Dredging must finish first, she said, to let the larger ships in', speakers: ['Elin Sandvik'] });
  });

  it('finds the speaker after the verb, past a possessive and an appositive', () => {
    assertSaid('Prices will rise, said Northwind’s Carla Benedetti.', {
      kind: 'indirect', text: 'Prices will rise', speakers: ['Carla Benedetti'],
    });
    assertSaid('Demand is slowing, said Jonas Pike, chief economist at Fenwick Bank.', {
      kind: 'indirect', text: 'Demand is slowing', speakers: ['Jonas Pike'],
    });
  });

  it('walks back over a title and an appositive to the speaker', () => {
    const text = 'Nadia Ferrante, a partner at the consulting firm Brightwell Advisory, said the merger would close in March.';
    assertSaid(text, { kind: 'indirect', text: 'the merger would close in March', speakers: ['Nadia Ferrante'] });
  });

  it('walks back over an aside in dashes to the speaker', () => {
    const text = 'Tom Rusk — who has run the harbour board since 2019 — said the budget was tight.';
    assertSaid(text, { kind: 'indirect', text: 'the budget was tight', speakers: ['Tom Rusk'] });
  });

  it('does not take a titled name inside the appositive for the speaker ("a critic of Governor X")', () => {
    const text = 'Mara Velt, a longtime critic of Governor Olaf Brenn, suggests that the budget is a fiction.';
    assertSaid(text, { kind: 'indirect', text: 'the budget is a fiction', speakers: ['Mara Velt'] });
  });

  it('reads "according to" on either side of the clause', () => {
    assertSaid('According to the Coastal Survey Agency, sea levels rose four millimetres last year.', {
      kind: 'indirect', text: 'sea levels rose four millimetres last year', speakers: ['Coastal Survey Agency'],
    });
    assertSaid('Ticket sales doubled, according to Velden Rail.', {
      kind: 'indirect', text: 'Ticket sales doubled', speakers: ['Velden Rail'],
    });
  });

  it('gives the source of "according to X" what others are reported saying after it, not their words', () => {
    const text = 'According to union leader Paul Okafor, crews had warned about the engines since March.';
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'crews had warned about the engines since March', speakers: ['Paul Okafor'] },
    ]);
  });

  it('gives a participle after a comma the subject of the verb before it', () => {
    const text = 'Senator Ruth Okafor criticised the delay, saying the families had waited long enough.';
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'criticised the delay', speakers: ['Ruth Okafor'] },
      { kind: 'indirect', text: 'the families had waited long enough', speakers: ['Ruth Okafor'] },
    ]);
  });

  it('reports a quotation that makes up the reported words as a direct passage only', () => {
    const text = 'Governor Ivo Marek promised to work with neighbours to “build the fastest rail link in the region.”';
    assert.deepEqual(passagesOf(text), [
      { kind: 'direct', text: 'build the fastest rail link in the region.', speakers: ['Ivo Marek'] },
    ]);
  });

  it('keeps a quoted label inside the reported clause but lists a quoted judgement on its own too', () => {
    const label = 'Regulator Sabine Kroll urged the bank to join a “recovery programme” after the losses.';
    assert.deepEqual(passagesOf(label).map((p) => p.kind), ['indirect']);
    const judgement = 'Analyst Peter Lund said the forecast was “wildly optimistic” given the slowdown.';
    assertSaid(judgement, { kind: 'direct', text: 'wildly optimistic', speakers: ['Peter Lund'] });
    assertSaid(judgement, { kind: 'indirect', text: 'the forecast was “wildly optimistic” given the slowdown', speakers: ['Peter Lund'] });
  });

  it('keeps longer quoted words inside the reported clause, so they are not listed twice', () => {
    const text = 'Mayor Edda Solberg said the new bridge over the river, once the council had found the money for it, would “bring the whole town together at last”.';
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'the new bridge over the river, once the council had found the money for it, would “bring the whole town together at last”', speakers: ['Edda Solberg'] },
    ]);
  });

  it('reads a tag after a whole quotation as closing it: the words after the tag are the writer\'s', () => {
    const text = 'The council met until late.\n“We will keep the school open,” Mayor Ada Lindqvist said after the meeting broke up.';
    assert.deepEqual(passagesOf(text), [
      { kind: 'direct', text: 'We will keep the school open,', speakers: ['Ada Lindqvist'] },
    ]);
  });

  it('tells two people of one surname apart by the honorific and a given name\'s gender', () => {
    const text = 'Elsa Quarnby and her brother Hugo Quarnby run the mill. Mr. Quarnby said the mill would close. Ms. Quarnby said it would not.';
    assertSaid(text, { kind: 'indirect', text: 'the mill would close', speakers: ['Hugo Quarnby'] });
    assertSaid(text, { kind: 'indirect', text: 'it would not', speakers: ['Elsa Quarnby'] });
  });

  it('reads "that" before a verb as a relative pronoun, not the start of what was told', () => {
    const text = '“We are in a critical situation,” Chancellor Greta Holm told reporters after the meeting that was held on a river boat.';
    assert.deepEqual(passagesOf(text), [
      { kind: 'direct', text: 'We are in a critical situation,', speakers: ['Greta Holm'] },
    ]);
  });

  it('gives what a report, study or poll found to the body that made it', () => {
    for (const text of [
      'The Hallam Institute report found that the tunnel was unsafe.',
      'A Hallam Institute report released last year found that the tunnel was unsafe.',
      'A study by the Hallam Institute says that the tunnel was unsafe.',
    ]) assertSaid(text, { kind: 'indirect', text: 'the tunnel was unsafe', speakers: ['Hallam Institute'] });
  });

  it('resolves "the company said" to the company named before', () => {
    const text = 'Orrin Logistics opened a depot in Kessel. The company said it would hire 200 drivers.';
    assertSaid(text, { kind: 'indirect', text: 'it would hire 200 drivers', speakers: ['Orrin Logistics'] });
  });

  it('resolves "the Kessel-based company" past the place it is based in and a government named after the company', () => {
    const text = 'Orrin Logistics signed an agreement with authorities in Kessel to build a depot. The Kessel-based company said it would hire 200 drivers.';
    assertSaid(text, { kind: 'indirect', text: 'it would hire 200 drivers', speakers: ['Orrin Logistics'] });
  });

  it('gives "the executive" the person who spoke last, but "the chamber\'s president" only someone with that title', () => {
    const text = 'A spokeswoman for the Rivermouth Chamber of Commerce, Lena Holt, said members were divided. '
      + 'The chamber’s president said the levy was unfair. The spokeswoman said talks would go on.';
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'members were divided', speakers: ['Lena Holt'] },
      { kind: 'indirect', text: 'talks would go on', speakers: ['Lena Holt'] },
    ]);
  });

  it('gives "both men" the two people named last', () => {
    const text = 'The bakers Marco Lind and Paul Aune spoke at the fair. Both men praised the local farmers.';
    assertSaid(text, { kind: 'indirect', text: 'praised the local farmers', speakers: ['Marco Lind', 'Paul Aune'] });
  });

  it('gives a statement by two named people both speakers', () => {
    const text = 'Ana Brix and Leo Tamm said the strike would end on Friday.';
    assertSaid(text, { kind: 'indirect', text: 'the strike would end on Friday', speakers: ['Ana Brix', 'Leo Tamm'] });
  });

  it('reads a possessed claim ("Holm’s claim that …")', () => {
    const text = 'Greta Holm is the finance minister. Critics questioned Greta Holm’s claim that the deficit had vanished.';
    assertSaid(text, { kind: 'indirect', text: 'the deficit had vanished', speakers: ['Greta Holm'] });
  });

  it('ends what was said before the main clause when the tag sits in a clause opening the sentence', () => {
    assertSaid('When Mayor Ilse Varga noted that the harbour fund had not been audited since 2019, the room went quiet.', {
      kind: 'indirect', text: 'the harbour fund had not been audited since 2019', speakers: ['Ilse Varga'],
    });
    assertSaid('When asked about the fund, Mayor Ilse Varga said that it had not been audited, and that the council would act.', {
      kind: 'indirect', text: 'it had not been audited, and that the council would act', speakers: ['Ilse Varga'],
    });
  });

  it('finds "that" after a phrase saying where it was said, "in a letter to staff"', () => {
    assertSaid('Airport chief Tomas Ekberg argued in a letter to staff that the board had been misled by consultants.', {
      kind: 'indirect', text: 'the board had been misled by consultants', speakers: ['Tomas Ekberg'],
    });
  });

  it('leaves out whom something was told, a name or a noun, before a clause with its own subject', () => {
    const text = 'Councillor Teo Marsh voted against the levy. Marsh told Reuters he would challenge the vote in court. '
      + 'Marsh told his colleagues the vote had been rushed. Marsh told investors the port would grow.';
    assert.deepEqual(passagesOf(text).map((p) => p.text), [
      'he would challenge the vote in court', 'the vote had been rushed', 'the port would grow',
    ]);
  });

  it('reads a title before the name, "told reporters" and "added"', () => {
    const text = 'Deputy Minister Hanna Ostrova told reporters that the border would reopen. She added that checks would stay.';
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'the border would reopen', speakers: ['Hanna Ostrova'] },
      { kind: 'indirect', text: 'checks would stay', speakers: ['Hanna Ostrova'] },
    ]);
  });

  it('gives an organisation its own reports', () => {
    const text = 'Fjordline Shipping reported on Friday that cargo volumes fell by a fifth.';
    assertSaid(text, { kind: 'indirect', text: 'cargo volumes fell by a fifth', speakers: ['Fjordline Shipping'] });
  });

  it('leaves headline titles and single-quoted labels out', () => {
    const text = 'Ministers back ‘green port’ plan\nThe summit, themed “Building Bridges Across the Northern Sea”, opens today.';
    assert.deepEqual(passagesOf(text), []);
  });

  it('reports nothing for a speech verb in an infinitive or a passive', () => {
    assert.deepEqual(passagesOf('Brightwell Advisory has yet to report a profit. The plan was announced in May.'), []);
  });

  it('leaves a wire dateline, the day it was said and a later "after" clause out of what was said', () => {
    const text = 'OSLO, March 14 (Wire) - Solvik Telecom will cut 1,200 jobs, chief executive Sigrid Holm said on Thursday, after the company reported a loss.\n'
      + 'Solvik Telecom said on Wednesday it would sell its cable arm.';
    assertSaid(text, { kind: 'indirect', text: 'Solvik Telecom will cut 1,200 jobs', speakers: ['Sigrid Holm'] });
    assertSaid(text, { kind: 'indirect', text: 'it would sell its cable arm', speakers: ['Solvik Telecom'] });
  });

  it('reports nothing for a telephone call or a summons, but names what someone "called in" a speech', () => {
    const calls = 'Mayor Ilse Tordahl called into a morning radio show from her car. Councillor Bram Vick called in to a town hall on policing. Ilse Tordahl called off the vote.';
    assert.deepEqual(passagesOf(calls), []);
    assertSaid('Ilse Tordahl said what she called in a speech “a betrayal of the harbour towns.”', { kind: 'direct', text: 'a betrayal of the harbour towns.', speakers: ['Ilse Tordahl'] });
  });
});

describe('passages: Indonesian', () => {
  it('reads a clause after the verb and a comma, and "menurutnya" for the person last named', () => {
    const text = 'Direktur Utama PT Kelana Jaya Budi Hartono meninjau proyek itu. Budi Hartono mengungkapkan, proyek itu sudah berjalan 80 persen. Menurutnya, proyek itu selesai tahun depan.';
    assertSaid(text, { kind: 'indirect', text: 'proyek itu sudah berjalan 80 persen', speakers: ['Budi Hartono'] });
    assertSaid(text, { kind: 'indirect', text: 'proyek itu selesai tahun depan', speakers: ['Budi Hartono'] });
  });

  it('reads verbs of opinion ("berpendapat bahwa", "meyakini")', () => {
    const text = 'Sementara itu, pengamat ekonomi Sari Wulandari berpendapat bahwa inflasi akan turun. Budi Hartono meyakini proyek itu selesai tahun depan.';
    assertSaid(text, { kind: 'indirect', text: 'inflasi akan turun', speakers: ['Sari Wulandari'] });
    assertSaid(text, { kind: 'indirect', text: 'proyek itu selesai tahun depan', speakers: ['Budi Hartono'] });
  });

  it('reads "kata X" after a quote and "ujarnya" for the person last named', () => {
    const text = [
      'Wali Kota Sagara Hendra Wijayakusuma meresmikan halte baru.',
      '“Warga kini punya pilihan angkutan yang murah,” kata Hendra Wijayakusuma.',
      '“Kami ingin menambah rute tahun depan,” ujarnya.',
    ].join('\n');
    const passages = passagesOf(text);
    assert.deepEqual(passages, [
      { kind: 'direct', text: 'Warga kini punya pilihan angkutan yang murah,', speakers: ['Hendra Wijayakusuma'] },
      { kind: 'direct', text: 'Kami ingin menambah rute tahun depan,', speakers: ['Hendra Wijayakusuma'] },
    ]);
  });

  it('reports the clause after "mengatakan bahwa" and keeps the verb of "memuji"', () => {
    const text = 'Direktur Lestari Puspitasari mengatakan bahwa tarif bus tidak akan naik. Lestari Puspitasari juga memuji para sopir.';
    const passages = passagesOf(text);
    assert.deepEqual(passages, [
      { kind: 'indirect', text: 'tarif bus tidak akan naik', speakers: ['Lestari Puspitasari'] },
      { kind: 'indirect', text: 'memuji para sopir', speakers: ['Lestari Puspitasari'] },
    ]);
  });

  it('reads "menurut X" before the clause', () => {
    const text = 'Menurut Bambang Sutrisno, jalur khusus bus akan dipasangi kamera pengawas.';
    assertSaid(text, { kind: 'indirect', text: 'jalur khusus bus akan dipasangi kamera pengawas', speakers: ['Bambang Sutrisno'] });
  });

  it('leaves a dateline, and when and where it was said, out of a clause before "kata X"', () => {
    const text = 'JAKARTA - Pemerintah memangkas target pertumbuhan ekonomi tahun ini menjadi 4,8 persen, kata Menteri Keuangan Sari Pratiwi di Jakarta, Rabu (12/6/2024).';
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'Pemerintah memangkas target pertumbuhan ekonomi tahun ini menjadi 4,8 persen', speakers: ['Sari Pratiwi'] },
    ]);
  });

  it('reads the clause after "menyatakan" without the verb, but keeps the verb of a request or an object', () => {
    const text = 'Kapolri Listyo Prabowo menyatakan polisi telah mengerahkan 500 personel ke lokasi bencana. '
      + 'Listyo Prabowo juga meminta pemerintah daerah segera menyalurkan bantuan. Listyo Prabowo menyatakan dukungan kepada para relawan.';
    assert.deepEqual(passagesOf(text).map((p) => p.text), [
      'polisi telah mengerahkan 500 personel ke lokasi bencana', 'meminta pemerintah daerah segera menyalurkan bantuan', 'menyatakan dukungan kepada para relawan',
    ]);
  });

  it('reads "Kata X," opening a sentence as "menurut X"', () => {
    const text = 'Menteri Perdagangan Hendra Kusuma meninjau gudang itu. Kata Hendra, impor beras hanya dilakukan jika stok turun.';
    assertSaid(text, { kind: 'indirect', text: 'impor beras hanya dilakukan jika stok turun', speakers: ['Hendra Kusuma'] });
  });

  it('reads "menyatakan bahwa" and "tuturnya"', () => {
    const text = [
      'Ketua Koperasi Nelayan Rudi Hartono menyatakan bahwa harga solar masih terlalu tinggi.',
      '“Kami butuh subsidi tambahan,” tuturnya.',
    ].join('\n');
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'harga solar masih terlalu tinggi', speakers: ['Rudi Hartono'] },
      { kind: 'direct', text: 'Kami butuh subsidi tambahan,', speakers: ['Rudi Hartono'] },
    ]);
  });

  it('reads "ungkap", "papar", "pungkas" as tags after a quote, past a body and a comma before the name', () => {
    const text = [
      'Banjir merendam ribuan rumah di Kota Semarang sejak Minggu malam.',
      '“Ketinggian air mencapai satu meter di beberapa titik,” ungkap Kepala BPBD Kota Semarang, Endro Martantono, Senin.',
      '“Kami sudah menyiapkan dapur umum,” pungkasnya.',
    ].join('\n');
    assert.deepEqual(passagesOf(text), [
      { kind: 'direct', text: 'Ketinggian air mencapai satu meter di beberapa titik,', speakers: ['Endro Martantono'] },
      { kind: 'direct', text: 'Kami sudah menyiapkan dapur umum,', speakers: ['Endro Martantono'] },
    ]);
  });

  it('reads a clause before "kata X", past the appositive after the name', () => {
    const text = 'Sebagian besar kios di pasar timur akan tetap tutup sampai pekan depan, kata Siti Aminah, seorang pedagang di pasar itu.';
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'Sebagian besar kios di pasar timur akan tetap tutup sampai pekan depan', speakers: ['Siti Aminah'] },
    ]);
  });

  it('finds the speaker after a tag past a title and the region it governs', () => {
    const text = [
      'Banjir kembali merendam Kota Lestari pada Senin.',
      'Pengerukan saluran akan dimulai pekan depan, ujar Wali Kota Lestari Budi Santosa.',
      'Anggaran perbaikan jalan juga ditambah, tutur Gubernur Jawa Barat Ridwan Kamil.',
    ].join('\n');
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'Pengerukan saluran akan dimulai pekan depan', speakers: ['Budi Santosa'] },
      { kind: 'indirect', text: 'Anggaran perbaikan jalan juga ditambah', speakers: ['Ridwan Kamil'] },
    ]);
  });

  it('gives the sentence before "Hal itu disampaikan X" or "Demikian dikatakan X" to X', () => {
    const text = [
      'Kepala Dinas Perhubungan Rina Wulandari meninjau terminal baru.',
      'Terminal itu ditargetkan rampung sebelum akhir tahun. Hal itu disampaikan Rina saat meninjau lokasi proyek.',
      '“Kami akan menambah jadwal bus malam.”',
      'Demikian dikatakan Rina kepada wartawan.',
    ].join('\n');
    assert.deepEqual(passagesOf(text), [
      { kind: 'indirect', text: 'Terminal itu ditargetkan rampung sebelum akhir tahun', speakers: ['Rina Wulandari'] },
      { kind: 'direct', text: 'Kami akan menambah jadwal bus malam.', speakers: ['Rina Wulandari'] },
    ]);
  });

  it('gives a clause ending in "katanya" to the person last named', () => {
    const text = 'Kepala Dinas Bambang Sutrisno meninjau jalur itu. Kendaraan pribadi akan ditilang secara elektronik, katanya.';
    assertSaid(text, { kind: 'indirect', text: 'Kendaraan pribadi akan ditilang secara elektronik', speakers: ['Bambang Sutrisno'] });
  });
});
