/**
 * The clause around a reporting verb: where it ends ("…, said Jack Watling."), whether the
 * verb closes it ("…, the team reported."), the subject of the sentence, and whether a
 * source can hold beliefs.
 */
import { ORG_WORDS } from './lexicon';
import { low } from './names';
import type { Person } from './people';
import {
  hasPunctAfter,
  isSourceNoun,
  isSourceWord,
  skipLeft,
  sourceEndingAt,
  type Source,
} from './sources';
import type { Token } from './tokens';

/**
 * True if the words after the verb at `i` end at a comma or the sentence end before
 * any other verb: "…, said Jack Watling." names a speaker; "…, said the troops had
 * pulled back" starts the reported clause.
 */
export function endsClause(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 10; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return true;
    // "…, said one diplomat who asked not to be named": a relative clause closes the source.
    if (j > i + 1 && /^(?:who|whom|whose)$/.test(low(t))) return true;
    if (j > i + 1 && t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text) && !t.tags.has('Participle'))
      return false;
    if (/[,;:.!?]/.test(t.post) && !(t.tags.has('Abbreviation') || t.tags.has('Acronym')))
      return true;
  }
  return false;
}

/**
 * True if the cue at `i` ends its clause: nothing follows in the sentence, or only a
 * time or place ("…, the team reported on Tuesday"), and a comma or quotation separates
 * the reported words before it.
 */
export function clauseFinal(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const sentence = t.sentence;
  const after = tokens[i + 1];
  if (after && after.sentence === sentence && !/[.!?]/.test(t.post)) {
    if (!(
      after.tags.has('Preposition') ||
      after.tags.has('Date') ||
      /^(?:last|this|earlier|late|later)$/i.test(after.text)
    ))
      return false;
    for (let j = i + 1; j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) {
      const x = tokens[j] as Token;
      if (j - i > 7 || low(x) === 'that' || /[“"‘]/.test(x.pre)) return false;
      if (x.tags.has('Verb') && !x.tags.has('Date') && !x.tags.has('Noun')) return false;
    }
  }
  for (let j = i - 1; j >= 0 && i - j <= 12; j--) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return false;
    if (/[,”"’]/.test(x.post)) return j < i - 1;
  }
  return false;
}

/** "…, figures published with the budget show": the whole subject after the comma. */
export function wholeSubject(
  tokens: Token[],
  i: number,
  source: Source & { kind: 'group' },
): Source {
  let c = i - 1;
  while (c >= 0 && !/[,”"’]/.test((tokens[c] as Token).post)) c--;
  const words = tokens.slice(c + 1, skipLeft(tokens, i - 1) + 1);
  if (words.length === 0 || words.length > 10) return source;
  const text = words
    .map((x, n) => x.text + (n < words.length - 1 ? x.post.replace(/\s+/g, ' ') : ''))
    .join('');
  return text.endsWith(source.text) ? { ...source, text } : source;
}

/** The subject of the sentence, when a noun phrase opens it well before the cue at `i`. */
export function ownSubject(
  tokens: Token[],
  from: number,
  i: number,
  personAt: Map<number, Person>,
): Source | null {
  const sentence = (tokens[i] as Token).sentence;
  for (let v = from + 1; v < i - 2; v++) {
    const x = tokens[v] as Token;
    if (hasPunctAfter(tokens[v - 1] as Token)) return null;
    if (!x.tags.has('Verb') || x.tags.has('Adjective') || /^\p{Lu}/u.test(x.text)) continue;
    // "A divided court": a participle after an article describes the noun; "the appeals
    // court": a source noun the tagger calls a verb ends a compound noun.
    const before = tokens[v - 1] as Token;
    if (before.tags.has('Determiner') || (isSourceNoun(x) && before.tags.has('Noun'))) continue;
    // "A state appeals court reinstated": a verb-like word before a source noun is a modifier.
    const after = tokens[v + 1];
    if (after && !hasPunctAfter(x) && isSourceNoun(after) && !after.tags.has('Verb')) continue;
    // "The court on Thursday reinstated": the time is no part of the subject.
    let end = v - 1;
    while (end > from && (tokens[end] as Token).tags.has('Date')) end--;
    if (end < v - 1 && /^(?:on|last|this|early|late)$/i.test((tokens[end] as Token).text)) end--;
    const s = sourceEndingAt(tokens, end, personAt, sentence);
    return s && s.kind !== 'pronoun' ? s : null;
  }
  return null;
}

/** True if the source can hold beliefs: a person, a pronoun, or a group of people. */
export function isSomeone(s: Source | null): boolean {
  if (!s) return false;
  // "Many believe", "Some fear": a quantifier standing for people.
  if (s.kind === 'group' && /^(?:some|many|most|others|several|few)$/i.test(s.text)) return true;
  // "The company now forecasts", "the bank expects": an institution holds views too.
  const head = (
    s.kind === 'group' ? (s.head ?? s.text.split(/\s+/).pop() ?? '') : ''
  ).toLowerCase();
  if (ORG_WORDS.has(head) || isSourceWord(head)) return true;
  if (s.kind !== 'group') return s.kind === 'person' || /^(?:he|she|they|i|we)$/.test(s.word);
  return /(?:s|people|police|staff|military|government|administration)$/i.test(s.head ?? s.text);
}
