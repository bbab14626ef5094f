import { REPORTING_VERBS } from './lexicon';
import { low } from './names';
import type { Person } from './people';
import { sourceEndingAt, sourceStartingAt, type Source } from './sources';
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
  'believe believes believed think thinks thought fear fears feared worry worries worried expect expects expected hope hopes hoped concerned'.split(' '),
);
/** Reporting verbs that also name things: only a verb when the tagger says so. */
const NOUN_TOO = new Set('report reports claim claims call calls quote quotes point points estimate estimates concern fear fears worry hope hopes promise promises pledge pledges warning remarks'.split(' '));
const ALWAYS_VERB = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'according']);

const inRanges = (t: Token, ranges: Span[]): boolean => ranges.some((r) => t.start >= r.start && t.end <= r.end);

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
  let fallback: RawAttribution | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const hit = cueAt(tokens, i, from, personAt);
    if (!hit) continue;
    if (!inRanges(t, quoted)) return hit;
    fallback ??= hit;
  }
  return fallback;
}

function cueAt(tokens: Token[], i: number, from: number, personAt: Map<number, Person>): RawAttribution | null {
  const t = tokens[i] as Token;
  const w = low(t);
  const sentence = t.sentence;
  if (w === 'according' && low(tokens[i + 1] ?? t) === 'to') {
    const source = sourceStartingAt(tokens, i + 2, personAt, sentence);
    return { cue: 'according to', source, at: t.start };
  }
  if (!REPORTING_VERBS.has(w)) return null;
  if (!ALWAYS_VERB.has(w) && !t.tags.has('Verb') && !(w === 'concerned' || w === 'worried')) return null;
  if (NOUN_TOO.has(w) && !t.tags.has('Verb')) return null;
  // "the publication quoted him as saying": the object is the speaker.
  if (w === 'quoted' && /^(?:him|her|them)$/i.test(tokens[i + 1]?.text ?? '')) {
    return { cue: t.text, source: { kind: 'pronoun', word: low(tokens[i + 1] as Token) }, at: t.start };
  }
  let source = i > from ? sourceEndingAt(tokens, i - 1, personAt, sentence) : null;
  const prev = tokens[i - 1];
  // Inverted order after a quotation or at the start: "…,” said Mr. Smith.
  if (!source && (!prev || prev.sentence !== sentence || /[,”"]\s*$/.test(prev.post))) {
    source = sourceStartingAt(tokens, i + 1, personAt, sentence);
  }
  if (COGNITIVE.has(w) && !isSomeone(source)) return null;
  if (!source && !ALWAYS_VERB.has(w)) return null;
  return { cue: t.text, source, at: t.start };
}

/** True if the source can hold beliefs: a person, a pronoun, or a group of people. */
function isSomeone(s: Source | null): boolean {
  if (!s) return false;
  if (s.kind !== 'group') return s.kind === 'person' || /^(?:he|she|they|i|we)$/.test(s.word);
  return /(?:s|people|police|staff|military|government|administration)$/i.test(s.text);
}
