// Claims read from one article at a time, on invented snippets: titles, numbers, dates, stances,
// quotes and names, in English and Indonesian.
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/analyzeFile';
import { parseTitles } from '../../src/core/claims/roles';
import { parseDate } from '../../src/core/claims/dates';
import { PhraseIndex, wordsIn } from '../../src/core/claims/words';
import type { ClaimRecord, ConflictAspect } from '../../src/core/model';

function claims(text: string, aspect: ConflictAspect): ClaimRecord[] {
  return analyzeFile('article.txt', text).claims.filter((c) => c.aspect === aspect);
}

/** The one claim of `aspect` whose text contains `words`. */
function claim(text: string, aspect: ConflictAspect, words: string): ClaimRecord {
  const found = claims(text, aspect).filter((c) => c.text.includes(words));
  assert.equal(found.length, 1, `${aspect} claims with "${words}": ${JSON.stringify(claims(text, aspect).map((c) => c.text))}`);
  return found[0];
}

describe('claims: titles', () => {
  it('reads a title before the name, after it, and set off by a comma before it', () => {
    const text = 'Brightwell co-founder Tomas Ekdal opened the plant on Friday. ' +
      'Anna Sørlie, chief executive of Brightwell Foods, said the line would run all night.\n' +
      'Its finance director, Oskar Lund, declined to comment.';
    assert.equal(claim(text, 'role', 'Tomas Ekdal').value, 'co-founder @brightwell');
    assert.equal(claim(text, 'role', 'Anna Sørlie').value, 'ceo @brightwell foods');
    assert.equal(claim(text, 'role', 'Oskar Lund').value, 'cfo');
  });

  it('reads Indonesian titles: "salah satu pendiri" is a co-founder, "Wakil Menteri" a deputy minister', () => {
    const text = 'Tomas Ekdal, salah satu pendiri Brightwell, mengatakan pabrik itu dibuka pada hari Jumat.\n' +
      'Wakil Menteri Perikanan Sari Lestiani hadir dalam acara tersebut.';
    assert.equal(claim(text, 'role', 'Tomas Ekdal').value, 'co-founder @brightwell');
    assert.match(claim(text, 'role', 'Sari Lestiani').value, /^deputy minister @perikanan$/);
  });

  it('reads founding told as a verb', () => {
    const text = 'The dairy Brightwell Foods, which Tomas Ekdal co-founded in 2012 with his sister, now sells in nine countries.';
    assert.equal(claim(text, 'role', 'co-founded').value, 'co-founder @brightwell foods');
  });

  it('keeps status words and ranks on every title they govern', () => {
    assert.deepEqual(parseTitles('outgoing brightwell chairman and ceo'.split(' ')), [
      { head: 'chairman', rank: undefined, status: 'outgoing', of: ['brightwell'] },
      { head: 'ceo', rank: undefined, status: 'outgoing', of: ['brightwell'] },
    ]);
    assert.equal(parseTitles(['vice-president'])[0].rank, 'deputy');
  });

  it('does not give a name the title of the person it serves', () => {
    const text = 'A spokeswoman for Tomas Ekdal said he was travelling.';
    assert.deepEqual(claims(text, 'role'), []);
  });
});

describe('claims: numbers', () => {
  it('ties durations, money, counts, ages and tallies to what they measure', () => {
    const text = 'Delegates arrived for the two-day Harbour Forum in Lakeside.\n' +
      'The works will be paid for by a $12 million grant from the Lakeside Trust.\n' +
      'Brightwell Foods said it would add about 250 jobs at the plant.\n' +
      'Tomas Ekdal, 54, has run the company since 2012.\n' +
      'The Lakeside Council voted 5-2 to approve the grant.';
    const duration = claim(text, 'number', 'two-day');
    assert.equal(duration.value, '2 day');
    assert.equal(duration.topic, 'duration:gathering');
    assert.equal(claim(text, 'number', '$12 million').value, '12000000 USD');
    assert.equal(claim(text, 'number', '250 jobs').value, '~250|add');
    assert.equal(claim(text, 'number', 'Ekdal, 54').value, '54');
    assert.equal(claim(text, 'number', 'voted 5-2').value, '5-2');
  });

  it('reads Indonesian amounts with dots between thousands, and words for numbers', () => {
    const text = 'Tarif bus ditetapkan Rp4.500 per perjalanan.\nPameran itu berlangsung selama tiga hari di Lakeside.';
    assert.equal(claim(text, 'number', 'Rp4.500').value, '4500 IDR');
    assert.equal(claim(text, 'number', 'tiga hari').value, '3 day');
  });

  it('reads what something will cost as its cost', () => {
    const text = 'The new harbour bridge will cost $40 million, the council said.';
    const cost = claim(text, 'number', '$40 million');
    assert.equal(cost.value, '40000000 USD');
    assert.equal(cost.topic, 'money:cost');
  });

  it('leaves out numbers that count something else than the total', () => {
    const text = 'The company will buy 40 additional trucks next year.';
    assert.deepEqual(claims(text, 'number'), []);
  });
});

describe('claims: dates', () => {
  it('ties a date to the event it dates, not to the day something was said', () => {
    const text = 'The Harbour Forum opened on Thursday in Lakeside.\nBrightwell said on Monday that the plant was founded in 2012.';
    const opened = claim(text, 'date', 'opened');
    assert.equal(opened.topic, 'date:open');
    assert.deepEqual(parseDate(opened.value), { weekday: 4 });
    assert.equal(claim(text, 'date', 'founded').value, 'y2012');
    assert.ok(!claims(text, 'date').some((c) => c.text.includes('Monday')));
  });

  it('resolves "last year" against the date the article gives itself', () => {
    const text = 'LAKESIDE, March 3, 2025 – Brightwell Foods said its first plant was founded last year.';
    assert.equal(claim(text, 'date', 'founded').value, 'y2024');
  });

  it('takes a full date near the top for the article\'s own only on a line of its own or at its paragraph\'s start', () => {
    const dated = 'Harbour bridge news\nPublished March 3, 2025\n\nBrightwell Foods said its first plant opened last year.';
    assert.equal(claim(dated, 'date', 'opened').value, 'y2024');
    const event = 'Harbour bridge news\n\nMayor Tom Rusk said on Monday that the bridge would open on May 3, 2027.';
    assert.equal(claim(event, 'date', 'May 3').value, 'y2027 m5 d3');
  });

  it('reads Indonesian weekdays with the day and month written after them', () => {
    const text = 'Pemerintah Kota Lakeside meluncurkan 20 bus listrik pada Senin (14/7).';
    assert.deepEqual(parseDate(claim(text, 'date', 'meluncurkan').value), { month: 7, day: 14, weekday: 1 });
  });
});

describe('claims: stances', () => {
  // Scales of meaning only: a statement confirmed or denied as such (findStatementClaims) is
  // tested with the conflicts it makes.
  const stance = (text: string): ClaimRecord => {
    const found = claims(text, 'stance').filter((c) => !c.topic?.startsWith('stance:statement'));
    assert.equal(found.length, 1, JSON.stringify(found.map((c) => c.text)));
    return found[0];
  };

  it('turns a statement round when it is denied or negated, and back when the denial is negated', () => {
    assert.equal(stance('The Lakeside Council denied reports that bus fares would rise next year.').polarity, -1);
    assert.equal(stance('Bus fares in Lakeside will rise by 5 percent in May.').polarity, 1);
    assert.equal(stance("Nobody's bus fare goes up this year, the mayor said.").polarity, -1);
    const affirmed = stance('The council did not deny that bus fares would rise.');
    assert.equal(affirmed.polarity, 1);
    assert.match(affirmed.value, /^affirmed/);
  });

  it('reads Indonesian denials', () => {
    const found = stance('Direktur itu menepis kabar bahwa subsidi bus akan dipangkas tahun depan.');
    assert.equal(found.polarity, -1);
    assert.equal(found.topic, 'stance:cut');
  });

  it('needs what a rise is about: a rise in fares is a stance, a rising tide is not', () => {
    assert.deepEqual(claims('The tide will rise after midnight.', 'stance'), []);
  });
});

describe('claims: quotes and names', () => {
  it('keeps each direct quote with its speaker', () => {
    const text = 'Tomas Ekdal opened the plant.\n“We will double the output of this plant within three years,” Ekdal said.';
    const analysis = analyzeFile('a.txt', text);
    const quote = analysis.claims.find((c) => c.aspect === 'quote');
    assert.ok(quote, 'no quote claim');
    assert.equal(quote.text, 'We will double the output of this plant within three years,');
    assert.equal(analysis.localEntities[quote.subject]?.name, 'Tomas Ekdal');
  });

  it('reads an Indonesian body name in English order', () => {
    const text = 'Badan Pangan Nasional (BPN) memeriksa pabrik itu pada hari Senin.';
    assert.equal(claim(text, 'name', 'Badan').value, 'pangan nasional agency');
  });
});

describe('claims: word helpers', () => {
  it('splits a text into words as the Unicode word regex does', () => {
    const regex = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;
    for (const text of [
      'The co-founder said: "We don\'t cut 3.500 jobs, or 12,000."',
      'Sørlie’s firm — Ærø-based — paid Rp3.500; ‘quoted’ -dash- trailing. , end.',
      'Emoji 😀 and 𝐀𝐁 letters, a lone \ud800 surrogate, 中文 words and ٣٤ digits',
      '',
    ]) assert.deepEqual(wordsIn(text), text.match(regex) ?? []);
  });

  it('finds the longest phrase at a word, not running past the end given', () => {
    const index = new PhraseIndex(new Map([['chief', 1], ['chief executive officer', 3], ['executive', 4]]));
    const words = ['the', 'chief', 'executive', 'officer'];
    assert.equal(index.at(words, 0), undefined);
    assert.deepEqual(index.at(words, 1), [3, 3]);
    assert.deepEqual(index.at(words, 1, 3), [1, 1]);
    assert.deepEqual(index.at(words, 2), [4, 1]);
    assert.equal(index.at(words, 4), undefined);
  });
});
