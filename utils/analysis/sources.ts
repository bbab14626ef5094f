import { ORG_WORDS, ROLE_NOUNS } from './lexicon';
import { low } from './names';
import type { Person } from './people';
import type { Token } from './tokens';

/** Who a reporting cue points to: a named person, or a source as written. */
export type Source =
  | { kind: 'person'; person: Person }
  | { kind: 'pronoun'; word: string }
  | {
      kind: 'group';
      text: string;
      /** The word that says who or what it is ("analysts" in "analysts at the bank"). */
      head?: string;
      /** "the Portuguese", "the 52-year-old": a way to refer again to someone just named. */
      epithet?: boolean;
    };

/** Nouns that can be a source of information even without a name. */
const SOURCE_NOUNS = new Set(
  `officials official analysts analyst experts expert authorities authority sources source officers
  police spokesman spokeswoman spokesperson ministry government administration agency department
  office statement report reports publication newspaper paper residents witnesses critics observers
  diplomats lawmakers leaders members people researchers scientists investigators prosecutors military
  army intelligence pentagon kremlin commission council court study survey data figures media
  organizers organisers activists campaigners groups group observers monitors rebels militants
  insurgents forces troops workers employees doctors medics rescuers families relatives neighbors
  neighbours protesters demonstrators voters citizens politicians islamists administrators
  commanders generals spokesmen ministers secretaries leaders staff aides advisers advisors
  insiders supporters opponents americans britons europeans tunisians russians ukrainians
  airline firm insurer regulator carrier operator lender retailer manufacturer developer utility
  broadcaster airport charity team prosecution defence defense embassy palace watchdog nonprofit
  editorial lawsuit indictment complaint petition memo filing
  automaker carmaker startup club union company companies firms airlines regulators campaign party poll polls
  model models projections fans followers watchers viewers readers commentators pundits reviewers
  locals villagers passengers parents opposition junta regime policymakers makers environmentalists
  conservationists unions`.split(/\s+/),
);

const SKIP_LEFT = new Set(
  "has have had was were is are be been also previously later then not did does do would will could may might reportedly repeatedly again publicly privately recently earlier initially first once already still now currently officially formally long never often just further separately quickly n’t n't to appeared appears seemed seems tried sought went quick keen eager swift".split(
    ' ',
  ),
);
export const STOP = new Set(
  'that which who whom whose and or but if because while when as than to for with in on at from by into of about after before'.split(
    ' ',
  ),
);

/** Letters written after a name: counsel's rank, a seat, an honour, a degree. */
const POST_NOMINAL = /^(?:KC|QC|SC|MP|MSP|MS|MLA|MEP|TD|OBE|MBE|CBE|KBE|DBE|PhD|MD|Jr|Sr)\.?$/;

/** Punctuation after a word, ignoring an abbreviation's own full stop ("Apple Inc. said"). */
export const hasPunctAfter = (t: Token): boolean => {
  const post =
    (t.tags.has('Abbreviation') || t.tags.has('Acronym')) && /^\.\s+$/.test(t.post) ? ' ' : t.post;
  // A ’ right after a plural is the possessive ("the farmers’ union"), not a closing mark.
  if (/^’\s+$/.test(post) && /s$/i.test(t.text)) return false;
  return /[,;:.!?()"“”‘’—–]/.test(post);
};

/** Skips adverbs and auxiliaries to the left of a verb: "has also said". */
export function skipLeft(tokens: Token[], i: number): number {
  let k = i;
  while (k >= 0 && !hasPunctAfter(tokens[k] as Token)) {
    const t = tokens[k] as Token;
    // "have in the past denied", "had at the time said": a time phrase inside the verb.
    if (
      k >= 2 &&
      /^(?:past|time)$/.test(low(t)) &&
      low(tokens[k - 1] as Token) === 'the' &&
      /^(?:in|at)$/.test(low(tokens[k - 2] as Token))
    ) {
      k -= 3;
      continue;
    }
    if (!SKIP_LEFT.has(low(t)) && !(t.tags.has('Adverb') && !/^\p{Lu}/u.test(t.text))) break;
    k--;
  }
  return k;
}

/**
 * "Ann Roe (D-N.Y.) said", "the Centers for Disease Control and Prevention (CDC) said": the
 * word before a short bracketed aside that ends at token `k`, else `k`.
 */
function skipBracket(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || !/^\.?\),?\s+$/.test(t.post)) return k;
  for (let j = k; j >= 0 && k - j < 6; j--) {
    const open = tokens[j] as Token;
    if (open.sentence !== t.sentence) return k;
    if (/\($/.test(open.pre))
      return j > 0 && /^\s+$/.test((tokens[j - 1] as Token).post) ? j - 1 : k;
  }
  return k;
}

/**
 * "Gwen Treharne, who milks cows with her husband, Emrys, at a farm near Kington, said": the
 * person a relative clause hangs on when a name inside the clause comes right before the
 * verb. The clause runs from ", who" (or ", whose") up to the verb.
 */
function relativeClauseHead(
  tokens: Token[],
  k: number,
  sentence: number,
  personAt: Map<number, Person>,
): Person | undefined {
  const inside = personAt.get(k);
  for (let j = k - 1; j >= 0 && k - j < 40; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return undefined;
    const next = tokens[j + 1] as Token;
    if (!/,\s*$/.test(t.post) || !/^(?:who|whose)$/i.test(next.text)) continue;
    const head = personAt.get(j);
    if (!head || head === inside) return undefined;
    // "The 30-year-old from Sendai, who trains in Tokyo, said": a place, not the subject.
    let start = j;
    while (start > 0 && personAt.get(start - 1) === head) start--;
    const before = tokens[start - 1];
    if (before && /^(?:from|in|of|at|near|for|with|by)$/i.test(before.text)) return undefined;
    return head;
  }
  return undefined;
}

/**
 * The source ending at token `i` (the word right before a reporting verb): a named
 * person, a pronoun to resolve, or a noun phrase such as "Western analysts". Skips back
 * over a comma-enclosed aside ("Kirill Stremousov, quoted by state news agency Ria
 * Wednesday, said").
 */
export function sourceEndingAt(
  tokens: Token[],
  i: number,
  personAt: Map<number, Person>,
  sentence: number,
  /** Any noun can be the subject of a plain speech verb. */
  anyNoun = false,
): Source | null {
  let k = skipBracket(tokens, skipLeft(tokens, i));
  const t = tokens[k];
  if (!t || t.sentence !== sentence) return null;
  // "Lt. Col. Marcus Abernathy of the Army Corps of Engineers said", "Prof. Hiroshi Tanabe of
  // Kyoto University, cautioned": the person the "of" phrase describes, not its organisation.
  const described = personBeforeOf(tokens, k, sentence, personAt);
  if (described) return { kind: 'person', person: described };
  // Only a subject right before the verb: after a comma it is an appositive ("Name, a
  // member of X, said") and the aside logic below finds the name.
  const early = /,\s*$/.test(t.post) ? null : unnamedSource(tokens, k, sentence);
  if (early) return early;
  // "Helen Marchetti KC told the court", "Ann Roe MP said": a letter after the name.
  const lettered = POST_NOMINAL.test(t.text) ? personAt.get(k - 1) : undefined;
  if (lettered && /^\s+$/.test((tokens[k - 1] as Token).post))
    return { kind: 'person', person: lettered };
  // "Helen Marchetti KC, for Mr Doyle, told the court": counsel speaks, not the client.
  const counsel = personBeforeClientAside(tokens, k, sentence, personAt);
  if (counsel) return { kind: 'person', person: counsel };
  // "The leader of X, Name, said": the name between the commas is the subject, unless it
  // sits inside a relative clause about someone named before it.
  const named = personAt.get(k);
  if (named)
    return { kind: 'person', person: relativeClauseHead(tokens, k, sentence, personAt) ?? named };
  if (/^\.?,\s*$/.test(t.post)) {
    const named = appositiveName(tokens, k, sentence);
    if (named) return named;
    // Aside(s): "Name, a commissioner on X, which manages Y, said", "Name, 34, of Columbus,
    // Ohio, who took part, said". Jump back over up to five comma-enclosed segments and
    // prefer a person found at any of them.
    let first = -1;
    let j = k;
    for (let hop = 0; hop < 5; hop++) {
      j--;
      while (
        j >= 0 &&
        (tokens[j] as Token).sentence === sentence &&
        !/,/.test((tokens[j] as Token).post) &&
        k - j < 30
      )
        j--;
      if (
        j < 0 ||
        (tokens[j] as Token).sentence !== sentence ||
        !/,/.test((tokens[j] as Token).post)
      )
        break;
      if (personAt.has(j)) {
        const head = relativeClauseHead(tokens, j, sentence, personAt);
        return { kind: 'person', person: head ?? (personAt.get(j) as Person) };
      }
      if (first < 0) first = j;
    }
    if (first < 0) return null;
    k = first;
  } else if (hasPunctAfter(t)) return null;
  else {
    // "Residents who fled the fighting said": the noun the relative clause hangs on.
    const rel = relativeAntecedent(tokens, k, sentence);
    if (rel >= 0) {
      const p = personAt.get(rel);
      return p ? { kind: 'person', person: p } : nounPhrase(tokens, rel, sentence, true);
    }
  }
  const head = tokens[k] as Token;
  const p = personAt.get(k);
  if (p) return { kind: 'person', person: p };
  const w = low(head);
  if (/^(?:he|she|they|it|i|we|you)$/.test(w)) return { kind: 'pronoun', word: w };
  // "Senator Ann Roe of Ohio said": the person before "of <place>".
  if (low(tokens[k - 1] ?? head) === 'of' && personAt.has(k - 2) && /^\p{Lu}/u.test(head.text)) {
    return { kind: 'person', person: personAt.get(k - 2) as Person };
  }
  // "President Joe Biden Tuesday, who stressed": the relative pronoun's antecedent.
  if (w === 'who') {
    // "Mr. Okonjo, who has denied wrongdoing, resigned": a cue inside an aside does not
    // attribute the main clause; one that ends the sentence ("…, who said that …") does.
    for (let j = i + 1; j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) {
      const next = tokens[j + 1];
      if (/,/.test((tokens[j] as Token).post) && next && next.sentence === sentence) return null;
    }
    let j = k - 1;
    while (j >= 0 && (tokens[j] as Token).tags.has('Date')) j--;
    const p = personAt.get(j) ?? personAt.get(j - 1);
    return p ? { kind: 'person', person: p } : null;
  }
  return nounPhrase(
    tokens,
    k,
    sentence,
    anyNoun && head.tags.has('Noun') && !head.tags.has('Pronoun'),
  );
}

/**
 * "The spokeswoman for the agency, Lena Park, said": a capitalised name set off by commas
 * after a job, when the name finder missed it, is still the speaker, not the job.
 */
/**
 * The person named right before an "of" whose phrase ends at token `k`, within ten
 * unpunctuated words: "Chidinma Obiora of the Abuja think tank Civic Ledger".
 */
function personBeforeOf(
  tokens: Token[],
  k: number,
  sentence: number,
  personAt: Map<number, Person>,
): Person | undefined {
  for (let j = k - 1; j > 0 && k - j <= 10; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || hasPunctAfter(t)) return undefined;
    if (low(t) !== 'of') continue;
    const next = tokens[j + 1] as Token;
    const owner = personAt.get(j - 1);
    if (owner && !hasPunctAfter(tokens[j - 1] as Token) && /^(?:the|\p{Lu})/u.test(next.text))
      return givenAsExample(tokens, j - 1, sentence) ? undefined : owner;
  }
  return undefined;
}

/**
 * The person right before an aside that opens with "for"/"representing" and ends at token
 * `k` ("Helen Marchetti KC, for Mr Doyle,", "Ms Reid, representing the council,"): the one
 * speaking for the party the aside names. A post-nominal ("KC", "QC") may follow the name.
 */
function personBeforeClientAside(
  tokens: Token[],
  k: number,
  sentence: number,
  personAt: Map<number, Person>,
): Person | undefined {
  if (!/^,\s*$/.test((tokens[k] as Token).post)) return undefined;
  let j = k - 1;
  while (j >= 0 && k - j <= 6 && !hasPunctAfter(tokens[j] as Token)) j--;
  const open = tokens[j];
  if (!open || open.sentence !== sentence || !/^,\s*$/.test(open.post)) return undefined;
  if (!/^(?:for|representing|defending)$/.test(low(tokens[j + 1] as Token))) return undefined;
  return personAt.get(j) ?? personAt.get(j - 1);
}

/** "Some, like Rachel Kim of …, argue": a person named as an example of the real subject. */
function givenAsExample(tokens: Token[], k: number, sentence: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 6; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || hasPunctAfter(t)) return false;
    if (/^(?:like|including|as)$/.test(low(t))) return true;
  }
  return false;
}

function appositiveName(tokens: Token[], k: number, sentence: number): Source | null {
  let a = k;
  while (a - 1 >= 0 && k - a < 3 && !hasPunctAfter(tokens[a - 1] as Token)) a--;
  const before = tokens[a - 1];
  if (!before || before.sentence !== sentence || !/^,\s*$/.test(before.post)) return null;
  const words = tokens.slice(a, k + 1);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) return null;
  if (words.some((w) => ORG_WORDS.has(low(w)) || w.tags.has('Organization'))) return null;
  if (!isSourceWord(low(before)) && !AGENTS.has(low(before))) {
    // The job may end in a prepositional phrase: "The spokeswoman for the agency,".
    let j = a - 2;
    while (
      j >= 0 &&
      a - j < 6 &&
      !hasPunctAfter(tokens[j] as Token) &&
      !isSourceWord(low(tokens[j] as Token))
    )
      j--;
    if (
      j < 0 ||
      !isSourceWord(low(tokens[j] as Token)) ||
      (tokens[j] as Token).sentence !== sentence
    )
      return null;
  }
  return { kind: 'group', text: words.map((w) => w.text).join(' ') };
}

/**
 * The noun before an unpunctuated "who" clause that ends at `k` ("Experts who were not
 * involved [welcomed]"), or -1.
 */
function relativeAntecedent(tokens: Token[], k: number, sentence: number): number {
  for (let j = k - 1; j > 0 && k - j < 12; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || hasPunctAfter(t)) return -1;
    if (low(t) !== 'who') continue;
    const before = tokens[j - 1] as Token;
    if (before.sentence !== sentence || hasPunctAfter(before) || !before.tags.has('Noun'))
      return -1;
    return before.tags.has('Pronoun') ? -1 : j - 1;
  }
  return -1;
}

/** People who speak for, or about, someone else. */
const AGENTS = new Set(
  'spokesman spokeswoman spokesperson spokesmen representative representatives lawyer lawyers attorney attorneys aide aides adviser advisers advisor advisors official officials source sources member members friend friends relative relatives colleague colleagues ally allies supporter supporters son daughter wife husband brother sister mother father neighbour neighbor'.split(
    ' ',
  ),
);

/**
 * "A source close to the mayor said", "people familiar with the talks said": the
 * unnamed source, not the person or thing they are close to.
 */
function unnamedSource(tokens: Token[], k: number, sentence: number): Source | null {
  for (let j = k - 1; j >= 1 && k - j < 8; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || (j < k && hasPunctAfter(t))) return null;
    const w = low(t);
    const left = low(tokens[j - 1] as Token);
    const close =
      /^(?:to|with)$/.test(w) && /^(?:close|familiar|near|linked|connected)$/.test(left);
    // "A spokesman for Whitfield said", "a lawyer for Mr. Trump said": someone speaking
    // for the person named, not that person.
    const agent = /^(?:for|of|to)$/.test(w) && AGENTS.has(left);
    if (!close && !agent) continue;
    let a = close ? j - 2 : j - 1;
    while (
      a > 0 &&
      j - a < 5 &&
      !hasPunctAfter(tokens[a - 1] as Token) &&
      !(tokens[a] as Token).tags.has('Determiner')
    )
      a--;
    const words = tokens.slice(Math.max(a, 0), k + 1);
    if (words[0]?.sentence !== sentence) return null;
    return {
      kind: 'group',
      text: words
        .map((w, n) => w.text + (n < words.length - 1 ? w.post.replace(/\s+/g, ' ') : ''))
        .join(''),
      // Who they are: "supporters" of the plan, "people" familiar with the talks.
      head: close ? low(tokens[j - 2] as Token) : left,
    };
  }
  return null;
}

/** Quantities that take a partitive "of": "two of the officials", "one of the people". */
export const PARTITIVE =
  /^(?:one|two|three|four|five|six|several|some|many|most|few|all|both|none|each|half|dozens|hundreds|a\s+number|others)$/;
/** Prepositions that join a source noun to what it belongs to: "analysts at the bank". */
export const LINK = /^(?:at|from|in|of|for|by|on|with|inside|within)$/;

/** True if the lower-case word `w` names a kind of source ("airline", "economists"). */
export const isSourceWord = (w: string): boolean =>
  SOURCE_NOUNS.has(w) || ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''));

/** True if `t` names a kind of source: people, an institution or a document. */
export const isSourceNoun = (t: Token): boolean => {
  const w = low(t);
  return SOURCE_NOUNS.has(w) || ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''));
};

/** Past participles that describe a noun after it ("polled", "published", "seen"). */
const PARTICIPLE =
  /^(?:\p{Ll}+ed|seen|shown|written|taken|given|done|made|held|led|run|sent|drawn|known|brought|caught|found|kept|left|paid|sold|built|told|heard|quoted|cited)$/u;

/**
 * "Economists polled by Reuters", "Three polls published this week", "Residents evacuated
 * from the town": a source noun that a past participle and a short phrase ending at token
 * `k` describe (a reduced relative clause). The noun's index, or -1.
 */
export function reducedRelativeHead(tokens: Token[], k: number, sentence: number): number {
  for (let p = k; p >= 1 && k - p <= 6; p--) {
    const t = tokens[p] as Token;
    if (t.sentence !== sentence || (p < k && hasPunctAfter(t))) return -1;
    if (STOP.has(low(t)) && !/^(?:by|in|on|at|from|for|with|to|of|after|before)$/.test(low(t)))
      return -1;
    if (!PARTICIPLE.test(t.text)) continue;
    const head = tokens[p - 1];
    if (!head || head.sentence !== sentence || hasPunctAfter(head)) return -1;
    const noun =
      head.tags.has('Noun') &&
      !head.tags.has('Pronoun') &&
      (isSourceNoun(head) || head.tags.has('Plural'));
    return noun ? p - 1 : -1;
  }
  return -1;
}

/** Left edge of the plain noun phrase ending at `k` (determiner included). */
function phraseStart(tokens: Token[], k: number, sentence: number): number {
  let j = k;
  while (j - 1 >= 0 && k - j < 9) {
    const prev = tokens[j - 1] as Token;
    // "Chamber of Commerce", "Committee on Intelligence and Security": small words inside a name.
    const ofName =
      /^(?:of|on|and|for)$/.test(low(prev)) &&
      /^\p{Lu}/u.test((tokens[j] as Token).text) &&
      /^\p{Lu}/u.test(tokens[j - 2]?.text ?? '');
    if (
      prev.sentence !== sentence ||
      hasPunctAfter(prev) ||
      (STOP.has(low(prev)) && !ofName) ||
      (prev.tags.has('Conjunction') && !ofName)
    )
      break;
    if (prev.tags.has('Verb') && !prev.tags.has('Adjective') && !/^\p{Lu}/u.test(prev.text)) break;
    j--;
    if (prev.tags.has('Determiner')) break;
  }
  return j;
}

/** A source named by the noun phrase ending at token `k`, if its head can be a source. */
export function nounPhrase(
  tokens: Token[],
  k: number,
  sentence: number,
  any = false,
): Source | null {
  const head = tokens[k] as Token;
  const w = low(head);
  // "Some, like …, argue", "Others say": quantifiers standing for people.
  if (/^(?:some|others|many|most|several|few|both|all)$/.test(w)) {
    return { kind: 'group', text: head.text, head: w };
  }
  let j = phraseStart(tokens, k, sentence);
  let headWord = w;
  let linked = false;
  const described = reducedRelativeHead(tokens, k, sentence);
  if (described >= 0) {
    headWord = low(tokens[described] as Token);
    linked = true;
    j = phraseStart(tokens, described, sentence);
  }
  // "Analysts at the bank", "data from the statistics office", "two of the officials": a
  // source noun (or a quantity) linked to the phrase by a preposition heads the whole.
  for (let hop = 0; hop < 2; hop++) {
    const link = tokens[j - 1];
    const outer = tokens[j - 2];
    if (!link || !outer || outer.sentence !== sentence || hasPunctAfter(outer)) break;
    // "Economists polled by Reuters": a participle and its agent describe the noun before.
    const before = tokens[j - 3];
    if (
      low(link) === 'by' &&
      /ed$/.test(low(outer)) &&
      before &&
      before.sentence === sentence &&
      !hasPunctAfter(before) &&
      isSourceNoun(before)
    ) {
      headWord = low(before);
      linked = true;
      j = phraseStart(tokens, j - 3, sentence);
      continue;
    }
    if (!LINK.test(low(link))) break;
    const partitive = low(link) === 'of' && (PARTITIVE.test(low(outer)) || outer.tags.has('Value'));
    if (!partitive && !(isSourceNoun(outer) && !outer.tags.has('Verb'))) break;
    if (!partitive) headWord = low(outer);
    linked = true;
    j = partitive ? j - 2 : phraseStart(tokens, j - 2, sentence);
  }
  const top = tokens[j] as Token;
  const isSourceHead =
    linked ||
    any ||
    SOURCE_NOUNS.has(w) ||
    ORG_WORDS.has(w) ||
    ROLE_NOUNS.has(w) ||
    ROLE_NOUNS.has(w.replace(/s$/, '')) ||
    head.tags.has('Organization') ||
    (head.tags.has('Demonym') && head.tags.has('Plural')) ||
    (/^\p{Lu}/u.test(head.text) && !head.tags.has('Pronoun') && !head.tags.has('Determiner'));
  // The tagger sometimes calls an acronym ("the U.N. said") or a plural ("a decision that
  // analysts expect") a verb.
  const verbal =
    head.tags.has('Verb') && !/^\p{Lu}/u.test(head.text) && !linked && !isSourceWord(w);
  if (!isSourceHead || verbal) return null;
  if (top.sentence !== sentence) return null;
  const text = tokens
    .slice(j, k + 1)
    .map((t, n, all) => t.text + (n < all.length - 1 ? t.post.replace(/\s+/g, ' ') : ''))
    .join('');
  const epithet =
    /^the (?:\d+-year-old|(?:Dutch|French|English|Irish|Welsh|Scots|Cornish)(?:man|woman))$/i.test(
      text,
    ) ||
    // "the 53-year-old senator": an age and one job word refer again to someone just named.
    (/^the \d+-year-old [a-z-]+$/i.test(text) && !head.tags.has('Plural') && isSourceWord(w)) ||
    (k === j + 1 && low(top) === 'the' && head.tags.has('Demonym') && !head.tags.has('Plural'));
  return { kind: 'group', text, head: headWord, ...(epithet && { epithet }) };
}
