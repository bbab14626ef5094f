import { low } from './names';
import { hasPunctAfter, reducedRelativeHead, type Source } from './sources';
import type { Token } from './tokens';

/*
 * Subjects of a reporting verb taken as written, when no rule names a person or source:
 * the plain noun phrase before "said", a plural with a phrase of place before its verb, and
 * the writing a relative clause describes ("a report that said").
 */

/** The words from token `a` to token `b`, with their spacing folded to single spaces. */
export const phraseText = (tokens: Token[], a: number, b: number): string =>
  tokens
    .slice(a, b + 1)
    .map((x, n, all) => x.text + (n < all.length - 1 ? x.post.replace(/\s+/g, ' ') : ''))
    .join('');

/** Words a plain subject phrase is made of: determiners, numbers, adjectives, nouns, links. */
const SUBJECT_WORD =
  /^(?:of|at|in|from|for|with|on|one|two|three|a|an|the|another|second|third|some|several)$/i;

/**
 * The subject of a "said" at `i` as written, when it is a plain noun phrase: from the clause's
 * start to the verb, skipping an aside set off by commas. Null when the words there are no
 * noun phrase (a finite verb inside, more than twelve words, no noun at its end).
 */
export function plainSubject(tokens: Token[], from: number, i: number): Source | null {
  if (i <= from) return null;
  const sentence = (tokens[i] as Token).sentence;
  let end = i - 1;
  // "A worker at the depot, who asked not to be named, said": jump back over the aside.
  if (/,\s*$/.test((tokens[end] as Token).post)) {
    let j = end - 1;
    while (j > from && !/,\s*$/.test((tokens[j] as Token).post) && end - j < 25) j--;
    if (j <= from || end - j >= 25) return null;
    end = j;
  }
  let start = end;
  while (start > from) {
    const x = tokens[start - 1] as Token;
    if (x.sentence !== sentence || /[,;:()“”"]/.test(x.post)) break;
    start--;
  }
  if (end - start > 11) return null;
  const words = tokens.slice(start, end + 1);
  const first = words[0];
  const head = words[words.length - 1];
  if (!first || !head) return null;
  // A noun phrase: it opens with a determiner or a capital, and holds no finite verb.
  if (!first.tags.has('Determiner') && !/^\p{Lu}/u.test(first.text)) return null;
  if (
    words.some(
      (x) =>
        x.tags.has('Verb') &&
        !x.tags.has('Participle') &&
        !x.tags.has('Noun') &&
        !SUBJECT_WORD.test(x.text),
    )
  )
    return null;
  // "The said property": a determiner alone is no subject; the phrase ends in its noun.
  if (words.length < 2 || !head.tags.has('Noun') || head.tags.has('Pronoun')) return null;
  return { kind: 'group', text: phraseText(tokens, start, end), head: low(head) };
}

/**
 * "Economists at the Wifor institute estimate that": a plural subject, then a phrase of
 * place or affiliation, then the verb.
 */
export function pluralBeforePhrase(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i - 2; j >= 1 && i - j <= 5; j--) {
    const x = tokens[j] as Token;
    const before = tokens[j - 1] as Token;
    if (x.sentence !== sentence || hasPunctAfter(x) || hasPunctAfter(before)) break;
    // "Researchers at the University of Hambledon estimate that": the first link may belong
    // to a name; look on to the one after the plural.
    if (
      /^(?:at|from|with|of|in)$/.test(low(x)) &&
      before.tags.has('Plural') &&
      before.tags.has('Noun') &&
      !before.tags.has('Pronoun')
    )
      return true;
  }
  // "Economists polled by Reuters forecast that …".
  return reducedRelativeHead(tokens, i - 1, sentence) >= 0;
}

/** Writings whose words a clause about them can report: "a report that said". */
const RELATIVE_DOCUMENT =
  /^(?:reports?|study|studies|articles?|statements?|memos?|letters?|surveys?|polls?|analysis|analyses|reviews?|papers?|audits?|filings?|lawsuits?|complaints?|indictments?|emails?|posts?|tweets?|investigations?|assessments?|documents?|research|editorials?|columns?|books?)$/;

/**
 * The writing a relative pronoun at `rel` describes, as written: "a report" in "a report that
 * said", "an article by New York magazine" in "… that claimed".
 */
export function documentBefore(
  tokens: Token[],
  rel: number,
  sentence: number,
): { text: string; head: string; start: number } | null {
  let head = -1;
  for (let j = rel - 1; j >= 0 && rel - j <= 7; j--) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence || hasPunctAfter(x)) break;
    if (RELATIVE_DOCUMENT.test(low(x)) && (j === rel - 1 || low(tokens[j + 1] as Token) === 'by')) {
      head = j;
      break;
    }
  }
  if (head < 0) return null;
  let start = head;
  while (start > 0 && head - start < 4) {
    const x = tokens[start - 1] as Token;
    if (x.sentence !== sentence || hasPunctAfter(x)) break;
    if (x.tags.has('Determiner') || x.tags.has('Possessive')) start--;
    else if (x.tags.has('Adjective') || (x.tags.has('Noun') && !x.tags.has('Pronoun'))) {
      start--;
      continue;
    }
    break;
  }
  return { text: phraseText(tokens, start, rel - 1), head: low(tokens[head] as Token), start };
}
