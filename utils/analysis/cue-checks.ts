/**
 * What surrounds a reporting verb and decides whether it reports words: the object after
 * it ("rejected the allegations" vs "rejected the offer", "told the children a story"),
 * a clause of time before it ("when it announces"), content that follows ("posted that").
 */
import { ROLE_NOUNS } from './lexicon';
import { low } from './names';
import { hasPunctAfter, isSourceNoun } from './sources';
import type { Token } from './tokens';

/** Nouns for people, who are questioned in the other sense. */
const HUMAN =
  /^(?:suspects?|m[ae]n|wom[ae]n|people|persons?|drivers?|passengers?|witness(?:es)?|staff|detainees?|boys?|girls?|teenagers?|residents?|officials?|officers?|him|her|them|us|me)$/;

/** "questioned the timing", "questioned whether": the object is not a person. */
export function abstractObject(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return false;
    if (/^(?:whether|why|how|if)$/.test(low(x))) return true;
    if (x.tags.has('Determiner') || x.tags.has('Adjective') || x.tags.has('Possessive')) continue;
    return (
      x.tags.has('Noun') &&
      !x.tags.has('Person') &&
      !x.tags.has('ProperNoun') &&
      !HUMAN.test(low(x)) &&
      !ROLE_NOUNS.has(low(x).replace(/s$/, ''))
    );
  }
  return false;
}

/**
 * "the evidence she cited, …": a pronoun subject right after a noun, and the verb ends the
 * clause (punctuation or the main verb follows).
 */
export function objectRelative(tokens: Token[], i: number): boolean {
  // "Itching, which patients often describe as the worst part, eased": the cue is inside a
  // relative clause about a noun, set off by commas.
  if (relativeAside(tokens, i)) return true;
  const subj = tokens[i - 1];
  const noun = tokens[i - 2];
  const after = tokens[i + 1];
  if (!subj || !noun || !/^(?:he|she|they|we|i|you)$/i.test(subj.text)) return false;
  if (hasPunctAfter(noun) || hasPunctAfter(subj) || noun.sentence !== subj.sentence) return false;
  if (!noun.tags.has('Noun') || noun.tags.has('Pronoun') || noun.tags.has('Date')) return false;
  if (/^(?:then|now|today|yesterday|tonight|later|once)$/i.test(noun.text)) return false;
  const t = tokens[i] as Token;
  return (
    hasPunctAfter(t) ||
    (!!after &&
      after.sentence === t.sentence &&
      /^(?:is|are|was|were|would|will|could|should|might|may|has|have|had|did|does|do)$/i.test(
        after.text,
      ))
  );
}

/** Claims one can reject or dismiss in words. */
const CLAIM_NOUNS =
  /^(?:charges?|claims?|allegations?|accusations?|criticisms?|suggestions?|reports?|idea|notion|assertions?|characteri[sz]ation|description|account|premise|comparisons?|speculation|rumou?rs?|findings?|conclusions?|concerns?|fears?|warnings?|calls?)$/;

/** "rejected the allegations", "dismissed the warnings as scaremongering". */
export function rebuts(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 7; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return false;
    // "rejected 40 percent of claims": a count of cases, not a claim answered.
    if (low(x) === 'of') return false;
    if (CLAIM_NOUNS.test(low(x)) || (low(x) === 'as' && j > i + 1)) return true;
    if (hasPunctAfter(x)) return false;
  }
  return false;
}

/**
 * A clause follows the verb, "that" left out: a finite verb within a few words before any
 * punctuation ("suggest the two parties are level"), not a bare noun phrase ("suggested a
 * price cap") or an -ing form ("suggested meeting in Geneva").
 */
export function clauseFollows(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 2; j < tokens.length && j <= i + 7; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence || hasPunctAfter(tokens[j - 1] as Token)) return false;
    if (
      /^(?:is|are|was|were|has|have|had|will|would|could|may|might|can|should|must)$/.test(low(x))
    )
      return true;
    if (x.tags.has('PastTense') && !x.tags.has('Participle')) return true;
  }
  return false;
}

/** Words follow the verb: "that", a quotation or a colon within a few words. */
export function contentFollows(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  if (/:/.test((tokens[i] as Token).post)) return true;
  for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return false;
    if (low(x) === 'that' || /[“"‘]/.test(x.pre)) return true;
    if (/:/.test(x.post)) return true;
  }
  return false;
}

/**
 * A post's words come after its caption: "posted a photo of the pair on Instagram with the
 * message: “End of an era.”", "shared a video …, captioned simply “home sweet home”".
 */
export function captionFollows(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 18; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return false;
    if (!/^(?:caption|captioned|message|words|comment)$/.test(low(x))) continue;
    if (/:/.test(x.post)) return true;
    return tokens.slice(j + 1, j + 4).some((y) => y.sentence === sentence && /[“"‘]/.test(y.pre));
  }
  return false;
}

/** A clause of time or condition opens within four words before `i`: "when it announces". */
export function scheduled(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence || hasPunctAfter(x)) return false;
    if (/^(?:when|whenever|before|after|until|once|if|unless)$/.test(low(x))) return true;
  }
  return false;
}

/**
 * True if the verb's object, within `reach` words, is one of `nouns`: only words that can
 * open a noun phrase (determiners, numbers, adjectives, possessives, "no", "same") may come
 * before it.
 */
function objectIs(tokens: Token[], i: number, nouns: RegExp, reach: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + reach; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return false;
    if (nouns.test(low(x))) return true;
    const opensPhrase =
      x.tags.has('Determiner') ||
      x.tags.has('Value') ||
      x.tags.has('Adjective') ||
      x.tags.has('Possessive') ||
      /^(?:no|little|any|some|same)$/.test(low(x));
    if (hasPunctAfter(x) || !opensPhrase) return false;
  }
  return false;
}

/** "wrote three novels", "wrote the report": the object is a work. */
export const wroteWork = (tokens: Token[], i: number): boolean =>
  objectIs(
    tokens,
    i,
    /^(?:novels?|books?|songs?|poems?|plays?|scripts?|screenplays?|music|symphon\w+|operas?|articles?|columns?|essays?|biograph\w+|memoirs?|code|software|histor(?:y|ies)|reports?|thes[ie]s|dissertations?|lyrics)$/,
    3,
  );

/** "told the children a story", "tells the story of": a tale, not a claim. */
export function toldStory(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence || low(x) === 'that' || /[“"‘]/.test(x.pre)) return false;
    if (/^(?:story|stories|tale|tales|joke|jokes|lies|fortunes?|time)$/.test(low(x))) return true;
    if (hasPunctAfter(x)) return false;
  }
  return false;
}

/** "asked the Centre for money": a request for a thing. */
export function requestFor(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence || (x.tags.has('Verb') && !x.tags.has('Noun'))) return false;
    if (low(x) === 'for') return true;
    if (hasPunctAfter(x) || /^(?:whether|if|why|how|what|about|to)$/.test(low(x))) return false;
  }
  return false;
}

/** A quotation opens within a few words after the verb. */
export function quoteFollows(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return false;
    if (/[“"‘]/.test(t.pre)) return true;
  }
  return false;
}

/** "advised residents to leave": an infinitive within a few words after the verb. */
export function toFollows(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return false;
    if (low(x) === 'to') return true;
    if (hasPunctAfter(x)) return false;
  }
  return false;
}

/**
 * "has added a tasting menu": a noun phrase follows the verb and no verb of its own, so
 * what was added is a thing; "added the plan was flawed" adds a clause.
 */
export function addsThing(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || hasPunctAfter(t) || /[“"‘]/.test(next.pre))
    return false;
  if (
    !(
      next.tags.has('Determiner') ||
      next.tags.has('Possessive') ||
      next.tags.has('Adjective') ||
      (next.tags.has('Noun') && !next.tags.has('Pronoun'))
    ) ||
    /^(?:that|this|it|there)$/.test(low(next))
  )
    return false;
  for (let j = i + 1; j < tokens.length && j <= i + 10; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== t.sentence) return true;
    if (low(x) === 'that' || /[“"‘]/.test(x.pre)) return false;
    if (
      x.tags.has('Verb') &&
      !x.tags.has('Noun') &&
      !x.tags.has('Adjective') &&
      !x.tags.has('Gerund') &&
      !x.tags.has('Infinitive') &&
      !/ing$/.test(low(x))
    )
      return false;
    if (hasPunctAfter(x)) return true;
  }
  return false;
}

/** "reports quarterly results on Oct. 28", "report earnings": a company's calendar, not words. */
export function reportsResults(tokens: Token[], i: number): boolean {
  if (!/^reports?$/.test(low(tokens[i] as Token))) return false;
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return false;
    const w = low(x);
    if (/^(?:results|earnings|figures)$/.test(w)) return true;
    if (
      !/^(?:its|their|quarterly|annual|full-year|half-year|interim|fiscal|financial|(?:first|second|third|fourth)-quarter)$/.test(
        w,
      )
    )
      return false;
  }
  return false;
}

/**
 * "issued an amber warning", "a severe weather warning": the noun, after its determiner and
 * describing words, not "…, warning that". Only with a "that" clause does it report words.
 */
export function ingNoun(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  if (low(tokens[i + 1] ?? (tokens[i] as Token)) === 'that') return false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence || hasPunctAfter(x)) return false;
    if (/^(?:a|an|the|this|that|its|their|his|her|our|another|any|no)$/.test(low(x))) return true;
    if (x.tags.has('Verb') || x.tags.has('Pronoun') || x.tags.has('Preposition')) return false;
  }
  return false;
}

/** "The discovery explains why the bridge cracked": a thing explains, nobody is quoted. */
export function thingExplains(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    /^explain(?:s|ed)?$/.test(low(t)) &&
    !!next &&
    /^(?:why|how)$/.test(low(next)) &&
    !!prev &&
    prev.sentence === t.sentence &&
    prev.tags.has('Noun') &&
    !prev.tags.has('Pronoun') &&
    !prev.tags.has('Person') &&
    !prev.tags.has('ProperNoun') &&
    !prev.tags.has('Organization') &&
    /^\p{Ll}/u.test(prev.text) &&
    !isSourceNoun(prev)
  );
}

/** "found the same pattern", "found no evidence of", "found a link between": a finding. */
export const findingFollows = (tokens: Token[], i: number): boolean =>
  objectIs(
    tokens,
    i,
    /^(?:evidence|patterns?|links?|signs?|correlations?|associations?|differences?|effects?|traces?|indications?)$/,
    4,
  );

/**
 * True when the cue at `i` follows ", which <subject>" (and maybe an adverb) and a comma
 * closes that clause later in the sentence: "Itching, which patients often describe as the
 * worst part of it, eased within days".
 */
function relativeAside(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i - 1; j >= 1 && i - j <= 4; j--) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence || (j < i - 1 && hasPunctAfter(x))) return false;
    if (x.text !== 'which') continue;
    if (!/,\s*$/.test((tokens[j - 1] as Token).post) || j === i - 1) return false;
    for (let k = i; k < tokens.length && k - i < 20; k++) {
      const y = tokens[k] as Token;
      if (y.sentence !== sentence) return false;
      if (/^,\s*$/.test(y.post)) return tokens[k + 1]?.sentence === sentence;
      if (hasPunctAfter(y)) return false;
    }
    return false;
  }
  return false;
}

/** True when token `i` sits in "declined to say how/what/whether …" (within ten words). */
export function withheldBefore(tokens: Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= Math.max(from + 2, i - 10); j--) {
    if (!/^(?:how|what|whether|when|which|who|why|if)$/i.test((tokens[j] as Token).text)) continue;
    const verb = low(tokens[j - 1] as Token);
    const to = low(tokens[j - 2] as Token);
    const refused = low(tokens[j - 3] ?? (tokens[j] as Token));
    return (
      /^(?:say|disclose|reveal|specify|confirm|discuss|estimate|predict|explain)$/.test(verb) &&
      ((to === 'to' && /^(?:declined|refused|declines|refuses|decline|refuse)$/.test(refused)) ||
        /^(?:not|n['’]t|never)$/.test(to) ||
        /n['’]t$/.test(to))
    );
  }
  return false;
}

/** True when token `i` sits in a sentence-opening "Asked whether/if/about …," clause. */
export function askedClause(tokens: Token[], i: number, from: number): boolean {
  const first = tokens[from];
  if (!first || !/^asked$/i.test(first.text)) return false;
  if (!/^(?:whether|if|about|how|what|why|when|who)$/i.test(tokens[from + 1]?.text ?? ''))
    return false;
  for (let j = from; j < i; j++) if (/,/.test((tokens[j] as Token).post)) return false;
  return true;
}

const COURT_WORD =
  /^(?:court|jury|jurors|tribunal|inquest|inquiry|hearing|committee|panel|magistrates)$/;

/** The hearer is a court or the like, right before "heard" or a place phrase before it. */
export function courtHeard(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || /[,;:]/.test(t.post)) return false;
    if (COURT_WORD.test(low(t))) return true;
    // Only "in London", "at Southwark" may come between.
    if (
      j === i - 1
        ? !/^\p{Lu}/u.test(t.text)
        : !/^(?:in|at)$/.test(low(t)) && !/^\p{Lu}/u.test(t.text)
    )
      return false;
  }
  return false;
}

/** "asked not to be named because they feared …": the clause giving a source's anonymity. */
export function anonymityReason(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  const words: string[] = [];
  for (let j = i - 1; j >= 0 && i - j <= 14 && (tokens[j] as Token).sentence === sentence; j--)
    words.unshift(low(tokens[j] as Token));
  return /\b(?:not to be (?:named|identified)|not be (?:named|identified|used)|anonymity)\b(?: \S+){0,3}$/.test(
    words.join(' '),
  );
}
