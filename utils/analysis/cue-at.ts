import type { RawAttribution } from './attribution';
import { clauseFinal, endsClause, isSomeone, ownSubject, wholeSubject } from './cue-clauses';
import {
  anonymityReason,
  captionFollows,
  courtHeard,
  abstractObject,
  addsThing,
  clauseFollows,
  contentFollows,
  findingFollows,
  ingNoun,
  objectRelative,
  quoteFollows,
  rebuts,
  reportsResults,
  requestFor,
  scheduled,
  thingExplains,
  toFollows,
  toldStory,
  wroteWork,
} from './cue-checks';
import { idiomNotCue } from './cue-idioms';
import { phraseCue } from './cue-phrases';
import { documentBefore, phraseText, plainSubject, pluralBeforePhrase } from './cue-subjects';
import { REPORTING_VERBS, STANCES } from './lexicon';
import { low } from './names';
import type { Person } from './people';
import { sourceStartingAt } from './source-after';
import { hasPunctAfter, isSourceNoun, sourceEndingAt } from './sources';
import type { Token } from './tokens';

/** Verbs of thinking and feeling: a source only when their subject is someone. */
const COGNITIVE = new Set([
  ...'bet bets betting believe believes believed think thinks thought fear fears feared worry worries worried expect expects expected hope hopes hoped forecast forecasts suspect suspects suspected doubt doubts doubted'.split(
    ' ',
  ),
  ...STANCES,
]);
/** What a thing is done "according to": a procedure, not a source. */
const MANNER =
  /^(?:instructions|protocols?|procedures?|recipe|directions|guidelines|specifications|manual)$/;
const ALWAYS_VERB = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'according']);
/** Plain speech verbs: whoever is their subject is the source ("indigenous elders say"). */
const SPEECH = new Set(
  'say says said tell tells told add adds added ask asks asked write writes wrote state states stated explain explains explained describe describes described reject rejects rejected dismiss dismisses dismissed question questions questioned rule rules ruled'.split(
    ' ',
  ),
);

/**
 * Reporting verbs in forms English never uses as nouns: when the tagger calls one a noun
 * ("analysts at the bank expect", "the report describes") it is wrong.
 */
const NEVER_NOUN = new Set(
  `say says tell tells add adds explain explains insist insists argue argues warn warns
  acknowledge acknowledges admit admits confirm confirms deny denies write writes wrote predict
  predicts accuse accuses condemn condemns urge urges allege alleges concede concedes agree agrees
  suggest suggests contend contends assert asserts maintain maintains reveal reveals disclose
  discloses indicate indicates describe describes criticise criticises criticize criticizes
  complain complains emphasise emphasises emphasize emphasizes observe observes testify testifies
  believe believes think thinks expect expects conclude concludes reiterate reiterates recount
  recounts wonder wonders assure assures thought told said`.split(/\s+/),
);

/** Verbs that report only with a person as subject ("he defended his decision"). */
const PERSON_ONLY = new Set(['defend', 'defends', 'defended', 'defending', 'spoke']);
/** Modal or plan before the verb: the speaking has not happened ("will announce"). */
const NOT_YET = new Set([
  'will',
  'would',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
  'can',
  "'ll",
  '’ll',
]);
const PASSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be']);

/**
 * The reporting cue at token `i`, if the word there reports words in this sentence, and
 * the source it names (unresolved).
 */
export function cueAt(
  tokens: Token[],
  i: number,
  from: number,
  personAt: Map<number, Person>,
): RawAttribution | null {
  const t = tokens[i] as Token;
  const w = low(t);
  const sentence = t.sentence;
  const next = tokens[i + 1];
  if (w === 'according' && next && low(next) === 'to') {
    // "ran according to plan", "prepared according to the manufacturer's instructions": the
    // way something was done, nobody's words.
    if (/^(?:plan|schedule|script|form|expectations?)$/.test(low(tokens[i + 2] ?? next)))
      return null;
    const manner = tokens
      .slice(i + 2, i + 6)
      .find((x) => x.sentence === sentence && MANNER.test(low(x)));
    // Only after the verb it describes: "According to the guidelines, doctors must …" cites them.
    const prevTok = tokens[i - 1];
    const afterVerb = !!prevTok && prevTok.sentence === sentence && !hasPunctAfter(prevTok);
    if (manner && afterVerb && !tokens.slice(i + 2, tokens.indexOf(manner)).some(hasPunctAfter))
      return null;
    const source = sourceStartingAt(tokens, i + 2, personAt, sentence, true);
    return { cue: 'according to', source, at: t.start };
  }
  const phrase = phraseCue(tokens, i, personAt);
  if (phrase) return phrase;
  if (!REPORTING_VERBS.has(w)) return null;
  // "a think tank", "a think piece": a reporting word that is the first half of a noun.
  if (next && next.sentence === sentence && /^(?:tanks?|pieces?)$/.test(low(next))) return null;
  const prev = tokens[i - 1];
  const prevWord = prev && prev.sentence === sentence ? low(prev) : '';
  // Capitalised in mid-sentence, it is part of a name ("the charity Believe in Tomorrow").
  if (
    /^\p{Lu}/u.test(t.text) &&
    prevWord &&
    !/[“"‘:—–(]\s*$/.test(prev?.post ?? '') &&
    !/^[“"‘(]/.test(t.pre)
  )
    return null;
  // A modal is never cut from its verb by punctuation: '… in May," said Nora' is the month.
  const modal = NOT_YET.has(prevWord) && !/[,;:"“”'’)]/.test(prev?.post ?? '');
  // "will probably recommend", "would often describe": a modal, an adverb, the verb. Not a
  // past told ahead ("would later tell investigators").
  const beforeAdverb = tokens[i - 2];
  const modalAdverb =
    !!prev?.tags.has('Adverb') &&
    !/^(?:later|subsequently|eventually|afterwards|then)$/.test(prevWord) &&
    beforeAdverb?.sentence === sentence &&
    NOT_YET.has(low(beforeAdverb)) &&
    !/[,;:"“”'’)]/.test(beforeAdverb.post + prev.post);
  // "would say only that", "would only say": what the speaker did say, in the past.
  const saidOnly =
    w === 'say' && (low(next ?? t) === 'only' || (prevWord === 'only' && modalAdverb));
  if (
    ((modal || modalAdverb) && !saidOnly) ||
    (prevWord === 'to' &&
      /^(?:plans?|going|set|due|wants?|refused|declined|expected|have|has|had|need|needs|must)$/.test(
        low(tokens[i - 2] ?? t),
      ))
  )
    return null;
  // "did not respond", "never said": nothing was reported.
  for (let j = i - 1; j >= Math.max(from, i - 3); j--) {
    // '"… and we don't," said X': a quotation's last word is not the verb's.
    if (/[,;:.!?"“”’)]/.test((tokens[j] as Token).post)) break;
    const w2 = low(tokens[j] as Token);
    if (/^(?:not|never)$|n['’]t$/.test(w2)) return null;
    if (!(tokens[j] as Token).tags.has('Adverb')) break;
  }
  // "is said to", "was often described as": an auxiliary, maybe an adverb, a participle.
  const passive =
    /ed$|^(?:said|told|thought|written|shown|found|known|put|forecast)$/.test(w) &&
    (PASSIVE.has(prevWord) ||
      (!!prev?.tags.has('Adverb') &&
        prev.sentence === sentence &&
        PASSIVE.has(low(tokens[i - 2] ?? prev))));
  // "Witnesses were asked to come forward", "She was told to leave": a request, not words;
  // "Participants were asked whether they smoked": a question put to them.
  if (passive && /^(?:asked|told|urged|advised)$/.test(w) && low(next ?? t) === 'to') return null;
  if (passive && w === 'asked' && /^(?:whether|if|about|how|what|why|when)$/.test(low(next ?? t)))
    return null;
  // "recalled 310,000 vehicles", "recalled its ambassador": a product or an envoy called back.
  if (
    /^recall(?:s|ed)?$/.test(w) &&
    !!next &&
    (next.tags.has('Value') ||
      (/^(?:its|their|the)$/.test(low(next)) &&
        /^(?:ambassadors?|envoys?|products?|vehicles|cars|models|units|batches)$/.test(
          low(tokens[i + 2] ?? next),
        )))
  )
    return null;
  // "spoke for 71 minutes", "spoke at the rally": how long or where, not what.
  if (
    /^(?:speak|speaks|spoke|spoken|speaking)$/.test(w) &&
    /^(?:for|at|during|in)$/.test(low(next ?? t))
  )
    return null;
  // Set phrases and frames in which a reporting word reports nothing (cue-idioms.ts).
  if (idiomNotCue(tokens, i, from)) return null;
  // "under league rules": the noun.
  if (/^rules?$/.test(w) && tokens.slice(Math.max(from, i - 3), i).some((x) => low(x) === 'under'))
    return null;
  // "had hoped for sunshine", "believe in miracles", "feared for her life": a wish, a faith
  // or a worry with no claim in it.
  if (COGNITIVE.has(w) && /^(?:for|in)$/.test(low(next ?? t))) return null;
  // "Please suggest …": an imperative asks the reader.
  if (prevWord === 'please') return null;
  // A past form after a noun is a verb ("the agency warned"), unless "by" makes it a
  // reduced passive ("the attack claimed by the group"); after a determiner it is not.
  const pastForm =
    /ed$/.test(w) &&
    !!prev &&
    !prev.tags.has('Determiner') &&
    !prev.tags.has('Possessive') &&
    low(next ?? t) !== 'by';
  // "…, saying drivers' pay has fallen": after a comma a word in -ing is the participle,
  // whatever the tagger calls it.
  // Words of speech only: not a motive ("Residents fled, fearing more floods"), nor an
  // order ("…, telling them to leave").
  const participle =
    /ing$/.test(w) &&
    /,\s*$/.test(prev?.post ?? '') &&
    /^(?:say|argu|insist|claim|not|stress|explain|acknowledg|admitt|deny|deni|warn)ing$/.test(w);
  // "Brenda Oyelaran, who manages $3 billion at Kestrel Advisors, calls the stock …": a verb
  // after an aside that follows a person, whatever the tagger calls it.
  const afterAside =
    /s$/.test(w) &&
    /,\s*$/.test(prev?.post ?? '') &&
    sourceEndingAt(tokens, i - 1, personAt, sentence)?.kind === 'person';
  // "Oyarzabal forecast peak sales": right after a person's name, unless that name is itself
  // a modifier ("the Hutton report").
  const named = personAt.get(i - 1);
  let nameStart = i - 1;
  while (nameStart > 0 && personAt.get(nameStart - 1) === named) nameStart--;
  const afterName =
    !!named &&
    /^\s+$/.test(prev?.post ?? '') &&
    !tokens[nameStart - 1]?.tags.has('Determiner') &&
    !/^(?:report|review|inquiry|plan|rule|doctrine|era|years|case|effect|show|family)$/.test(w);
  // "The firm forecasts national values will finish higher": a singular source, then the
  // verb in -s, then a clause with a modal.
  const sourceThenClause =
    /s$/.test(w) &&
    !!prev &&
    isSourceNoun(prev) &&
    !prev.tags.has('Plural') &&
    tokens
      .slice(i + 2, i + 8)
      .some((x) => x.sentence === sentence && /^(?:will|would|could|may|might)$/i.test(x.text));
  const nounUse =
    !t.tags.has('Verb') &&
    !participle &&
    !afterAside &&
    !afterName &&
    !sourceThenClause &&
    !ALWAYS_VERB.has(w) &&
    !passive &&
    !STANCES.has(w) &&
    !(NEVER_NOUN.has(w) && !prev?.tags.has('Determiner')) &&
    // "had forecast growth": after a perfect auxiliary the word is a verb.
    !/^(?:has|have|had)$/.test(prevWord) &&
    !pastForm;
  // "Tunisians worry that …": a noun-looking word used as a verb before "that"; "…, figures
  // published by the agency show.": one that closes the clause after a noun.
  if (
    nounUse &&
    !(
      next &&
      low(next) === 'that' &&
      prev &&
      // "Tunisians worry that", "…, Lidia Oancea, reports that": a subject, then the verb.
      (prev.tags.has('Plural') ||
        personAt.has(i - 1) ||
        pluralBeforePhrase(tokens, i) ||
        // "landslide deposits estimate that": a plural the tagger took for a verb.
        (prev.tags.has('PresentTense') && /^\p{Ll}+[^s']s$/u.test(prev.text)))
    ) &&
    // "which officials estimate is worth": a plural source and a plain verb form.
    !(prev?.tags.has('Plural') && isSourceNoun(prev) && !/s$/.test(w)) &&
    !(
      prev?.tags.has('Noun') &&
      !prev.tags.has('Pronoun') &&
      // "a firm that specialises in employment disputes": a compound noun after a
      // preposition, not a subject and its verb.
      !(
        tokens[i - 2]?.tags.has('Preposition') &&
        /^\p{Ll}/u.test(prev.text) &&
        !prev.tags.has('Plural')
      ) &&
      clauseFinal(tokens, i)
    )
  )
    return null;
  // "pointed out that"; "Several analysts pointed to large transfers": evidence someone
  // cites (checked below: only someone cites).
  const pointsTo = /^point(?:s|ed|ing)?$/.test(w) && low(next ?? t) === 'to';
  if (/^point(?:s|ed|ing)?$/.test(w) && low(next ?? t) !== 'out' && !pointsTo) return null;
  // "when it announces its decision on Thursday": a present-tense cue in a clause of time
  // or condition is a schedule, not something said.
  if (!/ed$|^(?:said|told|wrote|thought)$/.test(w) && scheduled(tokens, i)) return null;
  // "has agreed to buy a rival", "agreed on Tuesday to begin patrols": agreeing to do
  // something is an act, not words.
  if (
    /^agree/.test(w) &&
    (low(next ?? t) === 'to' ||
      // "have agreed a £4.6bn merger", "agreed not to seek rival offers": an act.
      /^(?:a|an|not)$/.test(low(next ?? t)) ||
      (!!next &&
        (next.tags.has('Preposition') || next.tags.has('Date') || next.tags.has('Adverb')) &&
        low(next) !== 'that' &&
        toFollows(tokens, i)))
  )
    return null;
  // "was advised by the firm", "advised the bank on the sale": a service; advice is
  // reported only with its content ("advised that …", "advised residents to leave").
  if (/^advis/.test(w) && !contentFollows(tokens, i) && !toFollows(tokens, i)) return null;
  // "has added a tasting menu": a thing added, not words ("added the plan was flawed" is).
  if (/^(?:add|adds|added)$/.test(w) && addsThing(tokens, i)) return null;
  // "said goodbye", "told the children a story": words with no claim in them.
  if (
    /^(?:say|says|said)$/.test(w) &&
    /^(?:goodbye|farewell|hello|grace|prayers?|mass|thanks)$/i.test(next?.text ?? '') &&
    // Not "said mass production would begin": "mass" describing a noun.
    !(
      /^mass$/i.test(next?.text ?? '') &&
      /^\p{Ll}/u.test(tokens[i + 2]?.text ?? '') &&
      !!tokens[i + 2]?.tags.has('Noun')
    )
  )
    return null;
  if (/^(?:tell|tells|told)$/.test(w) && toldStory(tokens, i)) return null;
  // "wrote three novels", "wrote the report": a work, not a claim.
  if (/^(?:write|writes|wrote|written)$/.test(w) && wroteWork(tokens, i)) return null;
  if (reportsResults(tokens, i) || thingExplains(tokens, i)) return null;
  // "issued an amber warning": a noun in -ing, not "…, warning that".
  if (/ing$/.test(w) && ingNoun(tokens, i)) return null;
  // "a court heard", "The High Court in London heard", "the jury was told": evidence in
  // court, not any hearing.
  if (w === 'heard' && !courtHeard(tokens, i)) return null;
  // "have signalled they may block": a signal with a clause, not "signalled a shift".
  if (/^signal/.test(w) && !/^(?:that|they|he|she|it|we|i)$/.test(low(next ?? t))) return null;
  // "promised new buses": a thing promised, not words; "promised that", "promised to" report.
  if (
    /^(?:promise|pledge|vow)/.test(w) &&
    !/^(?:that|to)$/.test(low(next ?? t)) &&
    !contentFollows(tokens, i)
  )
    return null;
  // "suggested meeting in Geneva", "had suggested a price cap": a proposal; "polls suggest
  // the race is close" reports what they show.
  if (/^suggest/.test(w) && low(next ?? t) !== 'that' && !clauseFollows(tokens, i)) return null;
  // "speculated that", "proposed that", "threatened that": only with the words reported.
  // "The rebels threatened to shell the city": a threat is stated (checked below: only someone
  // threatens in words; "the river threatened to burst its banks" does not).
  const threatTo =
    /^threaten/.test(w) &&
    low(next ?? t) === 'to' &&
    // Not inside a clause about a thing: "the arts centre, which the council has threatened
    // to sell".
    !tokens.slice(Math.max(from, i - 4), i).some((x) => /^(?:which|that)$/i.test(x.text));
  if (
    /^(?:propos|threaten|speculat|hint|theori[sz]|bet|calculat)/.test(w) &&
    !contentFollows(tokens, i) &&
    !threatTo
  )
    return null;
  // "called the bill “a disaster”" quotes a verdict; "a group called X" only names;
  // "called for an inquiry" is a demand (checked below: only someone demands).
  const demand = /^call(?:s|ed)?$/.test(w) && low(next ?? t) === 'for';
  if (/^call(?:s|ed)?$/.test(w) && !quoteFollows(tokens, i) && !demand) return null;
  const final = clauseFinal(tokens, i);
  // "The study found that …" or "…, the survey found." reports a finding; "police found
  // the car" does not.
  if (
    /^(?:find|finds|found|show|shows|showed|answer|answered)$/.test(w) &&
    low(next ?? t) !== 'that' &&
    !final &&
    // "found the same pattern in 14 of 20 towns", "found no evidence of": a finding.
    !(/^f/.test(w) && findingFollows(tokens, i))
  )
    return null;
  // "questioned the timing" doubts a claim; "questioned the suspect" interrogates someone.
  if (/^question(?:s|ed)?$/.test(w) && low(next ?? t) !== 'that' && !abstractObject(tokens, i))
    return null;
  // "rejected the allegations", "dismissed the claim as nonsense" answer a claim;
  // "rejected the offer" does not.
  if (/^(?:reject|rejects|rejected|dismiss|dismisses|dismissed)$/.test(w) && !rebuts(tokens, i))
    return null;
  // "posted on X that …" reports; "posted a video" does not, unless with its caption. So
  // with "ruled that". "…, the Court of Appeal ruled on Thursday." closes the clause it reports.
  // "shared a report that said …": the report speaks, not the one who shared it.
  const shared = /^share[sd]?$/.test(w);
  if (
    /^(?:post(?:s|ed)?|share[sd]?|rule[sd]?)$/.test(w) &&
    !(shared ? low(next ?? t) === 'that' || /:/.test(t.post) : contentFollows(tokens, i)) &&
    !(!/^rule/.test(w) && captionFollows(tokens, i)) &&
    !(/^rule/.test(w) && final)
  )
    return null;
  // "hailed the deal as a victory" judges; "hailed a taxi" does not.
  if (
    /^hail/.test(w) &&
    !quoteFollows(tokens, i) &&
    !tokens.slice(i + 1, i + 9).some((x) => x.sentence === sentence && low(x) === 'as')
  )
    return null;
  // "the lender added $612 million", "conceded twice": amounts, not words.
  if (
    /^(?:add|adds|added|concede|concedes|conceded)$/.test(w) &&
    next &&
    next.sentence === sentence &&
    (next.tags.has('Value') || /^[$€£¥₹]|^(?:twice|once|thrice|to)$/i.test(next.text))
  )
    return null;
  // "Asked whether …, she paused": the question put to someone opens the sentence; its
  // own cue, if any, comes later.
  if (w === 'asked' && (!prev || prev.sentence !== sentence)) return null;
  // "asked not to be identified", "asked for anonymity": a source's condition, no claim.
  if (
    /^ask(?:s|ed)?$/.test(w) &&
    /^(?:not (?:to|be)|to (?:remain|stay) anonymous|for anonymity)\b/.test(
      tokens
        .slice(i + 1, i + 4)
        .map((x) => low(x))
        .join(' '),
    )
  )
    return null;
  // "asked the Centre for ₹1,200 crore" is a request for something, not a statement.
  if (/^ask(?:s|ed)?$/.test(w) && requestFor(tokens, i)) return null;
  if (w === 'quoted' && next && low(next) === 'by') return null;
  // "the publication quoted him as saying": the object is the speaker.
  if (w === 'quoted' && next && /^(?:him|her|them)$/i.test(next.text)) {
    return { cue: t.text, source: { kind: 'pronoun', word: low(next) }, at: t.start };
  }
  // "…, ruling that the city had acted lawfully": a court's finding; "the ruling" is a noun.
  if (w === 'ruling' && low(next ?? t) !== 'that') return null;
  // "stopped short of declaring victory", "without saying why": nothing was said.
  if (/ing$/.test(w) && /^(?:of|from|without|instead)$/.test(prevWord)) return null;
  // "took office promising to build": a pledge to act, no words reported.
  if (/ing$/.test(w) && low(next ?? t) === 'to') return null;
  // "Investors are betting that", "officials are saying": a progressive is the main verb.
  const progressive = /ing$/.test(w) && /^(?:is|are|was|were|am|been|be)$/.test(prevWord);
  if (/ing$/.test(w) && w !== 'according' && !progressive) {
    // "X posted a message, saying …": the source is the clause's subject, not the object.
    for (let j = i - 1; j >= from; j--) {
      const p = personAt.get(j);
      if (p) return { cue: t.text, source: { kind: 'person', person: p }, at: t.start };
    }
    // "The teachers' union welcomed the agreement, saying …": the clause's subject.
    const subject = ownSubject(tokens, from, i, personAt);
    return subject ? { cue: t.text, source: subject, at: t.start } : null;
  }
  // Inverted order after a comma, a quotation or at the start: "…, said Jack Watling".
  // Inverted order after a comma, a quotation or at the start: "…, said Jack Watling"; not
  // for verbs that never invert ("…, called her work “meticulous”" names its object).
  const inverted =
    (!prev || prev.sentence !== sentence || /[,”"’]\s*$/.test(prev.post)) && !NO_INVERSION.test(w);
  let source =
    inverted && endsClause(tokens, i) ? sourceStartingAt(tokens, i + 1, personAt, sentence) : null;
  if (source?.kind === 'group' && /^(?:that|the|a|an)$/i.test(source.text)) source = null;
  // "…, Gordon Achebe, said in a statement": a phrase after a preposition is no subject.
  if (source?.kind === 'group' && next?.tags.has('Preposition')) source = null;
  // An object after the verb is never its speaker ("…, told him").
  if (source?.kind === 'pronoun' && /^(?:him|her|them|it)$/.test(source.word)) source = null;
  // "the evidence she cited, …, would not persuade": a cue inside a clause that describes
  // a noun reports nothing of the sentence's own claim.
  if (objectRelative(tokens, i)) return null;
  // "time to respond", "a chance to comment": nothing has been said yet.
  if (prevWord === 'to' && tokens[i - 2]?.tags.has('Noun') && !tokens[i - 2]?.tags.has('Pronoun'))
    return null;
  // Any noun is the source of a plain speech verb, of a verb with a "that" clause ("several
  // pundits suggested that"), and of a cue that closes the sentence ("…, the team reported").
  const anyNoun = SPEECH.has(w) || low(next ?? t) === 'that' || final;
  // The subject of a passive is what was said about, not who said it ("His condition
  // was described as stable"), except for "was quoted as saying", "was asked".
  const subjectSpeaks = !passive || w === 'quoted' || w === 'asked' || STANCES.has(w);
  // "She shared a report that said …", "an article that claimed …": a document the clause
  // describes is the source of what it says.
  const doc =
    !source && /^(?:that|which)$/.test(prevWord) && !hasPunctAfter(prev as Token)
      ? documentBefore(tokens, i - 1, sentence)
      : null;
  if (doc) {
    // "The union released a statement that accused …": its author speaks through it.
    const verb = tokens[doc.start - 1];
    const author = verb && AUTHORED.test(low(verb)) ? ownSubject(tokens, from, i, personAt) : null;
    source = author ?? { kind: 'group', text: doc.text, head: doc.head };
  }
  source ??=
    i > from && subjectSpeaks ? sourceEndingAt(tokens, i - 1, personAt, sentence, anyNoun) : null;
  if (final && source?.kind === 'group') source = wholeSubject(tokens, i, source);
  // "Experts … welcomed the study but urged caution": the subject of the first verb.
  if (!source && /^(?:and|but)$/.test(prevWord) && prev && !hasPunctAfter(prev)) {
    // Commas may set off an aside on the way ("named a lock, Tomos Pritchard, in his side
    // and admitted"); other punctuation ends the clause.
    for (let j = i - 2; j > from && i - j < 20; j--) {
      const v = tokens[j] as Token;
      if (hasPunctAfter(v) && !/^,\s*$/.test(v.post)) break;
      if (
        !v.tags.has('Verb') ||
        // "took over the pub and says": the particle belongs to the verb before it.
        v.tags.has('Particle') ||
        // "declined to comment …, but said": the infinitive is not the clause's verb.
        low(tokens[j - 1] ?? v) === 'to' ||
        v.tags.has('Adjective') ||
        v.tags.has('Gerund') ||
        /ing$/.test(v.text) ||
        (v.tags.has('Participle') && !v.tags.has('PastTense')) ||
        // "an uncapped lock": a participle after a determiner describes a noun.
        !!tokens[j - 1]?.tags.has('Determiner')
      )
        continue;
      source = sourceEndingAt(tokens, j - 1, personAt, sentence, true);
      break;
    }
  }
  // "concerned by the collapse": after a feeling, "by" names its cause, not a speaker.
  if (passive && !STANCES.has(w)) {
    // "has been described as heartbreaking by the conservation department".
    for (
      let j = i + 1;
      j < tokens.length && j <= i + 8 && (tokens[j] as Token).sentence === sentence;
      j++
    ) {
      if (low(tokens[j] as Token) !== 'by') continue;
      source = sourceStartingAt(tokens, j + 1, personAt, sentence) ?? source;
      break;
    }
  }
  if (source?.kind === 'group' && /\b(?:no|neither|none|nobody)\b/i.test(source.text)) return null;
  // "If confirmed, …": a conjunction is nobody.
  if (
    source?.kind === 'group' &&
    /^(?:if|when|unless|once|as|though|although|while|because|since|until|before|after|where|whether)$/i.test(
      source.text,
    )
  )
    return null;
  // "The ministry summoned the envoy to protest what it called …": "it" is the sentence's
  // own subject, not an earlier speaker.
  if (source?.kind === 'pronoun' && /^(?:it|they)$/.test(source.word))
    source = ownSubject(tokens, from, i, personAt) ?? source;
  // "who asked not to be named because he feared losing his job": why a source is unnamed.
  if (COGNITIVE.has(w) && anonymityReason(tokens, i)) return null;
  // "is expected to", "is believed": a hedge, not a source speaking.
  // "It expects the economy to grow 1.1 per cent": an institution, named before, forecasts.
  const forecastsIt =
    source?.kind === 'pronoun' && source.word === 'it' && /^(?:expects|forecasts)$/.test(w);
  if (COGNITIVE.has(w) && ((passive && !STANCES.has(w)) || (!isSomeone(source) && !forecastsIt)))
    return null;
  // "The plan calls for 300 homes": only someone demands; "the arrow pointed to the exit".
  if ((demand || pointsTo || threatTo) && !isSomeone(source)) return null;
  if (
    PERSON_ONLY.has(w) &&
    !(source?.kind === 'person' || (source?.kind === 'pronoun' && /^(?:he|she)$/.test(source.word)))
  )
    return null;
  // Without a source, only a verb right after a quotation reports ("…,” said on Tuesday).
  // "disclosed in a court filing", "announced in a statement": the document is the source.
  if (!source && /ed$/.test(w) && low(next ?? t) === 'in') {
    for (let j = i + 2; j < tokens.length && j <= i + 5; j++) {
      const d = tokens[j] as Token;
      if (d.sentence !== sentence) break;
      if (DOCUMENT.test(low(d))) {
        source = { kind: 'group', text: phraseText(tokens, i + 2, j), head: low(d) };
        break;
      }
      if (hasPunctAfter(d)) break;
    }
  }
  // A passive without an agent reports only in the impersonal form ("It is noted that …");
  // "His condition was described as stable" names a topic, not a source.
  // But "It has been suggested that …" gives a conjecture to nobody: weasel wording, a hedge
  // (hedge-weasel.ts), not a report.
  const impersonal =
    passive &&
    (low(next ?? t) === 'that' || /^it$/i.test(tokens[i - 2]?.text ?? '')) &&
    !CONJECTURED.test(w);
  // "A person at one of the firm's suppliers in Seoul said …": a plain "said" whose subject
  // the rules above cannot name still reports, and its subject is the phrase as written.
  if (!source && !passive && /^(?:said|says)$/.test(w)) source = plainSubject(tokens, from, i);
  // "A person at one of its suppliers in South Korea said": the place ends the subject but is
  // not the one speaking.
  if (
    source?.kind === 'group' &&
    /^(?:said|says)$/.test(w) &&
    ['Place', 'Country', 'City', 'Region'].some((x) => prev?.tags.has(x)) &&
    /^(?:in|at|from|near)$/i.test(tokens[i - 1 - source.text.split(' ').length]?.text ?? '')
  )
    source = plainSubject(tokens, from, i) ?? source;
  if (!source && !impersonal && !(prev && /[”"’]\s*$/.test(prev.post))) return null;
  // "Pull-down assays showed that …", "Arrowheads indicate …", "was confirmed by Western
  // blotting": a paper's own methods and the marks on its figures show its results; nobody
  // is quoted.
  const labMethod = (x: Token) => x.sentence === sentence && LAB_METHOD.test(low(x));
  if (
    (/^(?:show|shows|showed|shown|indicate|indicates|indicated|reveal|reveals|revealed)$/.test(w) &&
      tokens.slice(Math.max(from, i - 8), i).some(labMethod)) ||
    (passive && low(next ?? t) === 'by' && tokens.slice(i + 2, i + 5).some(labMethod))
  )
    return null;
  // "The absence of a phenotype in heterozygous animals indicates that …": a fact that
  // points somewhere, not the animals speaking.
  if (
    /^(?:suggest|suggests|suggested|indicate|indicates|indicated)$/.test(w) &&
    INFERENCE_GROUND.test(low(tokens[from] ?? t) === 'the' ? low(tokens[from + 1] ?? t) : '')
  )
    return null;
  return { cue: t.text, source, at: t.start };
}

/** Verbs whose agentless passive is a conjecture nobody owns: "It has been suggested that". */
const CONJECTURED =
  /^(?:suggested|proposed|argued|claimed|speculated|hypothesi[sz]ed|theori[sz]ed|posited|assumed|alleged|rumou?red)$/;

/** Facts a sentence infers from: "The absence of …", "The rising incidence of …". */
const INFERENCE_GROUND =
  /^(?:absence|presence|lack|loss|incidence|rising|rise|increase|decline|fall|drop|pattern|correlation|association|timing|distribution|persistence|shortage|surge|spike|jump|slump|shift)$/;

/** Laboratory methods and figure marks, the subjects of a paper's own findings. */
const LAB_METHOD =
  /^(?:assays?|staining|immunostaining|tracing|blots?|blotting|sequencing|microscopy|imaging|arrowheads?|arrows|asterisks?|knockdown|pull-down|immunoprecipitation|chromatography|electrophoresis)$/;

/** Verbs by which a subject puts out its own writing: "released a statement". */
const AUTHORED =
  /^(?:released?|releases|published?|publishes|issued?|issues|filed?|files|sent|sends?|wrote|writes|written|posted|posts|produced?|produces|put)$/;

/** Documents that carry what someone said. */
const DOCUMENT =
  /^(?:filing|filings|statement|report|letter|post|interview|memo|email|notice|submission|document|documents|transcript|affidavit|complaint|lawsuit|release)$/;

/** Verbs that never come before their subject ("…, said X" but not "…, called X"). */
const NO_INVERSION =
  /^(?:point(?:s|ed)?|call(?:s|ed)?|describe[sd]?|condemn(?:s|ed)?|praise[sd]?|blame[sd]?|critici[sz]e[sd]?|accuse[sd]?|urge[sd]?|defend(?:s|ed)?|cite[sd]?|quote[sd]?|dismiss(?:es|ed)?|reject(?:s|ed)?|question(?:s|ed)?|discuss(?:es|ed)?|tell|tells|told|show(?:s|ed)?|f(?:i|ou)nds?|post(?:s|ed)?|thinks?|thought|believe[sd]?|fear(?:s|ed)?|hope[sd]?|expect(?:s|ed)?|rule[sd]?)$/;
