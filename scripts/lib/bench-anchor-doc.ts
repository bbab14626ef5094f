/**
 * The benchmark's article, its annotations and the edited version the reader comes back
 * to, generated from a seed so every run measures the same page. Prose is made of common
 * English words and random syllable words, so short phrases repeat as they do in news.
 */

import { seededRandom } from './seeded-random';

const COMMON = 'the a of to and in said was on it that for with as by at from is were has'.split(
  ' ',
);
const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** One annotation as the words it covers: paragraph `p`, words [from, to). */
export interface WordSpan {
  p: number;
  from: number;
  to: number;
}

/** An article as paragraphs of words (punctuation stays attached to its word). */
export type Article = string[][];

export interface BenchDocument {
  original: Article;
  edited: Article;
  /** Where each original paragraph went in the edited article (null: deleted). */
  moved: (number | null)[];
  annotations: WordSpan[];
  /** The text each annotation should cover on the edited page, or null (an orphan). */
  expected: (string | null)[];
  /** How many annotations had a word of their own passage changed. */
  editedPassages: number;
}

function makeWord(random: () => number, vocabulary: string[]): string {
  if (random() < 0.35) return COMMON[Math.floor(random() * COMMON.length)] ?? 'the';
  return vocabulary[Math.floor(random() * vocabulary.length)] ?? 'word';
}

function makeVocabulary(random: () => number, size: number): string[] {
  const pick = (chars: string) => chars[Math.floor(random() * chars.length)] ?? 'x';
  return Array.from({ length: size }, () => {
    let word = '';
    const syllables = 1 + Math.floor(random() * 3);
    for (let i = 0; i < syllables; i++) word += pick(CONSONANTS) + pick(VOWELS);
    return word;
  });
}

function makeArticle(random: () => number, words: number): Article {
  const vocabulary = makeVocabulary(random, 2500);
  const article: Article = [];
  let left = words;
  while (left > 0) {
    const paragraph: string[] = [];
    const length = Math.min(left, 60 + Math.floor(random() * 80));
    let sentence = 0;
    for (let i = 0; i < length; i++) {
      let word = makeWord(random, vocabulary);
      if (sentence === 0) word = word[0]!.toUpperCase() + word.slice(1);
      sentence++;
      if (sentence > 8 && random() < 0.12) {
        word += '.';
        sentence = 0;
      } else if (random() < 0.05) word += ',';
      paragraph.push(word);
    }
    paragraph[paragraph.length - 1] = paragraph[paragraph.length - 1]!.replace(/[.,]?$/, '.');
    article.push(paragraph);
    left -= length;
  }
  return article;
}

/**
 * Generates the page as saved and as found on the next visit: a 40-word ad block inserted
 * near the top (every stored position is now off), two paragraphs swapped, two paragraphs
 * deleted (their annotations must become orphans), one letter changed inside 2% of the
 * annotated passages, and different markup and whitespace throughout (see toHtml).
 */
export function makeBenchDocument(seed: number, words: number, count: number): BenchDocument {
  const random = seededRandom(seed);
  const original = makeArticle(random, words);
  const annotations: WordSpan[] = [];
  for (let i = 0; i < count; i++) {
    const p = Math.floor(random() * original.length);
    const paragraph = original[p]!;
    const length = random() < 0.1 ? 1 + Math.floor(random() * 2) : 3 + Math.floor(random() * 12);
    const from = Math.floor(random() * (paragraph.length - length));
    annotations.push({ p, from, to: from + length });
  }
  const edited = original.map((paragraph) => [...paragraph]);
  // Change one letter in the middle word of 2% of the passages (5+ words long).
  let editedPassages = 0;
  for (const span of annotations) {
    if (editedPassages >= count * 0.02 || span.to - span.from < 5 || random() < 0.7) continue;
    const words = edited[span.p]!;
    const at = (span.from + span.to) >> 1;
    const word = words[at]!;
    words[at] = word.slice(0, -1) + (word.endsWith('q') ? 'j' : 'q');
    editedPassages++;
  }
  // Delete the two most annotated paragraphs but one (so there are orphans to pay for),
  // and swap two paragraphs far apart (so predicted positions fail there).
  const perParagraph = original.map((_, p) => annotations.filter((a) => a.p === p).length);
  const byCount = perParagraph.map((n, p) => ({ n, p })).sort((x, y) => y.n - x.n);
  const deleted = new Set([byCount[1]!.p, byCount[2]!.p]);
  const order = original.map((_, i) => i).filter((i) => !deleted.has(i));
  const a = Math.floor(order.length * 0.2);
  const b = Math.floor(order.length * 0.7);
  [order[a], order[b]] = [order[b]!, order[a]!];
  const moved: (number | null)[] = original.map(() => null);
  order.forEach((from, to) => (moved[from] = to));
  const reordered = order.map((i) => edited[i]!);
  const expected = annotations.map((span) =>
    moved[span.p] === null ? null : edited[span.p]!.slice(span.from, span.to).join(' '),
  );
  return { original, edited: reordered, moved, annotations, expected, editedPassages };
}

/** The saved page's text for paragraph `p`, words [from, to). */
export function wordsOf(article: Article, span: WordSpan): string {
  return article[span.p]!.slice(span.from, span.to).join(' ');
}

/**
 * Renders an article as the body of a news page. The second version wraps every 17th word
 * in <em>, breaks lines differently and adds an ad block after the second paragraph.
 */
export function toHtml(article: Article, version: 'saved' | 'edited'): string {
  const paragraphs = article.map((words, i) => {
    const inner =
      version === 'saved'
        ? words.join(' ')
        : words.map((w, j) => (j % 17 === 5 ? `<em>${w}</em>` : w)).join(j2(i));
    return `<p data-p="${i}">${inner}</p>`;
  });
  if (version === 'edited') {
    const ad = Array.from({ length: 40 }, (_, i) => `sponsored${i % 7}`).join(' ');
    paragraphs.splice(2, 0, `<aside class="ad"><p>Advertisement. ${ad}</p></aside>`);
  }
  return `<article><h1>Harbour Vale budget</h1>\n${paragraphs.join('\n')}\n</article>`;
}

/** Whitespace between words differs by paragraph in the edited page (newlines, tabs). */
function j2(i: number): string {
  return i % 3 === 0 ? ' \n  ' : i % 3 === 1 ? '\t' : ' ';
}
