/**
 * Who a quotation is given to, as the text states it: "X said" / "said X" after the quotation,
 * "X said:", "X described … as", "according to X" before it, a pronoun or a role ("he", "the
 * Russian president") resolved to the person it refers back to, an organisation ("the White
 * House"), or words that are nobody's speech (a banner, a reporter's question). A quotation
 * without an attribution of its own continues the previous one in the paragraph.
 */
import { byFirstLetter, matchesIn } from '../text/scan';
import { near as nearSpan, tableOf } from './events';
import { sentencesIn, isHeading, ANSWER_OPENING, vocative, type Analysis, type Mention, type Sentence } from './document';
import type { RolePhrase } from './roles';
import { findRoles, holdersOf, impliedQualifier, roleFits, titleClass } from './roles';
import type { Quotation } from '../text/quotes';
import type { Speaker, FactBase, Person } from '../facts/model';
import type { Span } from '../types';

export interface Attributed {
  quote: Quotation;
  speaker?: Speaker;
  /** The words that name the speaker in the text ("Psaki", "he", "the Russian president"). */
  speakerSpan?: Span;
}

/** Verbs of saying. Grouped by first letter in the pattern: it runs before every quotation, and a flat list tries each word at each position. */
const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'declared', 'declares',
  'explained', 'suggested', 'concluded', 'insisted', 'stressed', 'noted', 'argued', 'asked', 'replied',
  'wrote', 'continued', 'emphasi[sz]ed', 'claimed', 'admitted', 'acknowledged', 'recalled', 'cautioned',
  'remarked', 'stated', 'tweeted', 'announced', 'confirmed', 'predicted', 'urged', 'clarified', 'promised',
  'vowed', 'complained', 'fumed\\s+(?:about|over|at)', 'bristled\\s+at', 'railed\\s+against', 'observed', 'responded', 'answered', 'conceded', 'pointed\\s+out', 'put\\s+it', 'condemned',
  'describes', 'described', 'describing', 'called', 'calls', 'calling', 'dismissed', 'dismisses', 'saying',
  'made\\s+it\\s+clear', 'made\\s+clear', 'makes\\s+it\\s+clear', 'makes\\s+clear', 'has\\s+said', 'have\\s+said', 'had\\s+said', 'labelled', 'labeled', 'termed', 'branded',
  'denounced', 'denounces', 'slammed', 'critici[sz]ed', 'blasted', 'decried', 'derided', 'rejected', 'hailed',
  'welcomed', 'maintained', 'reiterated', 'spoke\\s+of', 'speaks\\s+of', 'spoke\\s+about', 'talked\\s+of',
  'talked\\s+about', 'referred\\s+to', 'refers\\s+to', 'warned\\s+of', 'warns\\s+of', 'boasted', 'bragged',
  'quipped', 'joked', 'mused', 'scoffed', 'lamented', 'retorted', 'countered', 'asserted', 'contended',
  'followed\\s+up\\s+with', 'follows\\s+up\\s+with', 'chimed\\s+in\\s+with', 'weighed\\s+in\\s+with', 'came\\s+back\\s+with',
  'underlined', 'underlines', 'underscored', 'underscores', 'highlighted', 'highlights', 'waved\\s+away', 'waves\\s+away', 'brushed\\s+aside', 'brushes\\s+aside', 'insists', 'stresses',
  'notes', 'argues', 'claims', 'explains', 'complains', 'maintains', 'admits', 'concedes', 'predicts', 'urges',
  'cautions', 'reiterates', 'asserts', 'contends', 'laments', 'insisting', 'stressing', 'noting', 'arguing',
  'claiming', 'explaining', 'complaining', 'warning', 'adding', 'declaring', 'stating', 'asserting',
  'lamenting', 'admitting', 'conceding', 'predicting', 'urging', 'cautioning', 'telling',
  'assured', 'assures', 'assuring', 'reassured',
  // Headlines speak in the present: "but Biden vows: "…"".
  'vows', 'pledges', 'pledged', 'promises', 'announces', 'confirms', 'replies', 'answers', 'responds', 'recalls', 'writes', 'tweets',
  'hit\\s+back', 'hits\\s+back', 'shot\\s+back', 'fired\\s+back', 'snapped',
  // "… was how the Kremlin summed it up".
  'summed\\s+(?:it|them|this|that)\\s+up', 'sums\\s+(?:it|them|this|that)\\s+up',
  // A shrug or a brush-off is said too: "When Lavrov shrugs that "…"", "Peskov brushed that off as "…"".
  'shrugs', 'shrugged', 'shrugging', 'brushed\\s+(?:that|it|this|them|those)\\s+off', 'brushes\\s+(?:that|it|this|them|those)\\s+off',
];
const VERB = `(?:${byFirstLetter(VERBS, false)})`;
// The speaker may carry an appositive: `"…," Russia's foreign minister, Sergei Lavrov, has said`, `"…," Lavrov, the foreign minister, said`.
// (Not after a semicolon: `"…"; Peskov said …` starts a clause of its own.)
const AFTER_SUBJECT_VERB = new RegExp(String.raw`^[\s,:—–-]*(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)|(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@(?:,\s+(?:[^,"“”«».!?@\n]|\n(?![ \t]*\n)){2,60},|,)?)\s+(?:(?:later|also|then|has|had|once|again|previously)\s+)*${VERB}\b`);
const SAID_CLAUSE_AFTER = /^\s+(?:that\s+)?(?:[A-Z][\w'’-]*\s+){1,2}(?:does|did|is|was|will|would|has|had|must|should|can|could|expects|awaits|wants)\b/;
// ("…," underlined also Putin: a writer's word order puts an adverb between.)
const AFTER_VERB_SUBJECT = new RegExp(String.raw`^[\s,:—–-]*(?:${VERB})\s+(?:(?:also|too|again|then)\s+)?(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@`);
/** A verb of giving words, right before the one given them: "gives ", "credited ". */
const GIVES_TO = /\b(?:gives?|gave|giving|hands?|handed|credits?|credited|attributes?|attributed)\s+$/i;
/** After that one, the words given: " the line that ", " the words ". */
const GIVEN_LINE = /^\s+(?:the|a|this)\s+(?:line|words|quote|quotation|remark|comment|phrase|warning)\s+(?:that\s+)?(?:[^"“”«:.!?;]{0,60}\s)?$/i;
/** `"…", as the State Department put it`: the one "as … put it" names. */
const AS_PUT_IT = /^[\s,(—–-]*as\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@\s+(?:(?:later|also|then|had|has|once)\s+)*(?:put|puts|phrased|phrases|described|describes|called|calls|termed|terms)\s+it\b/;
/** `"…" was how Peskov described it`, `"…" is what the Kremlin calls it`. */
const AFTER_HOW = new RegExp(String.raw`^[\s,;:—–-]*(?:was|is|were|are)\s+(?:how|what)\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@\s+(?:(?:had|has|later|also)\s+)*${VERB}\b`);
/** `"…", attributing the line to Kremlin spokesman Dmitry Peskov`, `"…" (attributed to Lavrov)`, a headline's `"…", quoting Lavrov`. */
/** A verb that gives words to someone, right before the quotation: "credits", "attributed the line". */
const CREDITS_BEFORE = /\b(?:credits?|credited|crediting|attribut(?:es|ed|ing|e)|ascrib(?:es|ed|ing|e))\s+(?:the\s+(?:line|words|quote|quotation|phrase|remark)\s+)?$/i;
/** Right after it, the one they are given to: " to Dmitry Peskov". */
const CREDITED_TO = /^[\s,]*to\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@/;
const AFTER_ATTRIBUTED = /^[\s,;:(—–-]*(?:quoting|citing|attributing\s+(?:it|them|the\s+(?:line|lines|words|quote|quotation|remark|comment|headline))\s+to|(?:which|that)\s+(?:it|they|the\s+\w+)\s+attribute[sd]?\s+to|attributed\s+to|credited\s+to|(?:is|was|are|were)\s+(?:now\s+|also\s+|wrongly\s+|correctly\s+)?(?:attributed|credited)\s+to|came\s+from|comes\s+from)\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@/i;
const PASSIVE_BY = /^\s*,?\s*by\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@/;
const PASSIVE_BEFORE = /\b(?:called|described\s+as|dismissed\s+as|termed|branded|labell?ed|denounced\s+as|condemned\s+as|hailed\s+as|waved\s+away\s+as|rejected\s+as)\s*$/i;
/** A credit after a dash: `"…" — Dmitry Peskov.` */
/** "| "We need to find ways …" | Joe Biden | US president |": a name that fills the cell after the quotation's. */
const CELL_CREDIT = /^[ \t]*\u2028[ \t]*(?:the\s+)?@[ \t]*\u2028/;
// ("— Secretary Blinken", "— Mr Peskov": a short title or an honorific before the name.)
// ('"…" — Peskov on tensions': a slate's topic may follow the name.)
const DASH_CREDIT = /^\s*[—–-]{1,2}\s*(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Secretary|Minister|President|Spokesman|Spokeswoman|Senator|Ambassador)\.?\s+)?@\s*(?:[.,;)]|$|[ \t]+(?:on|ON|about|ABOUT|at|AT|in|IN|after|AFTER|during|DURING)[ \t][^"“”\n@]{1,60}(?:\n|$))/;
/** Right after a speaker's name, the colon that brings the quotation in. */
// ("**SOT PUTIN (translated, 0:10):** "…"": a bracketed note may stand before the colon.)
const LABEL_COLON = /^(?:\s*\([^()"“”\n]{1,40}\))?[\s*_]*:[\s*_]*$/;
/** The text's last line (the text is a bounded window: the search for its line break stays within it). */
function lineBefore(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

/** Words said to come from someone, before the name: "That line came from ", "The quote is from ". */
// ("Our pull quote from Sergei Lavrov — "…"": or a word for the quotation right before "from".)
// ("the pledge made at a Memorial Day event by Secretary of State Blinken: "…"": or a noun for words given "by" someone.)
const CAME_FROM = /\b(?:(?:(?:line|quote|quotation|words|remark|comment|phrase|it|that|this)\s+(?:came|comes|is|was)\s+(?:straight\s+|directly\s+|originally\s+)?|(?:pull\s+)?(?:quote|quotation|line|remark|words)\s+)from|(?:pledge|promise|vow|remarks?|words|warning|assurance|statement|comments?)\s+(?:made|given|delivered|issued|offered)\b[^"“”:;.]{0,60}\sby)\s+(?:the\s+)?$/i;
/** After such a name, the colon before the quotation: " himself: ". */
// ("Our pull quote from Sergei Lavrov — "…"": or a dash.)
const SELF_COLON = /^\s*(?:himself|herself)?[\s*_]*(?::|[\u2014\u2013-]{1,2})[\s*_]*$/i;
/** What may come before a label's name: list or table markup, an arrow or dash, or nothing; then a credit's own label ("**Said:** "). */
// ("Kremlin readout line for VO, Putin: "…"": or a line's short label of a few words, set off by a comma.)
// ('… IS A "KILLER" / LAVROV: "OUTRAGEOUS …"': or a chyron's item after a spaced slash.)
// ("**SOT PUTIN:** "…"": or a script's cue for a clip of the speaker.)
const LABEL_OPENS = /(?:^|[\u2028\u2192;]|->|\s[\u2014\u2013\/-]|^[\s*_>#\d.)-]*(?:[A-Za-z]+\s+){1,5}?[A-Za-z]+,\s*)[\s*_>#\d.)-]*(?:(?:said(?:\s+by)?|speaker|who|quoted\s+by)[\s*_]*:[\s*_]*|(?:SOT|SYNC|CLIP|GRAB|BITE|SOUNDBITE)\s+)?$/i;
/** ", on ", ", reacting to ": a label's name, then what it spoke of. */
const OCCASION_OF_LABEL = /^\s*,\s*(?:on|about|after|over|reacting\s+to|responding\s+to|replying\s+to)\s+$/i;
/** After a name, a phrase of occasion and the colon: ", reacting to Biden calling Putin a killer: ". */
const OCCASION_COLON = /^\s*,\s*(?:[a-z]+ing|on|about|after|before|in|at|when|asked|responding|speaking)\b[^"\u201c\u201d:;.!?\n]{0,80}:[\s*_]*$/;
/** `the "…" line — that was Biden`: the quotation's noun, a dash and "that was" before the speaker. */
const THAT_WAS = /^[ \t]*(?:line|quote|remark|one|bit)?[ \t]*(?:[—–]|--?|,)[ \t]*(?:that|it|this)\s+(?:was|is)\s+(?:all\s+)?@(?![\w'’])/;
/** "Biden's words were ": a possessive's words, and a verb that says what they were. */
const WORDS_WERE = /^'s?\s+(?:[a-z]+\s+)?(?:words|line|lines|remarks?|comments?|language|rhetoric)\s+(?:was|were|is|are)\s*$/i;
/** `The words "…" were Foreign Minister Sergei Lavrov's`, `"…", the phrase being Dmitry Peskov's`: whose the words were. */
// (", is Dmitry Peskov's phrase": or "is".)
const WERE_OWNERS = /^[ \t]*,?[ \t]*(?:the\s+(?:phrase|words|line|quote|remark)\s+)?(?:were|was|being|is|are)\s+@['’]s?(?![\w'’])/;
/** `"…" were the words of Kremlin spokesman Dmitry Peskov`: the one whose words they were, after "of". */
const WORDS_OF = /^[ \t]*,?[ \t]*(?:were|was|are|is)\s+(?:the\s+)?(?:own\s+)?(?:words|phrase|line|verdict|description|remark)\s+of\s+(?:the\s+)?@(?![\w'’])/;
/** A sentence after the quotation that says whose it was: `"Nonsense." That was Sergei Lavrov, batting away …`. */
// (Or how someone put it: `The tensions "were not created by the Russian side." That is how President Putin put it`.)
// ("That's Jen Psaki, the press secretary": or the contraction.)
// (Or "These are the words of White House press secretary Jen Psaki, not of the president.")
const THAT_WAS_NEXT_START = /^[ \t]*(?:That|This|These|Those)(?:\s+(?:was|is|are|were)|['’]s)\s/;
const THAT_WAS_NEXT = /^[ \t]*(?:(?:That|This)(?:(?:\s+was|['’]s)\s+@(?![\w'’])(?:\s*[,.;]|\s*$|\s+(?:speaking|talking|responding|answering|replying|batting)\b)|\s+(?:is|was)\s+(?:how|what)\s+@\s+(?:put\s+it|phrased\s+it|described\s+it|called\s+it|said)\b)|(?:These|Those)\s+(?:are|were)\s+(?:the\s+)?(?:own\s+)?words\s+of\s+@(?![\w'’]))/;
/** A credit in brackets after the quotation: `"…" (Foreign Minister Sergei Lavrov, on Russia's new weapons)`. */
// (The name and then an occasion after a comma: "(Navalny)" alone is what the words were about.)
const PAREN_CREDIT = /^[ \t]*\([ \t]*(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@[ \t]*,[ \t]*(?:[a-z]+ing|on|at|in|to|after|before|during|about|when|speaking|asked|(?:early|mid|late)[- ]|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{1,2}\s+[A-Z][a-z]+\b|(?:19|20)\d\d\b)/;
/** A name right after a quotation, in brackets: "(Sergei Lavrov, May 2021)". */
const PAREN_NAME_START = /^[ \t]*\([ \t]*(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*[ \t]*[,)]/;
/** '"This is very important because …" (Biden)': a name alone in brackets after a whole sentence quoted. */
const PAREN_ALONE = /^[ \t]*\([ \t]*(?:[A-Z][\w'.-]*\s+){0,3}@[ \t]*\)/;
/**
 * A gallery's credit line under its quotation: "Kremlin spokesman Dmitry Peskov, announcing the date of the summit." on
 * the next line, the name first and then only the occasion (a participle or a preposition) or nothing.
 */
// (Or set off by a middle dot before the occasion: "Secretary of State Antony Blinken · after the first tense exchange".)
const LINE_CREDIT = /^[*_ \t]*\n[ \t>*_]*(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@(?:,\s+(?:[a-z]+ing|in|at|on|during|after|before|to)\b|[ \t]+[·•][ \t]|[ \t]*[.]?[ \t]*(?:\n|$))/;
// (After a quotation in bold too: "**"…"**".)
const LINE_CREDIT_START = /^[*_ \t]*\n[ \t>*_]*(?:the\s+)?[A-Z]/;
const TITLE_PERIOD = /\b(Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St)\./g;
/** `"…", in Lavrov's words` / `"…" — to use Peskov's own words`: a credit after the quotation. */
const IN_WORDS_AFTER = /^[\s,;—–-]*(?:in|to\s+use|to\s+quote)\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@'s?\s+(?:own\s+)?(?:words|phrase|phrasing|description|formulation)\b/;
/** A determiner before a verb of saying's word makes it a noun: "their calls", "the claims", "two notes". */
const DETERMINER_BEFORE = /\b(?:the|their|these|those|its|our|two|three|several|both)\s+$/i;
/** A noun that is no one's title, after an article, then "who": "a reporter who ", "the journalist who ". */
const UNTITLED_WHO = /\b(?:an?|the)\s+(?!(?:one|man|woman|person|minister|secretary|spokes(?:man|woman|person)|president|advis[eo]r|leader|diplomat|official|envoy|ambassador|chief)\s)[a-z]+\s+who\s+$/;
/** Where the last ", and " or ", but " of the text ends (its comma's index), or -1. */
/** ", and his spokesman Peskov was", ", but Lavrov went": a coordinate clause with a subject of its own (a name or a title). */
const NEW_SUBJECT_AFTER_AND = /^,\s*(?:and|but)\s+(?:(?:his|her|their|the)\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:was|were|is|went|got|struck|sounded|put\s+it|had|has)\b/;
function lastCoordinate(text: string): number {
  let at = -1;
  for (const m of text.matchAll(/["”’]?(,)["”’]?\s*(?:and|but)\s/g)) at = m.index! + m[0].indexOf(',');
  return at;
}
/** A glossary's entry: `8. **"It would be wrong …"**: Lavrov, lowering expectations in Moscow.` — a colon, the name, an occasion. */
const GLOSS_CREDIT = /^[*_ \t]*:[ \t]*(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}@(?:,\s+(?:[a-z]+ing|in|at|on|during|after|before|to)\b|[ \t]*[.;]?[ \t]*(?:\n|$))/;
/** Does the quotation open its line (after a list mark, a number or emphasis)? */
function opensItsLine(norm: string, at: number): boolean {
  const before = norm.slice(Math.max(0, at - 12), at);
  // (The prose marks a block's start with "\u2029", a whitespace character.)
  return /(?:^|\n)[^\S\n]*[>*_#-]*(?:\d+[.)])?[\s*_]*$/.test(before) && (before.includes('\n') || at <= 12);
}
/** A common noun for who speaks, alone after a comma, right before a verb: ", subject ", ", officials ". */
const NOUN_SUBJECT = /,\s+(?:the\s+)?(?:subject|officials|aides|diplomats|critics|analysts|observers|reporters|journalists|commentators|experts|sources|insiders)\s+$/;
// ("per the press secretary, Jen Psaki, the US was "…"": "per" before a name or a title is "according to".)
const VERB_BEFORE = new RegExp(String.raw`\b${VERB}\b|\baccording\s+to\b|\bper(?=\s+(?!(?:cent|capita|year|day|week|month|hour|annum|se|person|head|cap)\b)\w)`, 'gi');
// ("His exact words were: "…"": or the words said to be his.)
const IN_OWN_WORDS = /(?:\b(?:in|to\s+use|to\s+quote)\s+(his|her)\s+(?:own\s+)?words\s*[,:]?|(?:^|[.!?:]\s+|\s-\s)(his|her)\s+(?:own\s+|exact\s+|very\s+|actual\s+){0,2}words\s+(?:were|are)\s*:?)\s*$/i;
const NOT_SPEECH = /\b(?:banner|sign|placard|poster|slogan|headline|t-shirt)s?\s+(?:reading|saying|that\s+read|which\s+read|read|with\s+the\s+words)\s*$/i;
// ("the question whether Putin was a "killer"", "asked if he thought Putin a "killer"": the words are the question's.)
const QUESTION = /\b(?:(?:reporter|journalist)'?s?\s+question\b[^"“]*|(?:question|asked|asking)\s+(?:of\s+)?(?:whether|if)\b[^"“—;:,]{0,50})$/i;
const PRONOUN = /^(?:he|she|they|it|him|her)$/i;
// (After a transcript's label too, its time and speaker: "**[16:44] Q6 — DANNY:** Who said …".)
const WHO_SAID = /^[\s*_>]*(?:(?:\d+[.)]|\d+\s*\u2028|Q\d*\s*:|Q\d+\.|Front\s*:|Question\s*\d*\s*:|Prompt\s*\d*\s*:|Clue\s*\d*\s*:)[\s*_]*)?(?:[^\n:"“”?]{1,40}:[\s*_]*){0,2}?[\s*_]*(?:Who|Which\s+(?:[\w-]+\s+){0,2}?(?:official|minister|leader|spokesman|spokeswoman|spokesperson|diplomat|politician|president|person)(?:,[^,?\n]{1,80},)?)\s+(?:said|called|described|told|warned|declared|dismissed|labelled|labeled)\b/i;
/** A preposition that names who acted: "The idea came from Biden", "was first floated by Biden". */
// ("Moscow's reply, delivered by Putin: …": a participle's agent after a comma, too.)
const AGENT_AFTER = /\b(?:came|comes|originated)\s+from\s+$|\b(?:was|were|been)\s+(?:first\s+)?[a-z]+ed\s+by\s+$|,\s*(?:[a-z]+ed|given|spoken)\s+by\s+$/i;
/** "leads on Putin saying he …": a name after a preposition that is the subject of a verb of saying in -ing. */
const SAYING_AFTER = /^\s+(?:saying|telling|warning|insisting|declaring|admitting|arguing|claiming|stating)\b/;
export const AFTER_PREPOSITION = /\b(?:with|to|from|for|by|of|about|against|than|on|upon|over|into|toward|towards)\s+(?:(?:the|his|her|their)\s+)?$/i;
const CUE = /^\s*\[(?:(?:SOT|SOUNDBITE|CLIP|AUDIO|VIDEO|VO\/SOT|BITE)\s*:\s*)?[^\]\n]{2,80}\]\s*$/i;
/** "Asked about a reset, he was blunt:": a participle opening the sentence, then its subject. */
const ASKED_OPENING = /^\s*Asked\s+(?:about|whether|if|how|what|why|when|on|for)\b[^,;:"“”]{0,60},\s*(?:he|she|they|the|[A-Z])/;
/** "is quoted as saying", ", quoted as saying": the one quoted is the speaker. */
const QUOTED_AS_SAYING = /(?:\s(?:is|was|were|are|has\s+been|had\s+been)\s+|,\s*)(?:widely\s+|often\s+)?quoted\s+as\s+(?:saying|having\s+said)\b(?![^"“”]*["“”])/i;
/** "Peskov's verdict on the remark: "…"", "Lavrov's comment that "…"": what a possessive names someone said. */
// (Or the possessive alone before a colon: "fave line for the pull quote, Psaki's: "…"".)
// (Or the noun and a copula: "Peskov's best line was "…"".)
// ("Biden's April assurance to Putin that he was "…"": a month may come before the word.)
// (Or the noun and a dash: "open with Putin's line — "…"".)
// ("Peskov's answer was, "…"": a comma or a colon may follow the copula; "the White House's stated aim was a "…"": an aim stated.)
const SAYING_OF = /^'s?\s*:\s*$|^'s?\s+(?:(?:best|first|last|latest|own|blunt|key|famous|stronger|strongest|sharpest)\s+)?(?:line|lines|words|verdict|remark|comment|quote|quip|warning|message|answer|reply|response|retort|phrase)\s*[—–-]\s*$|^'s?\s+(?:(?:first|latest|own|blunt|terse|earlier|January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:(?:verdict|response|reply|reaction|comment|answer|words|message|retort|assessment|line|take|warning|description|view|coda|quip|remark|conclusion|summary|caveat|reading|follow-up|rejoinder|riposte|comeback|kicker|zinger|soundbite|sound\s+bite|punchline|one-liner|parting\s+shot|boast|admission|assurance)\b[^"“”«:.!?]{0,60}[:?](?:\s*(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)?|(?:defen[cs]e|argument|explanation|point|position|excuse|justification|view|line|reply|answer|response)\s+(?:was|is|has\s+been)\s+that|(?:remark|comment|claim|warning|assurance|insistence|assertion|argument|view|observation|complaint|charge|accusation|allegation|assessment|conclusion|verdict|response|reply|reaction|retort|line)s?,?\s+(?:(?:to|at|in|on|before)\s+[^"“”«:.!?;]{1,50}?\s+)?that(?:\s[^"“”«:.!?;]{0,60})?)\s*$|^'s?\s+(?:(?:first|latest|own|blunt|terse|famous)\s+)?(?:verdict|response|reply|reaction|comment|answer|retort|line|warning|remark|quip|boast|promise|pledge|vow|follow-up|rejoinder|comeback|riposte)\s*,\s*$|^'s?\s+(?:(?:best|first|last|latest|own|blunt|terse|famous|key|sharpest|most\s+quoted)\s+)?(?:line|lines|words|verdict|remark|comment|quote|quip|warning|message|answer|reply|response|retort|phrase)\s+(?:was|is|were|are|came|remains)\s*[,:]?\s*$|^'s?\s+(?:(?:own|famous|memorable|pointed)\s+)?(?:phrase|formula|formulation|coinage|turn\s+of\s+phrase)\s*,?\s*$|^'s?\s+(?:(?:stated|declared|own|public)\s+)?(?:aim|goal|objective|ambition)\s+(?:was|is|has\s+been)\s+(?:an?\s+|the\s+)?$/i;

export function attribute(analysis: Analysis, quotes: Quotation[]): Attributed[] {
  const out: Attributed[] = [];
  let previous: Attributed | undefined;
  for (const q of quotes) {
    const s = sentenceAt(analysis, q.start);
    const a = q.label ? fromLabel(analysis, q.label, q.start) : fromSpeakerColumn(analysis, q, s) ?? fromAfter(analysis, q) ?? fromAnswer(analysis, q, s) ?? fromQuestion(analysis, q, s) ?? ownCell(analysis, q, fromBefore(analysis, q, s));
    let result: Attributed = { quote: q };
    if (a) result = { quote: q, ...a };
    else if (previous?.speaker && continues(analysis, previous.quote, q)) result = { quote: q, speaker: previous.speaker };
    out.push(result);
    previous = result;
  }
  return out;
}

/**
 * A speaker found before the quotation in another cell of its table row, after a preposition there, is no subject: in
 * "| Avoided conflicts with Putin | Calls Russia the "greatest threat" |" the quotation's cell says nothing of Putin.
 */
function ownCell(analysis: Analysis, q: Quotation, found: Found | undefined): Found | undefined {
  const sp = found?.speakerSpan;
  if (!sp || sp.end > q.start || q.start - sp.end > 400 || !analysis.norm.slice(sp.end, q.start).includes('\u2028')) return found;
  // (An actor's cell before the cell of what was said is its subject: "| Kremlin spokesman Dmitry Peskov | Says the
  // leaders "will discuss …" |". A name after a preposition in its cell is not.)
  return AFTER_PREPOSITION.test(analysis.norm.slice(Math.max(0, sp.start - 14), sp.start)) ? undefined : found;
}

// ("**B2. Identify the speaker and the context: "…"**": a lettered number, and the context asked for too.)
const IDENTIFY_SPEAKER = /^[\s*_]*(?:(?:[A-Z]?\d+[.)]|Q\d*\s*[:.])\s*)?[\s*_]*(?:identify|name)\s+(?:the\s+)?(?:speaker|source)(?:\s+of\s+(?:this|the)\s+(?:quotation|quote|remark|line))?(?:\s+and\s+(?:the\s+)?(?:context|occasion|setting|date))?\s*[:.-]?\s*$/i;

/** A card's front or a heading that is a quotation alone: a number or label at most before it. */
// ("### No. 4: "…"": or a numbered entry's label.)
const BARE_FRONT = /^[\s*_>#]*(?:(?:\d+[.)]|Front\s*:|Q\d*\s*[:.]|(?:No\.?|Number|Quote|Card)\s*\d+\s*[:.)])[\s*_]*)?$/i;
/** A label that names who said the quotation above it: "**Who:**", "Said by:". */
const WHO_LABEL = String.raw`(?:who|speaker|said\s+by)`;
/** The label on the line after such a quotation that names its speaker: an answer's ("**Back:**") or a credit's ("**Who:**"). */
const CREDIT_LABEL = new RegExp(String.raw`^[\s*_>]*(?:back|answer|a\d*|${WHO_LABEL})[\s*_]*:`, 'i');
/** Such a credit's label and nothing else before the name. */
const WHO_OPENING = new RegExp(String.raw`^[\s*_>]*${WHO_LABEL}[\s*_]*:[\s*_]*$`, 'i');

/** A quiz or FAQ: "Who said that "…"?" answered by "Answer: Sergei Lavrov, …" names the speaker in the answer. */
function fromAnswer(analysis: Analysis, q: Quotation, s: Sentence | undefined): Found | undefined {
  if (!s || s.index + 1 >= analysis.sentences.length) return undefined;
  const { norm } = analysis;
  // ("Who said Russia is "just one step ahead" on weapons?": a few words may follow the quotation.)
  // ("Identify the speaker: "…"": an exercise asks it without a question mark.)
  if (q.start - s.start > 300 || s.end - q.end > 200) return undefined;
  const lead = norm.slice(s.start, q.start), tail = norm.slice(q.end, s.end);
  // (Or a card's front that is the quotation alone, "> **19.** "…"", whose back names the speaker: "**Back:** Vladimir Putin".)
  const bare = BARE_FRONT.test(lead) && /^[\s*_.?]*$/.test(tail);
  if (!(WHO_SAID.test(lead) && /^[^.!?"“”]{0,60}\?[\s*_]*$/.test(tail)) && !(IDENTIFY_SPEAKER.test(lead) && /^[\s*_.?]*$/.test(tail)) && !bare) return undefined;
  let answer = analysis.sentences[s.index + 1];
  let open = answer.start;
  // (Past a line of options: "**Options:** A) Joe Biden · B) Jen Psaki", then "**Answer:** C) Antony Blinken" on the next
  // line, of the same paragraph or the next.)
  if (!bare && OPTIONS_LINE.test(norm.slice(answer.start, answer.start + 24))) {
    const nl = norm.indexOf('\n', answer.start);
    const after = analysis.sentences[s.index + 2];
    if (nl >= 0 && nl < answer.end && nl - answer.start <= 300) open = nl + 1;
    else if (after && after.start - answer.end <= 4) { answer = after; open = after.start; }
  }
  if (bare && (!CREDIT_LABEL.test(norm.slice(answer.start, answer.start + 24)) || answer.start - q.end > 40)) return undefined;
  // "Kremlin spokesman Dmitry Peskov, talking about …": the name after the title answers, not the title's organisation.
  // (After an answer's label too: "*Answer:* Secretary of State Antony Blinken, after …".)
  const titled = answer.mentions.find(m => m.kind === 'person' && m.start >= open && answer.roles.some(r => r.end <= m.start && m.start - r.end <= 1 && r.start >= open && (r.start - open <= 8 || ANSWER_OPENING.test(norm.slice(open, r.start)))));
  const who = titled ?? answer.mentions.find(m => (m.kind === 'person' || m.kind === 'org') && m.start >= open);
  const opening = titled ? answer.roles.find(r => r.end <= titled.start && titled.start - r.end <= 1)!.start : who?.start ?? 0;
  if (!who || !(ANSWER_OPENING.test(norm.slice(open, opening)) || (bare && WHO_OPENING.test(norm.slice(open, opening))))) return undefined;
  const sp = resolve(analysis, refOf(who), q.start);
  return sp ? { speaker: sp, speakerSpan: who } : undefined;
}

/** A line of a question's options: "**Options:** A) …", "A) …". */
const OPTIONS_LINE = /^[\s*_]*(?:options|choices)[\s*_]*:|^[\s*_]*\(?[Aa]\)\s/i;
/** Before the quotation that answers a question: its row's cell markup, an arrow, or an answer's label ("A:", "Answer:"). */
// ("A: As the "biggest threat" …": or the words an answer to "How has Biden described Russia?" opens with.)
const ANSWER_LEAD = /^[\s*_>|\u2028\u2192-]*(?:(?:A\d*|Answer|Ans)[\s*_]*[:.][\s*_]*)?(?:as\s+(?:the\s+|an?\s+)?)?$/i;
/** The question's speaker before the verb: "What did the State Department call …?", "How did Peskov describe …?". */
// ("How has Biden repeatedly described Russia?": or in the perfect, an adverb before the verb.)
const QUESTION_DID = /\b(?:what|how)\s+(?:did|has|have)\s+$/i;
const QUESTION_VERB = /^\s+(?:(?:repeatedly|often|once|publicly|first)\s+)?(?:call(?:ed)?|describe[d]?|label(?:led|ed)?|term(?:ed)?|dub(?:bed)?|brand(?:ed)?|say|said)\b/i;
/** Or a possessive: "The State Department's verdict on that meeting?". */
const QUESTION_POSSESSIVE = /^['’]s?\s+(?:(?:own|one-line|first|official)\s+)?(?:verdict|description|words?|phrase|label|assessment|reaction|response|reply|answer|comment|summary|take)\b[^?"“”]{0,60}\?[\s*_|\u2028]*$/i;

/**
 * A quotation that answers the question before it, alone in its sentence: "What did the State Department call the
 * Blinken–Lavrov meeting? | "A great start"", "The State Department's verdict on that meeting? "A false start."" —
 * the question names who said it.
 */
function fromQuestion(analysis: Analysis, q: Quotation, s: Sentence | undefined): Found | undefined {
  if (!s || s.index === 0) return undefined;
  const { norm } = analysis;
  if (q.start - s.start > 40 || !ANSWER_LEAD.test(norm.slice(s.start, q.start))) return undefined;
  const question = analysis.sentences[s.index - 1];
  if (s.start - question.end > 40 || question.end - question.start > 300 || !/\?[\s*_|\u2028]*$/.test(norm.slice(question.start, question.end))) return undefined;
  for (const r of referringAt(analysis, question.start, question.end)) {
    if (r.kind === 'pronoun') continue;
    const before = norm.slice(Math.max(question.start, r.start - 20), r.start), after = norm.slice(r.end, question.end);
    if (!(QUESTION_DID.test(before.replace(/\bthe\s+$/i, '')) && QUESTION_VERB.test(after)) && !QUESTION_POSSESSIVE.test(after)) continue;
    const sp = resolve(analysis, r, q.start);
    return sp ? { speaker: sp, speakerSpan: r } : undefined;
  }
  return undefined;
}

/** A table's column for who spoke: "| ID | Speaker | Occasion | Quotation |". */
// (Not "Who": a timeline's "Who" column lists who took part.)
const WHO_HEADER = /^[\s*_]*(?:who|name|person)[\s*_:]*$/i;
const SAID_HEADER = /\b(?:said|says|say|quote|quotes|quotation|quotations|words|remarks?|line)\b/i;
// ("Speaker strap", "Speaker name": a graphics sheet's column.)
const SPEAKER_HEADER = /^[\s*_]*(?:speakers?(?:\s+(?:strap|name|caption|super|credit|tag))?|who said it|said by|attributed to|attribution|source of (?:the )?quot(?:e|ation))[\s*_:]*$/i;
/** The columns looked at for one: a header row is a line of a few labels. */
const MAX_COLUMNS = 40;

/**
 * "| S08 | Antony Blinken, Secretary of State | Remarks after the call | "We will not hesitate …" |" under a header with
 * a "Speaker" column: the row's cell in that column names who said the row's quotation.
 */
function fromSpeakerColumn(analysis: Analysis, q: Quotation, s: Sentence | undefined): Found | undefined {
  const table = s && tableOf(analysis, s);
  if (!s || !table) return undefined;
  const { norm } = analysis;
  const { head, row } = table;
  let col = -1;
  for (let i = 0; i + 1 < Math.min(head.length, MAX_COLUMNS); i++) if (SPEAKER_HEADER.test(norm.slice(head[i] + 1, head[i + 1]))) { col = i; break; }
  // ("| Who | Role | What they said |": a "Who" column is the speaker's beside a column of what was said.)
  if (col < 0) {
    const who = head.findIndex((h, i) => i + 1 < Math.min(head.length, MAX_COLUMNS) && WHO_HEADER.test(norm.slice(h + 1, head[i + 1])));
    if (who >= 0 && head.some((h, i) => i !== who && i + 1 < head.length && SAID_HEADER.test(norm.slice(h + 1, head[i + 1])))) col = who;
  }
  if (col < 0 || col >= row.length) return undefined;
  const rowEnd = analysis.prose.blocks[s.block].end;
  const start = row[col] + 1, end = col + 1 < row.length ? row[col + 1] : rowEnd;
  // (The quotation's own cell is no speaker's; and one that names its speaker before the quotation speaks for itself.)
  if (q.start >= start && q.start < end) return undefined;
  // (The quotation's cell by binary search: a row may be long.)
  let lo = 0, hi = row.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (row[mid] < q.start) lo = mid + 1; else hi = mid; }
  const own = Math.max(0, lo - 1);
  if (q.start - row[own] <= 600 && referringAt(analysis, row[own] + 1, q.start).some(r => r.kind !== 'pronoun')) return undefined;
  const who = referringAt(analysis, start, end).find(r => r.kind !== 'pronoun');
  const sp = who && resolve(analysis, who, q.start);
  return sp ? { speaker: sp, speakerSpan: who! } : undefined;
}

/** A transcript line's label names its speaker. */
function fromLabel(analysis: Analysis, label: Span, at: number): Found | undefined {
  const m = sentencesIn(analysis, label.start, label.end).flatMap(s => s.mentions).find(x => x.start === label.start && (x.kind === 'person' || x.kind === 'org'));
  const sp = m && resolve(analysis, refOf(m), at);
  return sp ? { speaker: sp, speakerSpan: label } : undefined;
}

function sentenceAt(analysis: Analysis, at: number): Sentence | undefined {
  const list = analysis.sentences;
  let lo = 0, hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end < at) lo = mid + 1;
    else if (list[mid].start > at) hi = mid - 1;
    else return list[mid];
  }
  return list[Math.min(lo, list.length - 1)];
}

/** The next quotation continues the previous one: same paragraph, or a paragraph that left it open. */
function continues(analysis: Analysis, prev: Quotation, q: Quotation): boolean {
  const between = analysis.norm.slice(prev.end, q.start);
  if (prev.unclosed) return /^\s*$/.test(between);
  return !/\n\s*\n/.test(between) && between.length < 200;
}

type Found = { speaker: Speaker; speakerSpan: Span };

/**
 * "Lavrov struck the same note: "…," he said": a pronoun after the quotation whose person is named before it in the
 * same sentence; the name is the span a finding marks and a fix replaces.
 */
function namedBefore(analysis: Analysis, q: Quotation, speaker: Speaker): Span | undefined {
  const s = sentenceAt(analysis, q.start);
  if (!s || speaker.kind !== 'person' || s.start > q.start) return undefined;
  let named: Mention | undefined;
  for (const m of nearSpan(s.mentions, q)) if (m.kind === 'person' && m.id === speaker.id && m.end <= q.start && m.start >= s.start) named = m;
  return named && { start: named.start, end: named.end };
}

/** `"…," Peskov told the media` / `"…," he said` / `"…," said the Kremlin spokesman`. */
/**
 * Verbs of saying proper, without the verbs of judging the full list has ("welcomed", "rejected", "described"): after a
 * quotation that ends its sentence, or after a pronoun, only these make the words that follow an attribution.
 */
const PLAIN_SAYING = String.raw`(?:said|says|say|told|tells|added|adds|warned|warns|declared|declares|explained|explains|suggested|concluded|concludes|insisted|insists|stressed|stresses|noted|notes|argued|argues|replied|replies|answered|answers|asked|asks|wrote|writes|continued|continues|claimed|claims|admitted|admits|cautioned|cautions|remarked|remarks|recalled|recalls|quipped|quips)`;
/** A verb of saying on a gallery's credit line makes it a sentence of its own. */
const DETERMINED_NOUN = /\b(?:his|her|their|its|the|a|an)\s+[a-z]+/gi;
const CREDIT_LINE_VERB = new RegExp(String.raw`\b${PLAIN_SAYING}\b`, 'i');
/** A short sentence with a verb of saying ("Putin said.", "Mr. Peskov added on Friday."), right after a quotation. */
const SHORT_SAYING = new RegExp(String.raw`^(?=\s*[^.!?]{0,40}[.!?])[^.!?]*?\b${PLAIN_SAYING}\b`, 'i');
/** A pronoun and a verb of saying right after a quotation: `"…," he said`. */
const PRONOUN_SAYING = new RegExp(String.raw`^[\s,:—–-]*(he|she|they|it)\s+(?:(?:later|also|then|has|had)\s+)*${PLAIN_SAYING}\b`, 'i');

function fromAfter(analysis: Analysis, q: Quotation): Found | undefined {
  const { norm } = analysis;
  const limit = Math.min(norm.length, q.end + 120);
  let window = norm.slice(q.end, limit);
  // (Not into the next list item: "- Kremlin spokesman Peskov: "…"" then "- Peskov cautions against …" is another entry.
  // The draft's own characters tell a list's hyphen from a credit's dash, which the prose writes alike.)
  const item = /\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/.exec(analysis.doc.slice(q.end, limit));
  if (item && /^[-*+\d]/.test(item[0].trim())) window = window.slice(0, item.index);
  const blank = window.search(/\n\s*\n/);
  if (blank >= 0) {
    // Under a block quotation the credit may follow an empty quoted line ("> " and then "> — President Joe Biden").
    // (A dash in the draft, not a hyphen opening a list item: the prose has both as "-".)
    const credit = /^\s*-[ \t]*\S[^\n]*/.exec(window);
    const dash = credit && /^[—–]/.test(analysis.doc.slice(q.end + credit[0].indexOf('-')));
    // (Or a paragraph of its own that says whose the words were: "> "We will not stand by …"" then "That was Secretary of
    // State Antony Blinken, at a Memorial Day event".)
    const next = window.slice(blank).replace(/^\s+/, '');
    const thatWas = !credit && THAT_WAS_NEXT_START.test(next) ? window.length - next.length : -1;
    window = credit && dash && credit[0].length > blank ? window.slice(0, credit[0].length) : thatWas >= 0 ? window.slice(0, blank) + ' '.repeat(thatWas - blank) + next : window.slice(0, blank);
  }
  // A quotation that ends its own sentence ("…level." The State Department called…) is followed by a new
  // sentence, not an attribution — unless that is only "Putin said." or the like (a short one with a verb of saying:
  // "…Russia." The Kremlin welcomed the proposal." is a new sentence).
  // A dash credit ("— Jen Psaki", on the next line under a block quotation) is the attribution too.
  // (The period of "Mr." ends no sentence: "…terms." And Mr. Putin insists … is a new sentence.)
  // Nor after a quotation a colon brings in ("… reading a statement: "…Russia." Moscow confirmed in late May."): the
  // words before the colon said whose it is.
  // (Or a gallery's credit line on the next line, which alone may then name the speaker.)
  const ended = /[.!?]\s*$/.test(norm.slice(q.inner.start, q.inner.end)) && (!SHORT_SAYING.test(window.replace(TITLE_PERIOD, '$1 ')) || /:\s*$/.test(norm.slice(Math.max(0, q.start - 4), q.start))) && !/^\s*[—–-]{1,2}\s*\S/.test(window)
    // ("…meeting." (Sergei Lavrov, May 2021): nor before a credit in brackets.)
    && !PAREN_NAME_START.test(window);
  if (ended && !LINE_CREDIT_START.test(window) && !THAT_WAS_NEXT_START.test(window)) return undefined;
  // ('… "…extremely low level". That was Peskov, not …': the period after the closing mark ends the sentence as well.)
  const periodAfter = !ended && /^\.[ \t]+/.test(window) && THAT_WAS_NEXT_START.test(window.slice(1));
  const refs = referringAt(analysis, q.end, q.end + window.length);
  for (const ref of refs) {
    // A title and name after the quotation stand for the speaker together.
    const from = (ref.titled ?? ref.start) - q.end;
    const masked = window.slice(0, from) + '@' + window.slice(ref.end - q.end);
    // "… was called "outrageous, unprecedented rhetoric" by Lavrov": the passive's agent after the quotation.
    const passiveBy = PASSIVE_BY.test(masked) && PASSIVE_BEFORE.test(norm.slice(Math.max(0, q.start - 40), q.start));
    // "The section credits "outrageous, unprecedented rhetoric" to Dmitry Peskov": the one a crediting verb gives it to.
    const creditedTo = CREDITED_TO.test(masked) && CREDITS_BEFORE.test(norm.slice(Math.max(0, q.start - 40), q.start));
    if ((ended && THAT_WAS_NEXT.test(masked)) || (periodAfter && THAT_WAS_NEXT.test(masked.slice(1)))) {
      const speaker = ref.kind !== 'pronoun' ? resolve(analysis, ref, q.start) : undefined;
      return speaker ? { speaker, speakerSpan: ref } : undefined;
    }
    if (ended) {
      // (A credit, not a sentence: no verb of saying and no quotation on the rest of its line, "Biden, speaking at the
      // G7, said he planned …: "…"" being a new sentence.)
      // (A line of fields set off by middle dots is read up to the first: "Blinken · after the call · remarks on the call".)
      const line = masked.slice(masked.indexOf('@')).split('\n')[0].split(/[ \t][·•][ \t]/)[0];
      // (A word after a determiner is a noun, not the verb: "Putin, closing his remarks at the …".)
      const speaker = LINE_CREDIT.test(masked) && line.length <= 120 && !/["“”]/.test(line) && !CREDIT_LINE_VERB.test(line.replace(DETERMINED_NOUN, '')) ? resolve(analysis, ref, q.start) : undefined;
      return speaker && ref.kind !== 'pronoun' ? { speaker, speakerSpan: ref } : undefined;
    }
    // ("cautioned against "excessive expectations", Sergei Lavrov said Russia does not await …": a verb of saying with a
    // clause of its own after it, a subject and a verb, tells what that speaker said next.)
    const subjectVerb = AFTER_SUBJECT_VERB.exec(masked);
    const ownClause = !!subjectVerb && SAID_CLAUSE_AFTER.test(masked.slice(subjectVerb[0].length, subjectVerb[0].length + 60));
    if (passiveBy || creditedTo || WERE_OWNERS.test(masked) || WORDS_OF.test(masked) || (!!subjectVerb && !ownClause) || DASH_CREDIT.test(masked) || THAT_WAS.test(masked) || PAREN_CREDIT.test(masked) || (PAREN_ALONE.test(masked) && (norm.slice(q.inner.start, q.inner.end).match(/\s+/g)?.length ?? 0) >= 4) || CELL_CREDIT.test(masked) || AFTER_HOW.test(masked) || AS_PUT_IT.test(masked) || AFTER_ATTRIBUTED.test(masked) || IN_WORDS_AFTER.test(masked) || (GLOSS_CREDIT.test(masked) && opensItsLine(norm, q.start)) || (AFTER_VERB_SUBJECT.test(masked) && /^[^@]*$/.test(masked.slice(0, from)))) {
      const speaker = resolve(analysis, ref, q.start);
      if (speaker) return { speaker, speakerSpan: (ref.kind === 'pronoun' && namedBefore(analysis, q, speaker)) || ref };
    }
    break; // only the first referring expression after the quotation can be its speaker
  }
  const pron = PRONOUN_SAYING.exec(window);
  if (pron) {
    const at = q.end + pron[0].indexOf(pron[1], pron[0].length - pron[0].trimStart().length);
    const span = { start: at, end: at + pron[1].length };
    const speaker = resolvePronoun(analysis, pron[1], q.start);
    if (speaker) return { speaker, speakerSpan: namedBefore(analysis, q, speaker) ?? span };
  }
  return undefined;
}

/** `Putin said: "…"`, `Lavrov described X as "…"`, `according to the Kremlin, "…"`; falls back to the sentence's subject. */
function fromBefore(analysis: Analysis, q: Quotation, s: Sentence | undefined): Found | undefined {
  const { norm } = analysis;
  // Look back within the sentence, and no more than a few hundred characters (a run-on "sentence" stays linear).
  let from = Math.max(s ? s.start : 0, q.start - 300);
  // A paragraph that ends with a colon introduces the quotation in the next one.
  const lead = norm.slice(Math.max(0, q.start - 400), q.start);
  // (Or the next line, a list's next item or a block quote: "… and warned:" then "15. > "…"".)
  // (Read in the document: the prose blanks the item's number and the quote's mark.)
  const colon = /:\s*\n\s*\n\s*$/.test(lead) || /:[ \t*_]*\n[ \t]*(?:\d{1,3}[.)][ \t]*)?>[ \t>]*$/.test(analysis.doc.slice(Math.max(0, q.start - 40), q.start));
  if (colon && s && s.start >= q.start - 1) {
    const prev = analysis.sentences[s.index - 1];
    if (prev) from = prev.start;
  }
  const window = norm.slice(from, q.start);
  if (NOT_SPEECH.test(window)) return { speaker: { kind: 'other', id: undefined, label: 'a banner or sign, not speech' }, speakerSpan: q };
  if (QUESTION.test(window)) return { speaker: { kind: 'other', id: undefined, label: "a reporter's question" }, speakerSpan: q };
  // "In his words, "…"": the one "his" refers to.
  // (Only the window's end, and only when it ends with "words": the pattern would otherwise try every position.)
  const tail = window.length > 40 ? window.slice(-40) : window;
  const own = /(?:words|were|are)\s*[,:]?\s*$/i.test(tail) ? IN_OWN_WORDS.exec(tail) : null;
  if (own) {
    const word = own[1] ?? own[2];
    const at = from + (window.length - tail.length) + own.index + own[0].search(/\b(?:his|her)\b/i);
    const speaker = resolvePronoun(analysis, /^his$/i.test(word) ? 'he' : 'she', at);
    if (speaker) return { speaker, speakerSpan: { start: at, end: at + word.length } };
  }
  // "…, she argued, quoting him: "…"": the one quoted speaks.
  const near60 = window.length > 60 ? window.slice(-60) : window;
  const quoting = near60.includes('uot') || near60.includes('cit') ? QUOTING.exec(near60) : null;
  if (quoting) {
    const at = q.start - near60.length + quoting.index + quoting[0].indexOf(quoting[1]);
    // ("quotes him after a call with Putin: "…"": the pronoun, then a phrase of when, is still the one quoted.)
    const object = /^(him|her)(?:\s+(?:after|in|on|at|during|from|following|before)\b[^]*)?$/i.exec(quoting[1]);
    if (object) {
      const sp = resolvePronoun(analysis, object[1], at);
      if (sp) return { speaker: sp, speakerSpan: namedBefore(analysis, q, sp) ?? { start: at, end: at + object[1].length } };
    } else {
      // ("quoted Putin's spokesman, Dmitry Peskov: "…"": the one the possessive's noun names, not its owner.)
      // (But the owner of what was said: "quotes Peskov's complaint that Biden "…"".)
      const refsQuoted = referringAt(analysis, at, at + quoting[1].length);
      const whom = refsQuoted.find(r => possessive(norm, r) && SAYING_OF.test(norm.slice(r.end, q.start))) ?? refsQuoted.find(r => !possessive(norm, r)) ?? refsQuoted[0];
      const sp = whom && resolve(analysis, whom, q.start);
      if (sp) return { speaker: sp, speakerSpan: whom! };
    }
  }
  let verb: RegExpExecArray | undefined;
  let firstVerb: RegExpExecArray | undefined;
  VERB_BEFORE.lastIndex = 0;
  let previousVerb: RegExpExecArray | undefined;
  for (let m; (m = VERB_BEFORE.exec(window)); ) {
    // ("Peskov said comments Biden made after one of their calls showed he "…"": after a determiner the word is a noun.)
    if (DETERMINER_BEFORE.test(window.slice(Math.max(0, m.index - 10), m.index))) continue;
    // ("Blinken's first meeting with Sergei Lavrov was called "a good start"": a passive's subject is what the words
    // describe, not who said them.)
    if (/^(?:called|described|dubbed|labell?ed|termed|branded)$/i.test(m[0]) && /\b(?:was|were|is|are|been|being)\s+$/i.test(window.slice(Math.max(0, m.index - 8), m.index))) continue;
    // ("Lavrov called Biden's words, a yes to a reporter who asked whether he considered Putin a "killer", "…"": the verb
    // of a relative clause on a noun that is no one's title speaks for that noun, not for a name before it.)
    if (UNTITLED_WHO.test(window.slice(Math.max(0, m.index - 30), m.index))) continue;
    // ("Asked about a reset, he was blunt: "…"": a participle opening the sentence before a comma says what was asked, not
    // who speaks.)
    if (ASKED_OPENING.test(window.slice(m.index, m.index + 80)) && /(?:^|[.!?:]\s+|\n[\s>*_-]*)$/.test(window.slice(Math.max(0, m.index - 6), m.index))) continue;
    previousVerb = verb; verb = m; firstVerb ??= m;
  }
  // "X dismissed what Biden had said as "…"": the verb that governs "as" is the attribution, not the one inside.
  // The last such verb: in "Biden described Russia as the 'greatest threat' …, a remark Lavrov denounced as '…'" the first
  // one governs another "as" (single quotation marks are apostrophes too, so the search runs past them).
  let describing: RegExpExecArray | undefined;
  DESCRIBING.lastIndex = 0;
  for (let m; (m = DESCRIBING.exec(window)); ) describing = m;
  if (describing) verb = describing;
  // "(2) the White House, which said …; (3) Putin's own: … "all parts of the agenda"": a verb of saying in a clause a
  // semicolon closed before the quotation does not bring it in.
  if (verb && window.indexOf(';', verb.index + verb[0].length) >= 0) verb = firstVerb = undefined;
  // Nor does one in another cell of a table's row: "| … Biden says he will raise … | Secretary of State Antony Blinken: "…" |".
  if (verb && window.indexOf('\u2028', verb.index + verb[0].length) >= 0) verb = firstVerb = undefined;
  // Nor one before ", and" and a clause of its own that a colon closes right before the quotation: "Putin said he does not
  // expect "…", and his spokesman Peskov was even more explicit: "…"".
  if (verb && /:\s*$/.test(window)) {
    const co = lastCoordinate(window);
    if (co > verb.index && NEW_SUBJECT_AFTER_AND.test(window.slice(co, co + 60)) && !/["“”]/.test(window.slice(co, window.length - 1))) verb = firstVerb = undefined;
  }
  const refs = referringAt(analysis, from, q.start);
  // "Peskov's verdict on the remark: "…"", "Lavrov's comment that "…"": a possessive before a word for what someone said.
  // ("Biden's remark to news agencies that cooperation "is very important …"": the clause "that" opens may run on to it.)
  // (Nearer the quotation than a verb of saying: "… he said yes (Lavrov's verdict: "…")".)
  // (The apostrophe first: the pattern opens with it, and most names are not in the possessive.)
  // (Not "… replied that Biden's words were "outrageous, unprecedented rhetoric"": after "that", whose words are judged is
  // no speaker; the one who judged them is.)
  const owner = refs.find(r => r.kind !== 'pronoun' && norm[r.end] === "'" && SAYING_OF.test(norm.slice(r.end, q.start))
    // (Nor after a verb of saying: "Lavrov said Biden's words were "…"".)
    && !(/\b(?:that|said|says|argued|argues|insisted|insists)\s+$/i.test(norm.slice(Math.max(0, r.start - 9), r.start)) && WORDS_WERE.test(norm.slice(r.end, q.start)))
    // (Nor after "On" opening an item or line before a colon: in "- On Biden's words about Putin in March: "…"" under a
    // speaker's heading, the words are what the speaker spoke of.)
    && !(/(?:^|\n)[ \t>*_-]*(?:On|About|Over)\s+$/.test(norm.slice(Math.max(0, r.start - 12), r.start)) && /:[\s*_]*$/.test(norm.slice(r.end, q.start)))
    // (Nor in a label's occasion: in "- Peskov, on Biden's words about Putin: "…"" the words are what Peskov spoke of.)
    && !refs.some(l => l.end < r.start && l.kind !== 'pronoun' && OCCASION_OF_LABEL.test(norm.slice(l.end, r.start)) && LABEL_OPENS.test(lineBefore(norm.slice(from, l.titled ?? l.start)))));
  // ("Blinken's warning that "…"": the word for what was said may be a verb's form too, and is then no other verb.)
  if (owner && (!verb || owner.start > from + verb.index || /^'s?\s+(?:[a-z]+\s+)?$/.test(norm.slice(owner.end, from + verb.index)))) {
    const sp = resolve(analysis, owner, q.start);
    if (sp) return { speaker: sp, speakerSpan: owner };
  }
  // ("The Kremlin spokesman's reaction, if you need one: "…"": or a title in the possessive, which its one holder owns.)
  const titled = !owner && !verb && s ? possessiveTitleHolder(analysis, s) : undefined;
  if (titled && titled.start >= from && SAYING_OF.test(norm.slice(titled.end, q.start))) {
    const p = analysis.base.people.find(x => x.id === titled.id);
    if (p) return { speaker: { kind: 'person', id: p.id, label: p.name }, speakerSpan: titled };
  }
  // ("Foreign Minister Sergei Lavrov is quoted as saying Biden "…"": the one quoted is the speaker, not the name after "saying".)
  const quotedAs = QUOTED_AS_SAYING.exec(window);
  if (quotedAs) {
    const at = from + quotedAs.index;
    // ("Putin said he and Biden need to find ways to mend relations, quoted as saying: "…"": or, after a comma, the subject
    // that opens the sentence.)
    const opening = sentencesIn(analysis, at, at)[0];
    const who = refs.filter(r => r.end <= at && r.kind !== 'pronoun' && !possessive(norm, r) && /^\s*(?:,[^,;:"“”]{1,60},\s*)?$/.test(norm.slice(r.end, at))).pop()
      ?? (opening && /^\s*,/.test(window.slice(quotedAs.index)) ? refs.find(r => r.kind !== 'pronoun' && r.start >= opening.start && r.end <= at && /^[^\p{L}]*$/u.test(norm.slice(opening.start, r.titled ?? r.start)) && !possessive(norm, r)) : undefined);
    const sp = who && resolve(analysis, who, q.start);
    if (sp) return { speaker: sp, speakerSpan: who! };
  }
  // "Biden says yes → Lavrov: "…"": a name right before the colon that brings the quotation in is its speaker's label;
  // so is one that opens a list item or line and a phrase of occasion before the colon ("- Peskov, reacting to the
  // remark: "…"").
  // (The name opens its line, cell or clause: in "… raise human rights with Putin: "…"" it is what is spoken of.)
  // (Or one the words are said to come from: "That line came from Putin himself: "…"".)
  const labelled = refs.find(r => r.kind !== 'pronoun' && !possessive(norm, r) && (((LABEL_COLON.test(norm.slice(r.end, q.start)) || OCCASION_COLON.test(norm.slice(r.end, q.start)))
    && LABEL_OPENS.test(lineBefore(norm.slice(from, r.titled ?? r.start)))) || (SELF_COLON.test(norm.slice(r.end, q.start)) && CAME_FROM.test(norm.slice(Math.max(from, (r.titled ?? r.start) - 90), r.titled ?? r.start)))));
  if (labelled) {
    const sp = resolve(analysis, labelled, q.start);
    if (sp) return { speaker: sp, speakerSpan: labelled };
  }
  // "… had fallen, in Putin's phrase, to "an extremely low level"": the one whose words the phrase says these are.
  const inWords = refs.find(r => r.kind !== 'pronoun' && norm[r.end] === "'" && IN_WORDS_BEFORE.test(norm.slice(r.end, q.start))
    && /\b(?:in|to\s+use|to\s+quote)\s+(?:the\s+)?$/i.test(norm.slice(Math.max(from, (r.titled ?? r.start) - 16), r.titled ?? r.start)));
  if (inWords) {
    const sp = resolve(analysis, inWords, q.start);
    if (sp) return { speaker: sp, speakerSpan: inWords };
  }
  // "The daily gives Foreign Minister Sergei Lavrov the line that "…"": the one a verb of giving hands the words to.
  const given = refs.find(r => r.kind !== 'pronoun' && GIVEN_LINE.test(norm.slice(r.end, q.start)) && GIVES_TO.test(norm.slice(Math.max(0, (r.titled ?? r.start) - 24), r.titled ?? r.start)));
  if (given) {
    const sp = resolve(analysis, given, q.start);
    if (sp) return { speaker: sp, speakerSpan: given };
  }
  if (verb) {
    const vAt = from + verb.index;
    // "- **Dmitry Peskov, Kremlin spokesman.** Called Biden's March words "…"": a verb that opens its sentence, with no
    // subject, after a bold lead-in of the same list item naming one person, has that person for its subject.
    if (s && s.index > 0 && s.start >= from && !/\p{L}/u.test(norm.slice(s.start, vAt))) {
      const lead = analysis.sentences[s.index - 1];
      const named = lead.block === s.block && boldLeadIn(analysis.doc, lead) ? lead.mentions.filter(m => m.kind === 'person') : [];
      const p = named.length && named.every(m => m.id === named[0].id) ? analysis.base.people.find(x => x.id === named[0].id) : undefined;
      if (p) return { speaker: { kind: 'person', id: p.id, label: p.name }, speakerSpan: { start: named[0].start, end: named[0].end } };
    }
    // "he said … "…" with Russia and called relations "…"": a verb joined by "and" shares the earlier subject.
    const earlier = lastQuoteBefore(analysis, vAt);
    if (earlier && earlier.end >= from && /\band\s+(?:also\s+)?$/i.test(norm.slice(Math.max(from, vAt - 12), vAt))) return undefined;
    // "Peskov has cautioned against "…", and Putin does not expect "…"": past a quotation the verb governs, a new
    // clause with its own subject holds this one; the verb is not its attribution.
    // "…", he said, while Lavrov went further: "…"": after the last verb of saying, a new clause whose subject a colon
    // ends speaks the quotation.
    if (/:\s*$/.test(window)) {
      const after = vAt + verb[0].length;
      const subject = refs.find(r => r.start >= after && r.kind !== 'pronoun' && !possessive(norm, r) && CLAUSE_SUBJECT.test(norm.slice(Math.max(after, r.start - 16), r.start)));
      const sp = subject && resolve(analysis, subject, q.start);
      if (sp) return { speaker: sp, speakerSpan: subject! };
    }
    // "Lavrov said Russia did not await any breakthroughs, and Putin himself did not expect "…" either": a new clause
    // after the verb of saying, its subject close before the quotation with no other name or break between, holds it.
    {
      const after = vAt + verb[0].length;
      const subject = refs.find(r => r.start >= after && r.kind !== 'pronoun' && !possessive(norm, r) && CLAUSE_SUBJECT.test(norm.slice(Math.max(after, r.start - 16), r.start)));
      if (subject && q.start - subject.end <= 60 && !/[;,:"“”]/.test(norm.slice(subject.end, q.start)) && !refs.some(r => r.start >= subject.end && r.start < q.start)) {
        const sp = resolve(analysis, subject, q.start);
        if (sp) return { speaker: sp, speakerSpan: subject };
      }
    }
    const between = lastQuoteBefore(analysis, q.start);
    if (between && between.start > vAt) {
      // (Or right after that quotation, without a comma: "… Putin saying he did not expect "…" and the White House aim to "…"".)
      const subject = refs.find(r => r.start >= between.end && r.kind !== 'pronoun' && (CLAUSE_SUBJECT.test(norm.slice(Math.max(between.end, r.start - 16), r.start))
        || (r.start - between.end <= 12 && /^\s+(?:and|but|while)\s+(?:the\s+)?$/i.test(norm.slice(between.end, r.start)))));
      if (subject) {
        const sp = resolve(analysis, subject, q.start);
        return sp ? { speaker: sp, speakerSpan: subject } : undefined;
      }
    }
    if (/^(?:according|per$)/i.test(verb[0]) || /\s+by\s+$/.test(norm.slice(vAt + verb[0].length, vAt + verb[0].length + 4))) {
      // ("per" only right before its source: "per the press secretary, Jen Psaki".)
      const after = refs.find(r => r.start >= vAt + verb![0].length && (!/^per$/i.test(verb![0]) || r.start - vAt <= 40));
      const sp = after && resolve(analysis, after, q.start);
      if (sp) return { speaker: sp, speakerSpan: after! };
    }
    // "Peskov said the differences run too deep, and cautioned against "…"": a verb after "and" has no subject
    // of its own; it shares the subject of the clause's first speech verb.
    let subjectAt = vAt;
    if (firstVerb && firstVerb !== verb && /(?:^|[\s,])and\s+(?:(?:also|then|later)\s+)?$/i.test(norm.slice(Math.max(from, vAt - 16), vAt))
      && !window.slice(firstVerb.index, vAt - from).includes(';')) {
      subjectAt = from + firstVerb.index;
      // ("Lavrov has said …, and Putin's spokesman, Dmitry Peskov, said … and cautioned against "…"": the verb of the
      // coordinate clause the "and" goes on from, when a new clause with its own subject opened after the first.)
      if (previousVerb && previousVerb !== firstVerb && /,\s+and\s/i.test(window.slice(firstVerb.index + firstVerb[0].length, previousVerb.index))) subjectAt = from + previousVerb.index;
    }
    // "Biden said he would raise them with Putin, warning: "…"": a participle after a comma has its clause's subject,
    // not a name after a preposition.
    // (So has a verb joined by "but" or "and": in "Putin does not expect … from his meeting with Biden but says …" the
    // name after "with" is no subject.)
    const participle = (/ing$/i.test(verb[0]) && /,\s*$/.test(norm.slice(Math.max(from, vAt - 4), vAt))) || /\b(?:but|and)\s+(?:also\s+|still\s+)?$/i.test(norm.slice(Math.max(from, vAt - 12), vAt));
    // "…met in Reykjavik; the Department called it": a semicolon starts a clause with a subject of its own.
    // (Searched within the window only: a search back through the whole document would make this quadratic.)
    // "…, a meeting State called "a good start"": a capitalised word the base does not know is the verb's subject; no
    // name further back speaks.
    if (unknownSubject(analysis, refs, subjectAt)) return undefined;
    // ("…, in the affirmative, subject described Biden's words as "…"", "…, officials called it "…"": a common noun alone
    // after a comma is the verb's subject, and no name before it.)
    if (NOUN_SUBJECT.test(norm.slice(Math.max(from, subjectAt - 30), subjectAt)) && !refs.some(r => r.end <= subjectAt && r.end >= subjectAt - 30 && /^\s*$/.test(norm.slice(r.end, subjectAt)))) return undefined;
    const semicolon = from + window.lastIndexOf(';', subjectAt - from);
    // "it was Peskov, not Lavrov, who called …": a name denied by "not" is not the speaker.
    const before = refs.filter(r => r.end <= subjectAt && r.start > semicolon && (!possessive(norm, r) || SPEAKS_THROUGH.test(norm.slice(r.end, r.end + 40))) && !/\bnot\s+$/i.test(norm.slice(Math.max(0, r.start - 5), r.start))
      && !(participle && AFTER_PREPOSITION.test(norm.slice(Math.max(0, r.start - 14), r.start)))
      // ("How Biden went from calling Putin a "murderer" to …, while insisting he's "…"": a verb's object does not speak.)
      && !OBJECT_OF_VERB.test(norm.slice(Math.max(0, r.start - 24), r.start))
      // ("After an earlier Biden–Putin call, said …": nor a name in a compound before a noun.)
      && !(r.kind === 'person' && inNameCompound(norm, r))
      // ("the potential built up between Moscow and Washington …, while insisting": both names are the preposition's.)
      && !/\b(?:between|among)\s+[^,;:"“”]{1,40}\band\s+$/i.test(norm.slice(Math.max(0, r.start - 50), r.start))
      // "Peskov, who speaks for Putin, also told reporters": a name inside a relative clause closed before the verb.
      && !(/,\s*(?:who|which)\s[^,;]*$/i.test(norm.slice(Math.max(from, r.start - 60), r.start)) && /^[^,;]*,/.test(norm.slice(r.end, subjectAt)))
      // ("Peskov, after an earlier Biden-Putin call, said …": nor one inside a phrase set off by commas right before the verb.)
      && !(SET_OFF_PHRASE.test(norm.slice(Math.max(from, r.start - 60), r.start)) && /^[^,;]*,\s*$/.test(norm.slice(r.end, subjectAt)))
      // ("Biden proposed a summit, an idea the Kremlin received well, and told Putin he was "…"": nor one inside a noun
      // set beside the object, with a clause of its own, closed before the verb.)
      // ("…, a proposal the Kremlin, to its credit, received well, while assuring …": an aside may follow the name.)
      && !(/,\s*(?:an?|the)\s+[a-z]+(?:\s+(?:that|which))?\s+(?:the\s+)?$/i.test(norm.slice(Math.max(from, r.start - 40), r.start)) && /^(?:,[^,;]{1,30},)?\s+[a-z]+[^,;]{0,40},\s*(?:and|but|while|whilst)\s/i.test(norm.slice(r.end, subjectAt))));
    // The subject of the speech verb is the nearest name before it in its clause. A title that names nobody
    // the sources know ("the minister" with no minister in view) is still the subject: no name before it is.
    for (let k = before.length - 1; k >= 0; k--) {
      const sp = resolve(analysis, before[k], q.start);
      // (A pronoun's speaker is marked on the name it stands for, when the sentence gives it before the quotation.)
      // (Not across a coordinate clause: in "Jen Psaki … announced …, and she followed it with "…"" the pronoun is marked.)
      if (sp) {
        const name = before[k].kind === 'pronoun' ? namedBefore(analysis, q, sp) : undefined;
        return { speaker: sp, speakerSpan: name && !/["”’]?,["”’]?\s*(?:and|but)\s|;/.test(norm.slice(name.end, before[k].start)) ? name : before[k] };
      }
      if (before[k].kind === 'role' && /^the\s/i.test(before[k].text)) return undefined;
      // "After a tense exchange with Putin, he put it plainly": a pronoun the draft gives no one for is still the
      // subject; the name before it is not.
      if (before[k].kind === 'pronoun') return undefined;
    }
  }
  // "Peskov (Kremlin spokesman): "…"" — a name as a label, or a paragraph ending with a colon that introduces the quotation.
  // (Not past a colon of the words after the label: in "**PESKOV:** The President himself gave our assessment: "…"" that
  // clause has a subject of its own, whom the colon rule below finds.)
  // (In a table, what opens the label's own cell: "| … Biden says … | Secretary of State Antony Blinken: "…" |".)
  const cellStart = (at: number): number => from + window.lastIndexOf('\u2028', at - from) + 1;
  const label = refs.find(r => {
    if (r.kind === 'pronoun') return false;
    const head = r.titled ?? r.start;
    // (A verse runs on without stops: what opens the name's own line leads it.)
    const lead = norm.slice(cellStart(head), head).replace(/^.*[.!?]\s+/, '').replace(/^[^]*\n/, '');
    const after = norm.slice(r.end, q.start);
    return (LABEL_AFTER.test(after) && LABEL_LEAD.test(lead))
      // "Key line, from Peskov at the forum: "…"": words said to come from the name.
      || (/(?:^|[,:]\s*|\s)from\s+$/i.test(lead) && /^(?:\s+(?:at|in|on|during)\s+[^:"“”.]{1,40})?\s*:\s*$/.test(after))
      // ("He also played a clip of Secretary of State Antony Blinken: "…"": a recording of the name, and a colon.)
      || (CLIP_OF.test(lead) && /^\s*:\s*$/.test(after));
  });
  if (label && !verb) {
    const sp = resolve(analysis, label, q.start);
    if (sp) return { speaker: sp, speakerSpan: label };
  }
  // A broadcast script's cue line names who speaks the soundbite under it: "[SOT: DMITRY PESKOV, KREMLIN SPOKESMAN]".
  if (!verb) {
    const cue = cueBefore(analysis, q);
    const who = cue && sentencesIn(analysis, cue.start, cue.end).flatMap(x => x.mentions).find(m => m.kind === 'person' && m.start >= cue.start && m.end <= cue.end);
    const sp = who && resolve(analysis, refOf(who), q.start);
    if (sp) return { speaker: sp, speakerSpan: who! };
  }
  // "Lavrov struck a similar note: «…»": a colon right before the quotation closes the clause whose subject speaks.
  if (!verb && /:\s*$/.test(window)) {
    // (The clause starts after a semicolon, or after an earlier colon: a speaker label's, "**PESKOV:** The President …:".)
    // (Or after ", and": in "Putin doesn't expect "major breakthroughs", and he was blunt about why: "…"" the second
    // clause's "he" is the subject.)
    const clauseStart = from + Math.max(window.lastIndexOf(';'), window.lastIndexOf(':', window.lastIndexOf(':') - 1), lastCoordinate(window)) + 1;
    // (Not a name after a preposition: in "After a tense exchange with Putin, he put it plainly: "…"" the subject is "he".)
    // (Nor names "between" which a meeting is: "The first meeting between Joe Biden and Vladimir Putin …, and the
    // announcement came from …, in a statement that read:".)
    const subject = refs.find(r => r.start >= clauseStart && !possessive(norm, r) && !objectOfPreposition(norm, r) && !/[.!?]\s/.test(norm.slice(r.end, q.start)));
    const sp = subject && resolve(analysis, subject, q.start);
    // ("… to Sergei Lavrov, Russia's foreign minister: "…"": a title set after a name is that name's; the name is marked.)
    const named = subject?.kind === 'role' ? refs.find(r => r.kind === 'person' && r.end < subject.start && /^,\s*$/.test(norm.slice(r.end, subject.start))) : undefined;
    if (sp) return { speaker: sp, speakerSpan: named && sp.id === named.mention?.id ? named : subject! };
  }
  // "Lavrov was blunt: Russia is developing new weapons systems, and "we are just one step ahead"": the words after a
  // clause's colon run on to the quotation with no one else named, and its subject speaks them.
  if (!verb && !/:\s*$/.test(window)) {
    const c = window.lastIndexOf(':');
    if (c >= 0 && window.length - c <= 160 && !/[.!?]\s/.test(window.slice(c)) && !refs.some(r => r.start > from + c && r.kind !== 'pronoun')) {
      const clauseStart = from + Math.max(window.lastIndexOf(';', c), window.lastIndexOf(':', c - 1)) + 1;
      const subject = refs.find(r => r.start >= clauseStart && r.end <= from + c && !possessive(norm, r) && !objectOfPreposition(norm, r) && r.kind !== 'pronoun'
        && COLON_CLAUSE.test(norm.slice(r.end, from + c)));
      const sp = subject && resolve(analysis, subject, q.start);
      if (sp) return { speaker: sp, speakerSpan: subject! };
    }
  }
  if (colon && verb === undefined) {
    const subject = refs.find(r => !possessive(norm, r) && r.kind !== 'pronoun' && !objectOfPreposition(norm, r));
    const sp = subject && resolve(analysis, subject, q.start);
    if (sp) return { speaker: sp, speakerSpan: subject! };
  }
  // No speech verb: the sentence's subject ("Biden made it clear to Putin that he is "…"").
  // (Not a preposition's object: in "His April assurance to Putin that he was "…"" the subject is "His".)
  const subject = refs.find(r => !possessive(norm, r) && r.kind !== 'pronoun' && !objectOfPreposition(norm, r));
  if (subject && verb === undefined && /\bthat\s+(?:he|she|they|it)\b[^"“”]*$/i.test(window)) {
    const sp = resolve(analysis, subject, q.start);
    if (sp) return { speaker: sp, speakerSpan: subject };
  }
  return undefined;
}

/** Between such a subject and its colon, a copula and a word or two: " was blunt", " is clear". */
const COLON_CLAUSE = /^\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:[a-z]+\s+){0,2}[a-z]+\s*$/;

const DESCRIBING = /\b(?:described|describes|dismissed|dismisses|wave[sd]\s+away|brushe[sd]\s+aside|brushe[sd]\s+(?:that|it|this|them|those)\s+off|called|calls|branded|labell?ed|termed|condemned|denounced|decried|derided|slammed|hailed)\b(?=[^"“”]*\bas\s+(?:(?:a|an|the)\s+)?$)/gi;

/** Is the word right before the verb at `at` a capitalised one that no referring expression covers ("State called")? */
function unknownSubject(analysis: Analysis, refs: Ref[], at: number): boolean {
  const from = Math.max(0, at - 30);
  const m = /\b([A-Z][\w.-]*)\s+(?:(?:has|had|also|then|later|once)\s+)?$/.exec(analysis.norm.slice(from, at));
  if (!m || NOT_SUBJECT.test(m[1])) return false;
  const start = from + m.index;
  return !refs.some(r => r.start <= start && start < r.end);
}
const NOT_SUBJECT = /^(?:The|A|An|It|He|She|They|We|I|You|This|That|Who|Which|And|But|Then|Also|Mr|Mrs|Ms|Dr|President|Minister)$/;

/** The cue line just above a quotation that opens its own line ("[SOT: NAME, TITLE]"), as written in the document. */
function cueBefore(analysis: Analysis, q: Quotation): Span | undefined {
  const { doc } = analysis;
  // Searched back a little way only: on one long line a search for the line's start costs its length per quotation.
  let i = q.start - 1;
  while (i >= 0 && q.start - i <= 9 && doc[i] !== '\n') i--;
  if (i < 1 || doc[i] !== '\n') return undefined;
  const lineStart = i + 1;
  if (/[\p{L}\p{N}]/u.test(doc.slice(lineStart, q.start))) return undefined;
  let j = lineStart - 2;
  while (j >= 0 && lineStart - j <= 121 && doc[j] !== '\n') j--;
  if (lineStart - j > 121) return undefined;
  const prevStart = j + 1;
  if (CUE.test(doc.slice(prevStart, lineStart - 1))) return { start: prevStart, end: lineStart - 1 };
  // "**[00:01:15] Putin, interview**", a blank line, then "> "…"": a subtitler's or transcript's speaker line in bold, a
  // timestamp at most before the name and a lower-case note at most after it.
  // (The blank line after it, if any, and the line above read back a short way only.)
  let end = lineStart - 1;
  let k = prevStart;
  if (k === end || /^[ \t>]*$/.test(doc.slice(k, end))) {
    end = k - 1;
    k = end - 1;
    while (k >= 0 && end - k <= 120 && doc[k] !== '\n') k--;
    if (end < 0 || end - k > 120) return undefined;
    k++;
  }
  const line = SPEAKER_LINE.exec(doc.slice(k, end));
  if (!line) return undefined;
  // ("**4. Dmitry Peskov, Kremlin spokesman**" over a sheet's quotation: an item's number may come first, and the note
  // after the name may be a title, capitalised, naming no one else.)
  const number = /^\d{1,3}[.)][ \t]*/.exec(line[2])?.[0].length ?? 0;
  const start = k + line.index + line[0].indexOf(line[2]) + number;
  const lineEnd = k + line.index + line[0].indexOf(line[2]) + line[2].length;
  const mentions = sentencesIn(analysis, start, lineEnd).flatMap(x => x.mentions);
  const who = mentions.find(m => m.start === start && m.kind === 'person');
  if (!who) return undefined;
  const note = doc.slice(who.end, lineEnd);
  return SPEAKER_NOTE.test(note) || (TITLE_NOTE.test(note) && !mentions.some(m => m !== who && m.start >= who.end && m.end <= lineEnd && (m.kind === 'person' || m.kind === 'unknownPerson'))) ? { start, end: lineEnd } : undefined;
}
/** A title after the name on such a line, and perhaps a topic: ", Kremlin spokesman", ", Kremlin spokesman, on expectations". */
const TITLE_NOTE = /^[ \t]*,[ \t]*[A-Z][^\n"“”,:;]{2,40}(?:,[ \t]*(?:on|about|in|at)\b[^\n"“”:;]{0,40})?$/;
/** A line in bold alone, a timestamp at most before its words. */
const SPEAKER_LINE = /^[ \t>]*(\*\*|__)[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?([^\n*_[\]]{2,60}?)[ \t]*\1[ \t]*$/;
/** After the name on such a line: nothing, or a note in lower case ("interview", "(archive)", "— on camera"). */
const SPEAKER_NOTE = /^[ \t]*(?:[,(—–-][ \t]*[a-z][a-z '-]{0,30}\)?)?$/;

/** The last quotation that ends at or before `at` (binary search: quotations are in text order). */
function lastQuoteBefore(analysis: Analysis, at: number): Quotation | undefined {
  const list = analysis.quotes;
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].end <= at) lo = mid + 1; else hi = mid; }
  return lo > 0 ? list[lo - 1] : undefined;
}

interface Ref extends Span {
  kind: 'person' | 'org' | 'role' | 'pronoun'; mention?: Mention; role?: RolePhrase; text: string;
  /** Where the title before the name starts ("White House press secretary Jen Psaki"): the two name one speaker. */
  titled?: number;
}

/** Expressions that can name a speaker between `from` and `to`, in text order. */
function referringAt(analysis: Analysis, from: number, to: number): Ref[] {
  const out: Ref[] = [];
  for (const s of sentencesIn(analysis, from, to)) {
    const window = { start: from, end: to };
    for (const r of nearSpan(s.roles, window)) if (r.start >= from && r.end <= to) out.push({ start: r.start, end: r.end, kind: 'role', role: r, text: r.text });
    for (const m of nearSpan(s.mentions, window)) {
      if (m.start < from || m.end > to || out.some(o => o.start < m.end && m.start < o.end && o.kind === 'role' && o.end === m.end)) continue;
      // (Not a name the writer addresses: "Your foreign minister, Mr Putin, called that "…"".)
      if ((m.kind === 'person' || m.kind === 'org') && !(m.kind === 'person' && vocative(analysis, s, m))) {
        // "Kremlin spokesman Dmitry Peskov": the name inside a role phrase wins over the phrase.
        // (So does a name known with its title, "President Biden", over the title alone.)
        const inRole = out.findIndex(o => o.kind === 'role' && (titleBefore(analysis.norm, o, m) || (o.start <= m.start && o.end > m.start && o.end < m.end)));
        const titled = inRole >= 0 ? out[inRole].start : undefined;
        if (inRole >= 0) out.splice(inRole, 1);
        if (out.some(o => o.kind === 'role' && o.start <= m.start && m.end <= o.end)) continue;
        out.push({ start: m.start, end: m.end, kind: m.kind, mention: m, text: m.text, titled });
      }
    }
  }
  // "the president" alone: whoever holding that title the text last made its subject.
  // (Also in the possessive, which is no title of a name beside it: "the secretary of state's warning: "…"".)
  const bare = /\bthe\s+(president|prime\s+minister|foreign\s+minister|spokes(?:man|woman)|minister|secretary\s+of\s+state)\b/gi;
  for (const m of matchesIn(bare, analysis.norm, from, to)) {
    if (out.some(o => o.start <= m.index + 4 && m.index < o.end)) continue;
    const role: RolePhrase = { start: m.index, end: m.index + m[0].length, titleStart: m.index + 4, titleEnd: m.index + m[0].length, text: m[0], titleClass: titleClass(m[1]), qualifier: impliedQualifier(m[1]), past: false };
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'role', role, text: m[0] });
  }
  const pron = /\b(?:he|she|they)\b/gi;
  for (const m of matchesIn(pron, analysis.norm, from, to)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'pronoun', text: m[0] });
  out.sort((a, b) => a.start - b.start);
  // "Lavrov, Kremlin spokesman, said": a title in apposition describes the name before it; it does not name another speaker.
  for (let i = out.length - 1; i > 0; i--) {
    const r = out[i], prev = out[i - 1];
    // (Not after a preposition: in "After a call with Putin, the president said" the title starts the main clause.)
    if (r.kind === 'role' && prev.kind === 'person' && /^\s*[,(]\s*(?:the\s+)?$/.test(analysis.norm.slice(prev.end, r.start))
      && !AFTER_PREPOSITION.test(analysis.norm.slice(Math.max(0, prev.start - 14), prev.start))) out.splice(i, 1);
  }
  return out;
}

/** A person's or organisation's mention as a referring expression. */
function refOf(m: Mention): Ref {
  return { start: m.start, end: m.end, kind: m.kind as 'person' | 'org', mention: m, text: m.text };
}

/** A name after a preposition, or among the names "between" which something is: no subject. */
function objectOfPreposition(norm: string, r: Span): boolean {
  return AFTER_PREPOSITION.test(norm.slice(Math.max(0, r.start - 14), r.start)) || BETWEEN_NAMES.test(norm.slice(Math.max(0, r.start - 50), r.start));
}
const BETWEEN_NAMES = /\b(?:between|among)\s+(?:[^,;:"“”]{1,40}\band\s+)?$/i;

function possessive(norm: string, r: Span): boolean {
  if (!/^'s?\b/.test(norm.slice(r.end, r.end + 2))) return false;
  // "Biden's different.", "Putin's not convinced": "'s" for "is" or "has", not a possessive.
  return !CONTRACTED.test(norm.slice(r.end, r.end + 24));
}
const CONTRACTED = /^'s\s+(?:not|also|still|been|got|never|always|just|already|right|wrong|different|clear|sure|ready|keen|determined|adamant|likely|unlikely)\b|^'s\s+[a-z]+[.!?]/;

function resolve(analysis: Analysis, ref: Ref, at: number): Speaker | undefined {
  const { base } = analysis;
  if (ref.kind === 'person') {
    const p = base.people.find(x => x.id === ref.mention!.id)!;
    return { kind: 'person', id: p.id, label: p.name };
  }
  if (ref.kind === 'org') {
    const o = base.organizations.find(x => x.id === ref.mention!.id);
    if (!o) return undefined;
    return { kind: 'org', id: o.id, label: o.names.find(n => /^the\s/i.test(n)) ?? o.names[0] };
  }
  if (ref.kind === 'pronoun') return resolvePronoun(analysis, ref.text, ref.start);
  return resolveRole(analysis, ref.role!, at);
}

/** A role phrase standing for a person: the one person of the base who holds it now, or the most recent subject among several. */
function resolveRole(analysis: Analysis, r: RolePhrase, at: number): Speaker | undefined {
  const { base } = analysis;
  // "The Kremlin line has been cautious. Its spokesman warned…": "its" is the organisation named last.
  const owner = !r.qualifier && /\bits\s+$/i.test(analysis.norm.slice(Math.max(0, r.start - 5), r.start)) ? lastOrgBefore(analysis, r.start) : undefined;
  const holders = currentHolders(base, owner ? { ...r, qualifier: { org: owner, text: 'its' } } : r);
  if (!holders.length) return undefined;
  if (holders.length === 1) return { kind: 'person', id: holders[0].id, label: holders[0].name };
  // "The President had told Putin in April that he was "…"": a holder named after the title, before the quotation, is
  // the one spoken to or of, so the title is the other's.
  if (r.start < at) {
    const s = sentencesIn(analysis, r.start, r.start)[0];
    // (Not a name in apposition: "The president, Vladimir Putin, said" is Putin.)
    const named = s ? nearSpan(s.mentions, r).filter(m => m.kind === 'person' && m.start >= r.end && m.end <= at && !/^[\s,(—–-]*$/.test(analysis.norm.slice(r.end, m.start))) : [];
    const others = holders.filter(h => !named.some(m => m.id === h.id));
    if (named.length && others.length === 1) return { kind: 'person', id: others[0].id, label: others[0].name };
  }
  // Several hold the title and none was named lately: the speaker is one of them, whichever it is.
  // (Named before the title: in "The President told President Putin that he is "…"" the name after it is another.)
  return recentSubject(analysis, Math.min(at, r.start), m => holders.some(h => h.id === m.id))
    ?? { kind: 'person', id: undefined, label: `the ${r.text.replace(/^the\s+/i, '')}`, candidates: holders.map(h => h.id) };
}

/** The organisation the nearest mention before `at` (this sentence or the two before) names. */
function lastOrgBefore(analysis: Analysis, at: number): string | undefined {
  const list = analysis.sentences;
  const k = sentencesIn(analysis, at, at)[0]?.index ?? list.length - 1;
  for (let i = k; i >= 0 && i >= k - 2; i--) {
    const orgs = nearSpan(list[i].mentions, { start: at, end: at }).filter(m => m.kind === 'org' && m.end <= at);
    if (orgs.length) return orgs[orgs.length - 1].id;
  }
  return undefined;
}

/** The person "he" or "she" at `at` refers back to: the subject of the nearest sentence naming one. */
export function resolvePronoun(analysis: Analysis, pronoun: string, at: number): Speaker | undefined {
  const gender = /^(he|him)$/i.test(pronoun) ? 'male' : /^(she|her)$/i.test(pronoun) ? 'female' : undefined;
  if (!gender) return undefined;
  const { base } = analysis;
  return recentSubject(analysis, at, m => base.people.find(p => p.id === m.id)?.gender === gender, gender === 'male' ? 'he' : 'she');
}

/** A transcript's label of a name alone before its colon: "**Adeyemi:** ", "MARTA KOVÁCS: ". */
const NAME_LABEL = /^[\s*_>]*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}[*_]*\s*:[*_\s]*/u;
/** A question's "what about" or "how about" before the one it asks about: "What about Putin himself?". */
const WHAT_ABOUT = /\b(?:what|how)\s+about\s+(?:(?:Mr|Mrs|Ms|President)\.?\s+)?$/i;

/** A sentence set in bold on its own ("**Season with Putin.**"): a list item's or paragraph's lead-in. */
function boldLeadIn(doc: string, s: Span): boolean {
  const open = doc.slice(Math.max(0, s.start - 2), s.start);
  if (open !== '**' && open !== '__') return false;
  return doc.startsWith(open, s.end) || doc.slice(s.end - 2, s.end) === open;
}

/** "In March he …", "Yet in the April call he …": a sentence whose subject is a pronoun after a short fronted phrase naming no one. */
// (A transcript's speaker label may open the line: "**Mr Reddish:** In March he answered …" is not Reddish's "he".)
function frontedPronoun(s: Sentence, norm: string): string | undefined {
  const m = FRONTED_PRONOUN.exec(norm.slice(s.start, s.start + 80));
  if (!m) return undefined;
  const from = s.start + m[1].length, at = s.start + m[0].length;
  return s.mentions.some(x => x.start >= from && x.start < at && (x.kind === 'person' || x.kind === 'unknownPerson')) ? undefined : m[2];
}
const FRONTED_PRONOUN = /^([^\p{L}]{0,4}(?:[\p{L} .'’-]{1,30}:[^\p{L}]{0,4})?)(?:(?:yet|and|but|so|then|later|earlier)\s+)?(?:in|on|at|after|before|during|by|last|this|that|next)\s+[^,.;:"“”]{1,30}?,?\s+(he|she)\b/iu;

/** Where the clause holding `at` starts: after the last ";" or ", and|but|while|whereas" before it (in a bounded window). */
function clauseStart(norm: string, from: number, at: number): number {
  const lo = Math.max(from, at - 200);
  const window = norm.slice(lo, at);
  let best = -1;
  for (const m of window.matchAll(/;|,\s+(?:and|but|while|whereas)\s+/g)) best = m.index! + m[0].length;
  return best < 0 ? from : lo + best;
}

const SAME_PRONOUN = { he: /\bhe\b/i, she: /\bshe\b/i };
const OWN_POSSESSIVE = { he: /\bhis\b/i, she: /\bher\b/i };
const INDEFINITE_TITLE = /\b(?:a|an)\s+(?:[\w-]+\s+)?$/i;

/**
 * "Start with Putin.", "Now to Lavrov.": a short sentence that only names whom the next ones are about; the name after
 * its preposition is what "he" then stands for.
 */
function topicNamed(norm: string, s: Sentence, m: Mention): boolean {
  return m.start - s.start <= 24 && s.end - m.end <= 2 && TOPIC_OPENING.test(norm.slice(s.start, m.start));
}
/** "The quotes … belong to ", "the words came from ": whose the words are, after a preposition. */
// ("remarks by Dmitry Peskov, …. He spoke on Wednesday": or the words said to be by someone.)
const WORDS_BELONG_TO = /\b(?:belong(?:s|ed)?\s+to|(?:come|comes|came)\s+from|(?:remarks?|comments?|words|statements?)\s+by)\s+$/i;
const TOPIC_OPENING = /^[^\p{L}]*(?:(?:let['’]s|let\s+us|now|first|next|so),?\s+)?(?:(?:start|begin|open)\s+with|(?:turn|over|on)\s+to|to)\s+$/iu;

/**
 * "in the Russian president's own words, "…". He insists …": a title in the possessive, which the role reader leaves out
 * (it names an owner, not a name's title), still says whom the sentence is about when one person holds it.
 */
function possessiveTitleHolder(analysis: Analysis, s: Sentence): Mention | undefined {
  const m = POSSESSIVE_TITLE.exec(analysis.norm.slice(s.start, Math.min(s.end, s.start + 200)));
  if (!m) return undefined;
  const r = findRoles(m[1], 0, m[1].length)[0];
  const id = r && soleHolder(analysis, r);
  if (!id) return undefined;
  const start = s.start + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, kind: 'person', id, text: m[1], venue: false };
}
const POSSESSIVE_TITLE = /\b(the\s+(?:Russian|US|U\.S\.|American|Kremlin|White\s+House)\s+(?:president|leader|foreign\s+minister|spokesman|press\s+secretary|secretary\s+of\s+state))['’]s\b/i;

/** The subject (first name not in the possessive) of the nearest sentence, at or before `at`, that names a fitting person. */
function recentSubject(analysis: Analysis, at: number, ok: (m: Mention) => boolean, pronoun?: 'he' | 'she'): Speaker | undefined {
  const { base, norm } = analysis;
  const fits = (m: Mention) => m.kind === 'person' && ok(m);
  const list = analysis.sentences;
  let k = sentencesIn(analysis, at, at)[0]?.index ?? list.length - 1;
  const first = k;
  // ("10. He called them "…"" in an answer key: the person question 10 asked about.)
  const keyed = pronoun && list[first] ? numberedQuestionSubject(analysis, list[first], at, fits) : undefined;
  if (keyed) return keyed;
  // "Putin's remarks at the forum … he told the audience": a name in the possessive in an earlier sentence, for
  // when no subject comes before the section's heading.
  let possessor: Mention | undefined;
  // Whether the sentence read is the nearest before the pronoun's own (those that go on about "he" or "she" aside).
  let nearest = true;
  // Six sentences back, not counting those that go on about "he" or "she" (a run of them keeps the same person), twelve at most.
  for (let steps = 0, seen = 0; k >= 0 && steps < 6 && seen < 12; k--, steps++, seen++) {
    const s = list[k];
    // "- **Putin's tone is softer.** At the forum he said …": a name in the possessive in the pronoun's own paragraph
    // or list item comes before a subject in an earlier one.
    if (possessor && s.block !== list[first].block) break;
    // A title can be the subject ("Putin's spokesman has…", "The Russian president has…"): it stands for its one holder.
    // "He said the remarks Antony Blinken made … and he described …": a sentence whose subject is itself "he" or "she"
    // refers back past its own names.
    // So does an earlier sentence that opens with one ("He is as sceptical as his spokesman."): it goes on about the same person.
    // (Not one that opens with the other pronoun: in "She quoted Putin's speech, where he said" she is someone else.)
    // (After a fronted phrase of time or place that names nobody, too: "In March he answered yes when … Mr Putin …".)
    // (After a transcript's speaker label too: "**Adeyemi:** He also said …".)
    // (Not after a possessive's label: "Putin's own testimony: he expects …" is about its owner, whom rules below read.)
    const opening = /^[^\p{L}]{0,4}(he|she)\b/iu.exec(norm.slice(s.start, s.start + 40).replace(NAME_LABEL, ''))?.[1] ?? (k < first ? frontedPronoun(s, norm) : undefined);
    if (opening && (!pronoun || opening.toLowerCase() === pronoun)) { steps--; continue; }
    // Only what lies near the quotation (in its own sentence) or near the start (in one before): an ordinary sentence
    // is read whole, and a run-on one does not cost its length for every quotation in it.
    const focus = k === first ? { start: at, end: at } : { start: s.start, end: s.start };
    // (Not a title right before a name: in "The Kremlin's Foreign Minister Dmitry Peskov has warned …" the name says who, and
    // the title, wrong or right, is only said of him.)
    // (Nor a title after "a": "to detain a dissident Belarusian journalist" points at no one in particular.)
    const roleSubjects: Mention[] = nearSpan(s.roles, focus).filter(r => r.start < at && !AFTER_PREPOSITION.test(norm.slice(Math.max(0, r.start - 14), r.start)) && !INDEFINITE_TITLE.test(norm.slice(Math.max(0, r.start - 24), r.start))
      && !nearSpan(s.mentions, { start: r.end, end: r.end + 3 }).some(m => m.kind === 'person' && titleBefore(norm, r, m))).flatMap(r => {
      const holder = soleHolder(analysis, r);
      return holder ? [{ start: r.start, end: r.end, kind: 'person' as const, id: holder, text: r.text, venue: false }] : [];
    });
    // A name after a preposition ("After an earlier call with Putin, the president said") is no subject. (A possessive
    // after one is kept for the rules below: in "lifted from Putin's boast" the preposition governs the boast.)
    // Nor is a name in a compound before a noun ("the Blinken–Lavrov meeting").
    // ("the American president, he said, "…"": a name the pronoun follows after a comma is what is spoken of, not who speaks.)
    // (Nor, in an earlier sentence, a verb's object after the same pronoun: "asked by a reporter whether he considered Putin
    // a "killer", he said yes. He has …".)
    const cands = [...nearSpan(s.mentions, focus).filter(m => m.start < at && !roleSubjects.some(r => r.start <= m.start && m.end <= r.end) && (!AFTER_PREPOSITION.test(norm.slice(Math.max(0, m.start - 14), m.start)) || SAYING_AFTER.test(norm.slice(m.end, m.end + 14)) || AGENT_AFTER.test(norm.slice(Math.max(0, m.start - 24), m.start)) || WORDS_BELONG_TO.test(norm.slice(Math.max(0, m.start - 24), m.start)) || possessive(norm, m) || topicNamed(norm, s, m))
      // (Nor one after a preposition and a title: "the attack on the opposition leader Alexei Navalny".)
      && !nearSpan(s.roles, m).some(r => r.end <= m.start && m.start - r.end <= 1 && AFTER_PREPOSITION.test(norm.slice(Math.max(0, r.start - 14), r.start)) && !WORDS_BELONG_TO.test(norm.slice(Math.max(0, r.start - 24), r.start))) && !inNameCompound(norm, m) && !(pronoun && pairedWith(norm, m, pronoun))
      && !(k < first && pronoun && OBJECT_OF_VERB.test(norm.slice(Math.max(0, m.start - 24), m.start)) && SAME_PRONOUN[pronoun].test(norm.slice(Math.max(s.start, m.start - 200), m.start)))), ...roleSubjects]
      .filter(m => fits(m) && !(k === first && at - m.end <= 3 && /^\s*,\s*$/.test(norm.slice(m.end, at)))).sort((a, b) => a.start - b.start);
    // A name in the possessive ("Reacting to Biden's comments, he said…") is not the subject: look further back.
    // In the pronoun's own sentence, its own clause's subject comes first: "Biden answered yes, and Lavrov denounced
    // what he called …" is Lavrov's.
    const clauseAt = k === first ? clauseStart(norm, s.start, at) : s.start;
    // "prompting Sergei Lavrov to condemn what he called …": the one an infinitive's verb is said of.
    const infinitive = k === first ? cands.find(m => m.end <= at && at - m.end <= 40 && /^\s+to\s+[a-z]+\s+(?:what|how)\s+$/i.test(norm.slice(m.end, at))) : undefined;
    const ownClause = cands.find(m => m.start >= clauseAt && !possessive(norm, m));
    const subject = infinitive ?? ownClause ?? cands.find(m => !possessive(norm, m));
    // "Soon after moving into the White House he called Putin a "murderer", and … he warned": a name after the same
    // pronoun earlier in the sentence is its object; the pronoun goes on about someone named before.
    // (So is one in the pronoun's own clause after it: "At a Memorial Day event he promised to press Putin …: "…," he said".)
    // (Not past a question or a line's end: a sentence the prose joins may hold another's "he".)
    if (k === first && subject && !infinitive && pronoun && SAME_PRONOUN[pronoun].test(ownClause ? norm.slice(Math.max(clauseAt, subject.start - 200), subject.start).replace(/^[^]*[?\n]/, '') : norm.slice(Math.max(s.start, subject.start - 200), subject.start))) { steps--; continue; }
    // ("The spokesman said Biden was wrong, and he called relations "very bad"": a title opens the sentence as its
    // subject, and the name after it is what it spoke of. The pronoun of a later clause is the title's one fitting
    // holder; with several, it may be any of them: undecided.)
    // (Not a title that is the name's own, right before it: "Foreign Minister Sergei Lavrov has been making the same
    // point, and he put it this way: "…"" is about Lavrov.)
    if (k === first && subject && !infinitive && !ownClause && s.roles.length && s.roles[0].end <= subject.start && !titleBefore(norm, s.roles[0], subject)) {
      const fitting = openingHolders(analysis, s, ok);
      if (fitting && fitting.length > 1) return undefined;
      if (fitting?.length === 1) return { kind: 'person', id: fitting[0].id, label: fitting[0].name };
    }
    // "Putin's speech at the forum, in which he said …": a pronoun in a clause about what a possessive names is its owner's.
    let owner: Mention | undefined;
    // (After a preposition too: in "leads with Putin's speech" the preposition governs the speech.)
    // So is one right after a possessive's short label: "Putin's own forecast: he said …".
    // And one after a possessive's word for what was said, and a colon: "Peskov's own best-remembered verdict …: the
    // American president, he said, "…"".
    // (The first such possessive: in "Peskov's verdict on Biden's remarks: he said" the remarks are what he spoke of.)
    let verdictOwner: Mention | undefined;
    if (!subject && k === first) for (const m of nearSpan(s.mentions, focus)) {
      if (m.start >= at || at - m.end > 160 || !fits(m) || !possessive(norm, m)) continue;
      // (Or a possessive's word for what was said, its quotation, and then the pronoun: "carries Biden's Memorial Day vow,
      // "…", and recalls that in April he told Putin …".)
      // ("Mr Putin's line that … came late, and his remarks in St Petersburg, where he said …": or one that "his" goes on
      // about, with no other person named between.)
      // ("Mr Putin's list of shared interests runs from … to some regional crises, and he says that "…"": the possessive
      // that opens the sentence as its subject's owner is the "he" of its next clause, with no one else named between.)
      const opensAsOwner = m.start - s.start <= 12 && OPENING_OWNER.test(norm.slice(s.start, m.start)) && /,\s*and\s+$/.test(norm.slice(Math.max(m.end, at - 8), at))
        && !nearSpan(s.mentions, { start: m.end, end: at }).some(x => x !== m && x.start >= m.end && x.start < at && (x.kind === 'person' || x.kind === 'unknownPerson'));
      if (opensAsOwner || RELATIVE_TO_OWNER.test(norm.slice(m.end, at)) || OWNER_LABEL.test(norm.slice(m.end, at)) || QUOTED_THEN_PRONOUN.test(norm.slice(m.end, at))
        || (pronoun && OWN_POSSESSIVE[pronoun].test(norm.slice(m.end, at)) && !nearSpan(s.mentions, { start: m.end, end: at }).some(x => x !== m && x.start >= m.end && x.start < at && (x.kind === 'person' || x.kind === 'unknownPerson')))) owner = m;
      else if (!verdictOwner && VERDICT_OWNER.test(norm.slice(m.end, at))) verdictOwner = m;
    }
    owner ??= verdictOwner;
    if (owner) {
      const p = base.people.find(x => x.id === owner.id)!;
      return { kind: 'person', id: p.id, label: p.name };
    }
    // "The President did not mince words. "…," he said": a title more than one person holds opens the sentence before,
    // and the pronoun is that title's holder, whom the draft does not name: no one further back.
    // (So does "The President's own language has been sharp.": the title in the possessive, which the roles do not read.)
    // ("His spokesman went further: "…" But he added …": a title opening the sentence before, which one person the
    // pronoun can be holds, is that person.)
    if (!subject && k < first && !cands.length) {
      const fitting = openingHolders(analysis, s, ok);
      if ((fitting && fitting.length > 1) || BARE_PRESIDENT_OWNS.test(norm.slice(s.start, s.start + 60).replace(SPEAKER_LABEL, ''))) return undefined;
      if (nearest && fitting?.length === 1) return { kind: 'person', id: fitting[0].id, label: fitting[0].name };
    }
    // ("After their first tense exchange, the president said he had made it clear to Putin, "…"": so does one that opens
    // the pronoun's own sentence before it.)
    if (!subject && k === first && !cands.length && s.roles.length && s.roles[0].end <= at && ambiguousOpening(analysis, s, ok)) return undefined;
    if (!subject) {
      // "7. **Season with Putin.** At the forum he says …": a bold lead-in of the pronoun's own list item, naming one
      // fitting person however it names them, says whom the item is about.
      if (k < first && s.block === list[first].block && boldLeadIn(analysis.doc, s)) {
        const named = nearSpan(s.mentions, { start: s.start, end: s.start }).filter(m => m.end <= s.end && fits(m));
        if (named.length && named.every(m => m.id === named[0].id)) {
          const p = base.people.find(x => x.id === named[0].id)!;
          return { kind: 'person', id: p.id, label: p.name };
        }
      }
      // "For Biden, Geneva is the final stop …. At an event he had announced …": a name fronted after a preposition is
      // what the sentence is about, and stands as a possessive does.
      // ("[00:04:44] SPEAKER 2: And on Putin's side, he doesn't expect …. He admits …": so is a possessive after one.)
      const fronted = k < first ? nearSpan(s.mentions, { start: s.start, end: s.start }).find(m => m.kind === 'person' && ok(m) && m.start - s.start <= 60
        && (/^[^\p{L}]*(?:for|to|like|as\s+for)\s+(?:(?:Mr|Mrs|Ms|President)\.?\s+)?$/iu.test(norm.slice(s.start, m.start))
          || (possessive(norm, m) && /^(?:[^"“”]{0,30}:\s*)?[^\p{L}]*(?:(?:and|but)\s+)?(?:on|in|from|for|as\s+for)\s+$/iu.test(norm.slice(s.start, m.start))))) : undefined;
      // "Biden's line after one of their calls: "…". He also said …": an earlier sentence whose quotation a possessive's
      // word for what was said labels is that person's, and the pronoun goes on about its speaker.
      const labelled = k < first ? cands.find(m => possessive(norm, m) && (QUOTE_OWNER_LABEL.test(norm.slice(m.end, Math.min(s.end, m.end + 140))) || QUOTE_OWNER_COPULA.test(norm.slice(m.end, Math.min(s.end, m.end + 140))))) : undefined;
      if (labelled) {
        const p = base.people.find(x => x.id === labelled.id)!;
        return { kind: 'person', id: p.id, label: p.name };
      }
      // ("**MAYA:** And Biden's human rights message? **TOM:** At a Memorial Day event he said …": a question just before,
      // naming one person only in the possessive, asks about that person, whom the answer's pronoun goes on about.)
      if (k < first && nearest && cands.length && cands.every(m => m.id === cands[0].id) && /\?[\s*_]*$/.test(norm.slice(s.start, s.end))) {
        const p = base.people.find(x => x.id === cands[0].id)!;
        return { kind: 'person', id: p.id, label: p.name };
      }
      // ("**Interviewer:** What about Putin himself? **Adeyemi:** He spoke at …": so does one that asks "what about" one person.)
      if (k < first && nearest && /\?[\s*_]*$/.test(norm.slice(s.start, s.end))) {
        const asked = nearSpan(s.mentions, { start: s.start, end: s.start }).filter(m => m.end <= s.end && fits(m) && WHAT_ABOUT.test(norm.slice(Math.max(s.start, m.start - 24), m.start)));
        if (asked.length && asked.every(m => m.id === asked[0].id)) {
          const p = base.people.find(x => x.id === asked[0].id)!;
          return { kind: 'person', id: p.id, label: p.name };
        }
      }
      // ("A column misquoted Mr Putin's speech at the forum. He said …": the owner of a speech in the sentence right
      // before (or before those that go on about "he"), its only person, is whom the pronoun goes on about.)
      if (k < first && nearest && s.block === list[first].block && cands.length === 1 && possessive(norm, cands[0]) && SPEECH_OWNED.test(norm.slice(cands[0].end, cands[0].end + 24))) {
        const p = base.people.find(x => x.id === cands[0].id)!;
        return { kind: 'person', id: p.id, label: p.name };
      }
      // ("As for Biden's own tone, it's mixed. At a Memorial Day event he said …": "as for" names whom the next sentences
      // are about, right away.)
      if (k < first && nearest && fronted && /\bas\s+for\s+(?:(?:Mr|Mrs|Ms|President)\.?\s+)?$/i.test(norm.slice(s.start, fronted.start))) {
        const p = base.people.find(x => x.id === fronted.id)!;
        return { kind: 'person', id: p.id, label: p.name };
      }
      // ("**Priya:** I'm on Putin. At the forum on Friday he said …": a beat a writer takes names whom the next sentences are
      // about, up to three on that name no other person.)
      if (k < first && first - k <= 3) {
        const beat = nearSpan(s.mentions, { start: s.start, end: s.start }).find(m => m.end <= s.end && fits(m) && BEAT_TAKEN.test(norm.slice(Math.max(s.start, m.start - 24), m.start)));
        if (beat) {
          const p = base.people.find(x => x.id === beat.id)!;
          return { kind: 'person', id: p.id, label: p.name };
        }
      }
      if (k < first) possessor ??= cands[cands.length - 1] ?? fronted ?? possessiveTitleHolder(analysis, s);
      // A heading starts a new section: the one before it speaks of other people.
      if (isHeading(analysis, s)) break;
      if (k < first) nearest = false;
      continue;
    }
    // "… my boss's boss had called Putin a "murderer" …. At the NATO summit he promised …": in an earlier sentence, a
    // first name that is a verb's object leaves its subject unnamed, and that subject is whom "he" goes on about.
    // (So does a name that is an item of a list: "The White House's list of complaints includes electoral interference,
    // cyberattacks, Navalny, Ukraine …".)
    if (k < first && (OBJECT_OF_VERB.test(norm.slice(Math.max(s.start, subject.start - 24), subject.start)) || LISTED_AFTER.test(norm.slice(Math.max(s.start, subject.start - 100), subject.start)))) return undefined;
    // "Peskov said …, and Putin himself said …. He did say …": an earlier sentence whose clauses have different
    // people for subjects leaves "he" undecided, and no one is named for it.
    // (A title with its owner's pronoun too: "Mr Putin has said …, and his spokesman has said …. Still, he added …".)
    // (Or a relative clause's speaker: "Trump avoided conflicts with Putin, which is exactly what Biden says he won't do.")
    const opensClause = (x: Span) => CLAUSE_SUBJECT.test(norm.slice(Math.max(s.start, x.start - 20), x.start).replace(/\b(?:his|her|their|the)\s+$/i, ''))
      || (/\b(?:what|which)\s+$/i.test(norm.slice(Math.max(s.start, x.start - 8), x.start)) && /^\s+(?:says|said|has\s+said|insists|insisted|vows|vowed|promises|promised)\b/i.test(norm.slice(x.end, x.end + 16)));
    if (k < first && (cands.some(m => m.id !== subject.id && !possessive(norm, m) && opensClause(m))
      || nearSpan(s.roles, focus).some(r => r.start > subject.end && opensClause(r) && !currentHolders(base, r).some(p => p.id === subject.id)))) return undefined;
    // "- Biden in March: said yes …. Lavrov called it "…".\n- Shortly after he took office, he called …": a pronoun that
    // opens another paragraph or item after one whose last two sentences open with different people is undecided.
    if (k < first && nearest && s.block !== list[first].block && k > 0 && list[k - 1].block === s.block && subject.start - s.start <= 4) {
      const before = list[k - 1];
      const opener = nearSpan(before.mentions, { start: before.start, end: before.start }).find(m => m.kind === 'person' && m.start - before.start <= 4);
      if (opener && opener.id !== subject.id && !possessive(norm, opener)) return undefined;
    }
    const p = base.people.find(x => x.id === subject.id)!;
    return { kind: 'person', id: p.id, label: p.name };
  }
  const p = possessor && base.people.find(x => x.id === possessor!.id);
  return p ? { kind: 'person', id: p.id, label: p.name } : undefined;
}


/** Does the title stand right before the name, as its own ("Kremlin spokesman Dmitry Peskov", "the spokesman, Peskov")? */
function titleBefore(norm: string, r: Span, m: Span): boolean {
  return r.end <= m.start && m.start - r.end <= 3 && /^[\s,]*$/.test(norm.slice(r.end, m.start));
}

/** After a speaker's label: "Peskov (Kremlin spokesman): ", "Lavrov, on the sanctions: ". */
// ("Biden on Memorial Day: "…"": the occasion may stand between the name and the colon.)
// ("Dmitry Peskov, Kremlin spokesman, in St. Petersburg:": an abbreviation's stop is no sentence's end.)
const LABEL_AFTER = /^\s*(?:,(?:[^:"“”‘’«.]|(?<=\bSt)\.){0,50}|\s(?:on|at|in|during)\s(?:[^:"“”‘’«.,]|(?<=\bSt)\.){1,40})?\s*(?:\([^)]{0,60}\))?\s*:\s*(?:[^"“”«:]{0,80})$/;
/** Before it, nothing but a number, a time, "more from" (once an earlier sentence is cut off) or a verse's "and". */
const LABEL_LEAD = /^[\s\u2029]*(?:\d+\/\d*|\d+[.)]|\d{1,2}[:.]\d{2})?[\s\u2029]*(?:(?:more|also|and|then|next|now)\s+from\s+|(?:and|then)\s+)?$/i;

/** After a name in the possessive, a word for a speech: "'s speech", "'s remarks at". */
const SPEECH_OWNED = /^['’]s?\s+(?:(?:own|latest|first|televised|keynote)\s+)?(?:speech|remarks|address|interview|statement|comments)\b/i;

/** "The Kremlin's own statement said": what speaks for the owner of the possessive. */
const SPEAKS_THROUGH = /^'s?\s+(?:own\s+|official\s+|latest\s+|written\s+|formal\s+)?(?:statement|readout|press\s+release|release|communiqu[eé]|announcement|website)\b/i;
/** A name that opens a coordinate clause: "…, and Putin", "; Lavrov". */
const CLAUSE_SUBJECT = /(?:;|,\s*(?:and|but|while|whereas))\s+(?:(?:Mr|Ms|Mrs|President)\.?\s+)?$/i;

/** Before a possessive that opens its sentence: nothing but markup and an honorific. */
const OPENING_OWNER = /^[^A-Za-z]*(?:(?:Mr|Mrs|Ms|President)\.?\s+)?$/;

/** After a possessive, the owned noun and a relative clause reaching the pronoun: "'s speech at the forum, in which ". */
const RELATIVE_TO_OWNER = /^'s?\s+[^;:!?"“”]{1,120}?[\s,]+(?:(?:in|during|at|with)\s+which|where|when)\s+$/;

/** "quoting him: ", "quoting Lavrov, ", "quoted Putin's spokesman, Dmitry Peskov: ": the one quoted, right before the quotation. */
// (Not "is quoted as saying": the one quoted is the verb's subject.)
// ("he cited Kremlin spokesman Dmitry Peskov: "…"": or citing.)
const QUOTING = /\b(?:quot(?:ing|ed|es)|cit(?:ing|ed|es))\s+(?!as\s)([^"“”«:;,]{1,40}?(?:,\s*[^"“”«:;,]{1,30}?)?)\s*[:,]?\s*$/i;

/** A recording of someone, before the name: "played a clip of ", "a soundbite from ". */
const CLIP_OF = /\b(?:clip|recording|soundbite|sound\s+bite|excerpt|video|tape)\s+(?:of|from)\s+$/i;

/** A list's opening and items before a name: "includes electoral interference, cyberattacks, ". */
const LISTED_AFTER = /\b(?:includes?|included|including|such\s+as)\s[^.;:!?"“”]{0,90},\s*$/i;

/** A verb whose object a name right after it is: "had called ", "met with ". */
const OBJECT_OF_VERB = /\b(?:called|calls|calling|considered|considers|consider|raise|raised|raises|discuss|discussed|mention|mentioned|meet|met|meets|told|tells|urged|warned|asked|invited|thanked|greeted|phoned|rang|accused|critici[sz]ed|branded|labell?ed|praised|congratulated|visited|hosted|pressed|challenged)\s+(?:with\s+)?$/i;

/** A possessive, a word for what was said, and a colon before the pronoun: "'s own verdict of the season …: the …, ". */
/** Words for what someone said, after their name in the possessive: "'s verdict", "'s vow". */
const SAID_NOUN = String.raw`(?:verdict|remarks?|comments?|line|words|view|assessment|statement|reply|response|answer|warning|vow|pledge|promise|message|counter|retort|rejoinder)`;
const SAID_OWNED = String.raw`^'s?\s+(?:[\w-]+\s+){0,4}?${SAID_NOUN}\b[^"“”;:]{0,100}:`;
const VERDICT_OWNER = new RegExp(`${SAID_OWNED}\\s[^"“”;:]{0,60}$`);

/** The same label, then the quotation it gives: "'s line after one of their calls: "". */
// (A few words of the draft's may lead into it: "Putin's counter at the forum, on a Friday: relations are "…"".)
const QUOTE_OWNER_LABEL = new RegExp(`${SAID_OWNED}\\s*(?:[^"“”.;:!?]{1,40}\\s)?["“]`);
/** After a possessive: "'s phrase, to ", "'s own words, ": the words the quotation then gives are that person's. */
const IN_WORDS_BEFORE = /^'s?\s+(?:own\s+)?(?:words|phrase|phrasing|description|formulation|term)\b[^"“”.;:!?]{0,40}$/;
/** A writer's beat: "I'm on ", "I'll take ", "we're covering ". */
const BEAT_TAKEN = /\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:on|covering|taking|doing|handling)\s+(?:(?:Mr|Mrs|Ms|President)\.?\s+)?$|\b(?:I|we)['’]ll\s+(?:take|cover|do|handle)\s+(?:(?:Mr|Mrs|Ms|President)\.?\s+)?$/i;
// ("And Putin's own line, from the climate summit in April, was "…"": or a copula after the word, before the quotation.)
const QUOTE_OWNER_COPULA = new RegExp(String.raw`^'s?\s+(?:[\w-]+\s+){0,4}?${SAID_NOUN}\b[^"“”;:]{0,100}?\s(?:was|were|is|are|remains|reads?)\s*:?\s*["“]`);

/** A possessive's word for what was said, its quotation right after, and on to the pronoun: "'s vow on human rights, "…", and recalls that ". */
// ("Peskov's best line was "…", though he insisted …": or a copula before it.)
// ("Peskov's warning against "excessive expectations", and why he still says …": or the quotation as the noun's object.)
// ("Putin's own comments come from the 25th St. Petersburg … Forum: relations were "…", he said": a phrase with an
// abbreviation's stop, and a few words after the colon.)
const QUOTED_THEN_PRONOUN = new RegExp(String.raw`^'s?\s+(?:[\w-]+\s+){0,3}?${SAID_NOUN}\b(?:[^"“”;:.]|\.(?=\s[A-Z])){0,80}(?:[,:](?:[^"“”;:.]{0,40}\s)?|\s(?:was|is)|\s(?:against|about|of|on|that))\s*["“][^"“”]{1,300}["”][^"“”;.]{0,80}$`);

/** A possessive's label of two or three words, then the pronoun: "'s own forecast: ". */
const OWNER_LABEL = /^'s?\s+(?:[a-z-]+\s+){0,2}[a-z-]+:\s+$/;

/**
 * "he and Biden, he says, need to …": a name joined to the pronoun itself by "and" is someone else than the one
 * the pronoun stands for, so it is no candidate for it.
 */
function pairedWith(norm: string, m: Span, pronoun: 'he' | 'she'): boolean {
  // (A look at the characters around the name first: this runs for every name a pronoun's search passes.)
  const before = norm.charCodeAt(m.start - 2), after = norm.charCodeAt(m.end + 1);
  if (before === 0x64 /* d */ && PAIRED_BEFORE[pronoun].test(norm.slice(Math.max(0, m.start - 8), m.start))) return true;
  return after === 0x61 /* a */ && PAIRED_AFTER[pronoun].test(norm.slice(m.end, m.end + 9));
}
const PAIRED_BEFORE = { he: /\bhe\s+and\s+$/i, she: /\bshe\s+and\s+$/i };
const PAIRED_AFTER = { he: /^\s+and\s+he\b/i, she: /^\s+and\s+she\b/i };

/** The sentence opens with a title that fits more than one person of the kind sought ("The President …"). */
function ambiguousOpening(analysis: Analysis, s: Sentence, ok: (m: Mention) => boolean): boolean {
  const fitting = openingHolders(analysis, s, ok);
  return !!fitting && fitting.length > 1;
}

/** The people who fit a title opening the sentence (its subject), or undefined when no title opens it. */
function openingHolders(analysis: Analysis, s: Sentence, ok: (m: Mention) => boolean): Person[] | undefined {
  const r = s.roles[0];
  if (!r || r.start - s.start > 80) return undefined;
  // (Or the title opens the sentence's main clause after a fronted phrase: "After one of their calls, the President …".)
  // (After a transcript's speaker label too: "Q10 Mrs Lindqvist (Member): The President's own language …".)
  const before = analysis.norm.slice(s.start, r.start).replace(SPEAKER_LABEL, '');
  // (After a conjunction, and with a demonstrative for the article: "But this President also knows …".)
  // (Or a possessive: "His spokesman went further: "…" But he added …", "Her own president had been blunter." leave whose
  // spokesman or president to the reader.)
  if (/[\p{L}\p{N}]/u.test(before.replace(/^[^\p{L}]*(?:(?:but|and|yet|so)\s+)?(?:the|this|that|our|his|her|their|its)(?:\s+own)?\b/iu, '')) && !FRONTED_PHRASE.test(before)) return undefined;
  return currentHolders(analysis.base, r).filter(p => ok({ start: r.start, end: r.end, kind: 'person', id: p.id, text: r.text, venue: false }));
}

const BARE_PRESIDENT_OWNS = /^[^\p{L}]*the\s+president['’]s?\s/iu;
const SPEAKER_LABEL = /^[^\p{L}]*[\p{L}\d .'’()-]{1,40}:[^\p{L}]*/u;

/** A phrase set before a sentence's subject, by a comma or not: "After one of their calls, the ", "On Memorial Day the ". */
const FRONTED_PHRASE = /^[^\p{L}]*(?:after|before|during|in|on|at|when|earlier|later|then|speaking)\b[^,;:"“”]{0,60},?\s*(?:the\s+)?$/iu;

/** A name joined to another by a dash before a noun ("the Blinken–Lavrov meeting", "Putin-Trump summit"). */
function inNameCompound(norm: string, m: Span): boolean {
  // (Characters tested one by one: this runs for every name a pronoun's search passes.)
  const after = norm.charCodeAt(m.end), before = m.start > 0 ? norm.charCodeAt(m.start - 1) : 0;
  if ((after === DASH || after === EN_DASH) && /\p{Lu}/u.test(norm.charAt(m.end + 1))) return true;
  return (before === DASH || before === EN_DASH) && m.start > 1 && /\p{L}/u.test(norm.charAt(m.start - 2));
}
const DASH = 0x2d, EN_DASH = 0x2013;

/**
 * "10. Which words did Lavrov use about Biden's answer to the reporter?" … "10. He called them "…"": a pronoun opening a
 * numbered answer is the first fitting person its question names, the line of the same number that ends with "?" (looked
 * for in the 4,000 characters before).
 */
function numberedQuestionSubject(analysis: Analysis, s: Sentence, at: number, fits: (m: Mention) => boolean): Speaker | undefined {
  const { norm, doc, base } = analysis;
  // (The list's numbers are blanked in the prose: read in the document, at the same offsets.)
  const label = at - s.start <= 4 && /^[\s*_]*$/.test(norm.slice(s.start, at)) ? ANSWER_NUMBER.exec(doc.slice(Math.max(0, s.start - 10), s.start)) : null;
  if (!label) return undefined;
  const back = doc.slice(Math.max(0, s.start - 4000), s.start);
  let found: RegExpExecArray | null = null;
  for (const m of back.matchAll(new RegExp(`(?:^|\\n)[\\s*_>-]*${label[1]}[.)][^\\n?]{4,200}\\?`, 'g'))) found = m;
  if (!found) return undefined;
  const qStart = s.start - back.length + found.index!, qEnd = qStart + found[0].length;
  const q = sentencesIn(analysis, qEnd - 1, qEnd - 1)[0];
  const m = q?.mentions.find(x => x.start >= qStart && x.end <= qEnd && fits(x) && !possessive(norm, x));
  const p = m && base.people.find(x => x.id === m.id);
  return p ? { kind: 'person', id: p.id, label: p.name } : undefined;
}
/** A numbered answer's label before its first word: "10. ", "**4.** ". */
const ANSWER_NUMBER = /(?:^|\n)[ \t>*_-]*(\d{1,3})[.)][ \t*_]*$/;

/** The opening of a phrase set off by commas after a subject: ", after an earlier …", ", speaking in …". */
const SET_OFF_PHRASE = /\p{L},\s*(?:after|before|during|following|in|at|on|with|speaking|asked|when|since|unlike)\b[^,;"“”]*$/iu;

/** The one person of the base who holds a role phrase now, if exactly one does. */
/** Who holds a title now: "the US president" says nothing of a former one, unless it says "former" itself. */
function currentHolders(base: FactBase, r: RolePhrase): Person[] {
  const holders = holdersOf(base, r);
  if (r.past) return holders;
  const now = holders.filter(p => p.roles.some(x => x.period === undefined && !/^former\b/i.test(x.title) && roleFits(r, x.title, x.of, base)));
  return now.length ? now : holders;
}

function soleHolder(analysis: Analysis, r: RolePhrase): string | undefined {
  const holders = currentHolders(analysis.base, r);
  return holders.length === 1 ? holders[0].id : undefined;
}

export function isPronoun(text: string): boolean {
  return PRONOUN.test(text);
}

export type { FactBase };
