// No input makes the checker super-linear: 1 MB of one repeated troublesome character checks within a small
// multiple of 1 MB of ordinary prose (the development drafts repeated). Each time is the best of a few runs,
// and the bound has an absolute floor so a slow or busy CI machine does not turn noise into a failure.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, service, seedBase } from './seedBase.mjs';

const base = seedBase();
const SIZE = 1 << 20;
const RATIO = 5;
const FLOOR_MS = 3000;
const devDir = join(root, 'test', 'fixtures', 'devset');
const drafts = readdirSync(devDir).filter(f => f.endsWith('.md')).sort().map(f => readFileSync(join(devDir, f), 'utf8'));

function timeOf(text, runs = 2) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    service.checkDocument(text, base);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const fill = (unit, n = SIZE) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

service.checkDocument(drafts.join('\n\n'), base); // warm up the JIT
let prose = '';
while (prose.length < SIZE) prose += drafts.join('\n\n') + '\n\n';
prose = prose.slice(0, SIZE);
const proseMs = timeOf(prose);
const limit = Math.max(RATIO * proseMs, FLOOR_MS);
const report = [`1 MB of prose: ${proseMs.toFixed(0)} ms; limit ${limit.toFixed(0)} ms`];
after(() => console.log(`linear-time:\n  ${report.join('\n  ')}`));

for (const ch of ['"', "'", '«', '»', '“', '”', '-', '.', '0', '1', '7', '|', '*', '>', '#', '[', ']', '(', '`', '_', '<', '\n', '\r', ' ']) {
  test(`1 MB of ${JSON.stringify(ch)} checks within ${RATIO}× the time of 1 MB of prose`, () => {
    const ms = timeOf(fill(ch));
    report.push(`${JSON.stringify(ch).padEnd(6)} ${ms.toFixed(0).padStart(6)} ms  ratio ${(ms / proseMs).toFixed(2)}`);
    assert.ok(ms <= limit, `${JSON.stringify(ch)}: ${ms.toFixed(0)} ms vs prose ${proseMs.toFixed(0)} ms`);
  });
}

// Short repeated units that are not single characters, at 50 KB and 200 KB: four times the input must not
// take much more than four times as long (a quadratic scan takes sixteen).
function growth(unit, size) {
  let small = timeOf(fill(unit, size / 4), 1);
  let big = timeOf(fill(unit, size), 1);
  // (A shared host's pause can land in one run: a growth above linear is measured again, best of two each, before it
  // counts. A quadratic scan grows sixteenfold either way.)
  if (big > 6 * small) { small = Math.min(small, timeOf(fill(unit, size / 4), 2)); big = timeOf(fill(unit, size), 2); }
  return { small, big };
}
const linearEnough = g => g.big <= Math.max(8 * g.small, 1500);

const UNITS = ['"a ', "'s ", '1 ', '1.', '- ', '\n- ', '\n  - ', '\n>', '[a](', '](', '```\n', '-->', '<', '\r\n', '# a\n', '|a', '*a', 'a. ', '…', '2021 ', 'Geneva\n'];
for (const unit of UNITS) {
  test(`50 KB → 200 KB of ${JSON.stringify(unit)} grows about linearly`, () => {
    const g = growth(unit, 200_000);
    report.push(`${JSON.stringify(unit).padEnd(10)} 50 KB ${g.small.toFixed(0)} ms, 200 KB ${g.big.toFixed(0)} ms`);
    assert.ok(linearEnough(g), `${JSON.stringify(unit)}: ${g.small.toFixed(0)} ms → ${g.big.toFixed(0)} ms`);
  });
}

// Inputs that once grew quadratically (each fixed): many quotations, comment openers, dates, places,
// names or meeting names in one run-on sentence.
const QUADRATIC = [
  { unit: '“a', size: 80_000, why: 'attribution rescanned the sentence before each quotation' },
  { unit: '<!--', size: 200_000, why: 'an HTML-comment regex rescanned to the end from every opener' },
  { unit: 'June 16 ', size: 50_000, why: 'event ranking and date claims ran over the whole sentence for each date' },
  { unit: 'Geneva. ', size: 200_000, why: 'the venue test copied the rest of the document for every place' },
  { unit: 'Putin ', size: 50_000, why: 'per-mention work over the whole sentence' },
  { unit: 'G7 ', size: 50_000, why: 'unknown-name and meeting-name scans compared every word with every mention' },
  { unit: 'the March sanctions confirmed Novichok attack on Navalny ', size: 100_000, why: 'each date and event name searched every word or mention of the sentence' },
  { unit: '| Moscow | 10 March 2012 | Geneva |\n', size: 100_000, why: 'each table row walked back to its header row' },
  { unit: 'Its spokesman said "nonsense" at the Valdai forum, who said "yes" ', size: 200_000, why: 'per quotation, a search back to the line start, the sentence list and the whole sentence' },
  { unit: 'White House chief of staff, late May confirmed the summit announced by Ned Price, ', size: 200_000, why: 'per title and date, a slice from the sentence start' },
  { unit: 'Peskov said "We will see." He met them. ', size: 400_000, why: 'attribution looked back through the whole document for a semicolon and a line start' },
];

// Forms newer rules read, each through a bounded window: kept here so they stay linear.
const BOUNDED = [
  { unit: "Putin's speech at the forum, in which he said \"we are ahead\" and ", size: 200_000, why: 'a possessive tested against every pronoun after it' },
  { unit: 'said Tuesday, met Monday, nearly four years, since July 2018, ', size: 200_000, why: 'weekdays after verbs and years counted back to a date' },
  { unit: 'in March it sanctioned officials over the hacking, on the sidelines of a meeting of the OSCE, ', size: 200_000, why: 'clause-opening dates, causes and occasions' },
  { unit: '[^1]: Sputnik, "Putin on Geneva", 4 June 2021.\n', size: 200_000, why: 'footnotes read as references' },
  { unit: 'Where? Kovács: Geneva. ', size: 200_000, why: 'answers after a speaker label' },
  { unit: 'Putin sat down with Trump in Helsinki in July 2018, with Obama, when Putin, Obama met, who met Lavrov on Thursday, May 19, announced, ', size: 200_000, why: 'a name after ", with", names listed in a cell, a date in a relative clause' },
  { unit: 'US President Joe Biden, since March 2011, when then-Vice President Biden, on a Tuesday — June 16, January 26, a Monday, ', size: 200_000, why: "a title's clause and weekdays beside a date" },
  { unit: 'Peskov said "the White House spokesman Jake Sullivan" at the Memorial Day event, when Biden floated the summit in the first call on 26 January, between Moscow and Washington, while insisting "yes", to Brussels for a NATO summit, ending in Geneva, ', size: 200_000, why: 'a quoted title, a remark at a named event, an act in a call, a destination for an event' },
  { unit: "Dmitry Peskov, who is Russia's deputy foreign minister, on January 26, a Monday, 16.06.2021 (Thu), the President's chief of staff, set to end in February 2025, the Harpa concert hall, Helsinki, later met, as is noted in Russia, agencies [2], For Biden, the St Petersburg forum, ", size: 200_000, why: "a title after 'who is', weekdays set beside dates, a possessive title, a verb before a date, a city after a venue" },
  { unit: 'Biden said he told Putin, "in much the same way as my predecessor", Peskov\'s: "it is hard", over the Skripal affair, after which Russian authorities diverted, NATO (Berlin), Stockholm, where Putin met Trump, Sergueï Lavrov, in twenty-seventeen, March twenty twelve, ', size: 200_000, why: 'a loose quotation match, a possessive label, a cause, an acting adjective, a bracketed place, a place before "where", a first name, years in words' },
  { unit: '(Berlin) NATO (Fri) Putin, Vienna, July 2018, the EMA approval TBD 20% [09:21] on mardi (Tuesday), the two countries, it goes to 76 countries, ', size: 200_000, why: 'bracketed names after an event, a place between names and a date, odds, clock times, glossed weekdays, "it" naming again' },
  { unit: 'during their April phone call Biden called Putin a "killer", relations were "not so bad", Mr. Putin rang the US president and suggested that the two of them meet, he and Biden, ~~struck~~ On the Monday, A Friday: ', size: 200_000, why: 'a remark put in a call, a short quotation reworded, a proposer with a first verb, a pronoun paired with a name, struck text, weekdays' },
  { unit: 'It was not their first call: they agreed on New START, though he warned against a reset, "outrageous", in Lavrov\'s words, his line at the Leaders\' summit on climate: "we need", ', size: 200_000, why: 'a claim\'s own clause, a credit and an occasion after a quotation' },
  { unit: 'May\n\n20 ', size: 200_000, why: 'dates read paragraph by paragraph' },
  { unit: 'the previous August.\n- **21 May.** In his April phone call with Mr Putin, Biden said: "We will not stand by." Sullivan met Patrushev, and the State Department called those talks "a good start". ', size: 200_000, why: 'dates past a line-ending word, words put in a call, words said of a meeting' },
  { unit: 'Should read: "Sullivan, \'We wrongly said\' it" STOP WASHINGTON HAS TRIED TO LOWER EXPECTATIONS STOP the first was in January, the summit proposal came in April, Harpa concert hall, Oslo, (Saul Loeb / Reuters) in London time, **Season with Putin.** At the forum he said, July 2017. Putin met Trump. ', size: 200_000, why: 'errata, cables, clauses with dates of their own, a city after a venue, credits, lead-ins, captions' },
  { unit: 'In that same April call, Biden and Putin agreed on New START, On Memorial Day, asked by a reporter, at the event where he spoke, a reporter asked, "Does Not Await", quoting Dmitry Peskov, Belarusian blogger Alexei Navalny, the idea of a summit came from Putin, Lavrov\'s view: "I would", extended to February 2027, Poland and Slovakia, A. At the end, British-style, confirmed 16 June, after Putin-Biden summit, the Atalayar piece, (Reuters / Saul Loeb), **10** hit (4) — **NINE**, ', size: 200_000, why: 'acts in calls past joined names, remarks at events, headline credits, titles of the Belarusian blogger, whose idea, a possessive\'s view, an end date, a list opening before its word, answer labels, dates confirmed, clue numbers' },
  { unit: 'New START is in force. They agreed on it in the April call. In that first January call, Biden told Putin by phone on 26 January that he would float a summit, with Barack Obama in Helsinki in July 2018, July 2018, Vienna, MS. PSAKI: Sullivan met Lavrov. credits "a good start" to Peskov, **Nora** 20:05 — part one: Latin America lacks EMA approval, quoted Putin\'s spokesman, Dmitry Peskov: "x" Putin met him in Tehran. ', size: 200_000, why: 'pronouns for what the sentence before named, calls by month and by day, a person with a placed meeting, a dateline of month and year, credits, chat lines, labels' },
  { unit: '| # | Who said "a good start"? | Sergei Lavrov | In what year? | 2027 |\n| 3 | What was Peskov\'s job? | Foreign minister |\n**Q4.** What was Putin\'s job at that 2011 handshake?\n**A4.** President. Answer: 2018. Summit\'s set for June 17, for the very first time, spoke again,\nand Biden on Memorial Day: "x" in Reykjavik, US Secretary **Agent (Marco), 10:33:** doubted Most Optimistic Three\n', size: 200_000, why: 'quiz tables and their numbering column, numbered questions and answers, headlines, verse labels' },
  { unit: '| 2 | Joseph R. Biden | Thursday the 16th | at the St Petersburg International Economic Forum, 22 April 2021 | began in April, when in a phone call, Biden suggested | The summit was Putin\'s idea |\n', size: 200_000, why: 'row numbers, first names, a weekday and a day, a caption\'s event, a "when" clause, whose idea' },
];
for (const [list, note] of [[QUADRATIC, 'once quadratic'], [BOUNDED, 'read in a bounded window']]) {
  for (const q of list) {
    test(`${JSON.stringify(q.unit)} repeated grows about linearly (${note}: ${q.why})`, () => {
      const g = growth(q.unit, q.size);
      report.push(`${JSON.stringify(q.unit).padEnd(10)} ${q.size / 4000} KB ${g.small.toFixed(0)} ms, ${q.size / 1000} KB ${g.big.toFixed(0)} ms (${note})`);
      assert.ok(g.big <= Math.max(8 * g.small, 300), `${JSON.stringify(q.unit)}: ${g.small.toFixed(0)} ms → ${g.big.toFixed(0)} ms`);
    });
  }
}
