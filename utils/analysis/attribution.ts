import { REPORTING_VERBS } from './lexicon';
import { low } from './names';
import type { Person } from './people';
import { sourceStartingAt } from './source-after';
import { sourceEndingAt, type Source } from './sources';
import type { Token } from './tokens';
import type { Span } from './types';

/** A reporting cue found in one sentence and the source it names (unresolved). */
export interface RawAttribution {
  cue: string;
  source: Source | null;
  /** Offset of the cue in the text, to tell "before" from "after" a quotation. */
  at: number;
}

/** Verbs of thinking and feeling: a source only when their subject is someone. */
const COGNITIVE = new Set(
  'believe believes believed think thinks thought fear fears feared worry worries worried expect expects expected hope hopes hoped concerned suspect suspects suspected doubt doubts doubted'.split(
    ' ',
  ),
);
const ALWAYS_VERB = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'according']);
/** Plain speech verbs: whoever is their subject is the source ("indigenous elders say"). */
const SPEECH = new Set(
  'say says said tell tells told add adds added ask asks asked write writes wrote state states stated explain explains explained'.split(
    ' ',
  ),
);

const inRanges = (t: Token, ranges: Span[]): boolean =>
  ranges.some((r) => t.start >= r.start && t.end <= r.end);

/**
 * Finds the first reporting cue of a sentence and its source: "X said", "said X",
 * "X told Y", "according to X", "the publication quoted him as saying", "X, quoted by Y,
 * said". Cues inside quotation marks are the speaker's words, so they are tried last.
 */
export function findAttribution(
  tokens: Token[],
  from: number,
  to: number,
  personAt: Map<number, Person>,
  quoted: Span[],
): RawAttribution | null {
  let first: RawAttribution | null = null;
  let fallback: RawAttribution | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const inQuote = inRanges(t, quoted);
    const hit = cueAt(tokens, i, from, personAt);
    if (!hit) continue;
    const pronoun = hit.source?.kind === 'pronoun' ? hit.source.word : '';
    // "I"/"we" are the writer outside quotes and the speaker inside: never a new source.
    if (/^(?:i|we|you)$/.test(pronoun)) continue;
    // Cues inside quotation marks are the speaker's own words ("… for them to tell us"),
    // not the attribution of the quotation.
    if (inQuote) continue;
    if (hit.source && hit.source.kind !== 'pronoun') return first ?? hit;
    // A pronoun's pledge ("He vowed to keep trying, but editor Jon Sopel said …") gives
    // way to a named source that follows; a pronoun's claim does not.
    if (!first && low(tokens[i + 1] ?? t) === 'to') {
      fallback ??= hit;
      continue;
    }
    first ??= hit;
  }
  return first ?? fallback;
}

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

function cueAt(
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
    const source = sourceStartingAt(tokens, i + 2, personAt, sentence, true);
    return { cue: 'according to', source, at: t.start };
  }
  if (!REPORTING_VERBS.has(w)) return null;
  const prev = tokens[i - 1];
  const prevWord = prev && prev.sentence === sentence ? low(prev) : '';
  if (
    NOT_YET.has(prevWord) ||
    (prevWord === 'to' &&
      /^(?:plans?|going|set|due|wants?|refused|declined|expected)$/.test(low(tokens[i - 2] ?? t)))
  )
    return null;
  // "did not respond", "never said": nothing was reported.
  for (let j = i - 1; j >= Math.max(from, i - 3); j--) {
    const w2 = low(tokens[j] as Token);
    if (/^(?:not|n['’]t|never)$/.test(w2)) return null;
    if (!(tokens[j] as Token).tags.has('Adverb')) break;
  }
  const passive = PASSIVE.has(prevWord) && /ed$/.test(w);
  const nounUse =
    !t.tags.has('Verb') && !ALWAYS_VERB.has(w) && !passive && w !== 'concerned' && w !== 'worried';
  // "Tunisians worry that …": a noun-looking word used as a verb before "that".
  if (nounUse && !(next && low(next) === 'that' && prev && prev.tags.has('Plural'))) return null;
  if (w === 'pointed' && low(next ?? t) !== 'out') return null;
  // "called the bill “a disaster”" quotes a verdict; "a group called X" only names.
  if (/^call(?:s|ed)?$/.test(w) && !quoteFollows(tokens, i)) return null;
  // "The study found that …" reports a finding; "police found the car" does not.
  if (
    /^(?:find|finds|found|show|shows|showed|answer|answered|question|questioned)$/.test(w) &&
    low(next ?? t) !== 'that'
  )
    return null;
  if (w === 'quoted' && next && low(next) === 'by') return null;
  // "the publication quoted him as saying": the object is the speaker.
  if (w === 'quoted' && next && /^(?:him|her|them)$/i.test(next.text)) {
    return { cue: t.text, source: { kind: 'pronoun', word: low(next) }, at: t.start };
  }
  if (/ing$/.test(w) && w !== 'according') {
    // "X posted a message, saying …": the source is the clause's subject, not the object.
    for (let j = i - 1; j >= from; j--) {
      const p = personAt.get(j);
      if (p) return { cue: t.text, source: { kind: 'person', person: p }, at: t.start };
    }
    return null;
  }
  // Inverted order after a comma, a quotation or at the start: "…, said Jack Watling".
  const inverted = !prev || prev.sentence !== sentence || /[,”"]\s*$/.test(prev.post);
  let source =
    inverted && endsClause(tokens, i) ? sourceStartingAt(tokens, i + 1, personAt, sentence) : null;
  if (source?.kind === 'group' && /^(?:that|the|a|an)$/i.test(source.text)) source = null;
  source ??= i > from ? sourceEndingAt(tokens, i - 1, personAt, sentence, SPEECH.has(w)) : null;
  if (passive) {
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
  if (source?.kind === 'group' && /\bno\b/i.test(source.text)) return null;
  // "is expected to", "is believed": a hedge, not a source speaking.
  if (COGNITIVE.has(w) && ((passive && !/^(?:concerned|worried)$/.test(w)) || !isSomeone(source)))
    return null;
  if (
    PERSON_ONLY.has(w) &&
    !(source?.kind === 'person' || (source?.kind === 'pronoun' && /^(?:he|she)$/.test(source.word)))
  )
    return null;
  // Without a source, only a verb right after a quotation reports ("…,” said on Tuesday).
  if (!source && !passive && !(prev && /[”"]\s*$/.test(prev.post))) return null;
  return { cue: t.text, source, at: t.start };
}

/**
 * True if the words after the verb at `i` end at a comma or the sentence end before
 * any other verb: "…, said Jack Watling." names a speaker; "…, said the troops had
 * pulled back" starts the reported clause.
 */
function endsClause(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 10; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return true;
    if (j > i + 1 && t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text) && !t.tags.has('Participle'))
      return false;
    if (/[,;:.!?]/.test(t.post) && !(t.tags.has('Abbreviation') || t.tags.has('Acronym')))
      return true;
  }
  return false;
}

function quoteFollows(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return false;
    if (/[“"]/.test(t.pre)) return true;
  }
  return false;
}

/** True if the source can hold beliefs: a person, a pronoun, or a group of people. */
function isSomeone(s: Source | null): boolean {
  if (!s) return false;
  if (s.kind !== 'group') return s.kind === 'person' || /^(?:he|she|they|i|we)$/.test(s.word);
  return /(?:s|people|police|staff|military|government|administration)$/i.test(s.text);
}
