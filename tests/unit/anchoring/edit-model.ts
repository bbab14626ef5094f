import { describeSpan } from '@/utils/anchoring/describe';
import type { TextSpan, TextTarget } from '@/utils/anchoring/types';

/**
 * A text model for robustness tests that knows the ground truth after edits: every word
 * carries an id, edits keep the ids of words they leave alone, and a passage is a run of
 * word ids. After any edit, where the passage should be is where its words are now.
 */
export interface Word {
  id: number;
  text: string;
}
export type Doc = Word[][]; // paragraphs of words

const COMMON = 'the a of to and in said was on it that for with as by at'.split(' ');
const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

let nextId = 1;

/** A word like news prose: a third common words (so short phrases repeat), the rest varied. */
export function word(random: () => number): Word {
  const pick = (chars: string) => chars[Math.floor(random() * chars.length)] ?? 'x';
  let text: string;
  if (random() < 0.33) text = COMMON[Math.floor(random() * COMMON.length)] ?? 'the';
  else {
    text = '';
    const syllables = 1 + Math.floor(random() * 3);
    for (let i = 0; i < syllables; i++) text += pick(CONSONANTS) + pick(VOWELS);
    if (random() < 0.08) text += '.';
  }
  return { id: nextId++, text };
}

export function words(random: () => number, n: number): Word[] {
  return Array.from({ length: n }, () => word(random));
}

export function makeDoc(random: () => number, paragraphs: number): Doc {
  return Array.from({ length: paragraphs }, () => words(random, 30 + Math.floor(random() * 50)));
}

/** The page text as the text index produces it: words and paragraphs joined by one space. */
export function textOf(doc: Doc): string {
  return doc.map((p) => p.map((w) => w.text).join(' ')).join(' ');
}

/** A passage: consecutive words of one paragraph, by id. */
export interface Passage {
  ids: number[];
}

/** Where the passage's words are in `doc` now, as a text span; null if not contiguous. */
export function spanOfPassage(doc: Doc, passage: Passage): TextSpan | null {
  let offset = 0;
  for (const paragraph of doc) {
    for (let i = 0; i < paragraph.length; i++) {
      if (paragraph[i]!.id === passage.ids[0]) {
        const run = paragraph.slice(i, i + passage.ids.length);
        if (run.length !== passage.ids.length || run.some((w, j) => w.id !== passage.ids[j])) {
          return null;
        }
        const before = paragraph.slice(0, i).reduce((n, w) => n + w.text.length + 1, 0);
        const start = offset + before;
        return { start, end: start + run.map((w) => w.text).join(' ').length };
      }
    }
    offset += paragraph.map((w) => w.text).join(' ').length + 1;
  }
  return null;
}

/** Picks a passage of 1..12 words (most 3+) and describes it on the current text. */
export function pickPassage(
  random: () => number,
  doc: Doc,
): { passage: Passage; target: TextTarget } {
  const p = Math.floor(random() * doc.length);
  const paragraph = doc[p]!;
  const length = random() < 0.15 ? 1 + Math.floor(random() * 2) : 3 + Math.floor(random() * 10);
  const from = Math.floor(random() * (paragraph.length - length));
  const passage = { ids: paragraph.slice(from, from + length).map((w) => w.id) };
  const span = spanOfPassage(doc, passage)!;
  return { passage, target: describeSpan(textOf(doc), span) };
}

export function clone(doc: Doc): Doc {
  return doc.map((p) => [...p]);
}

/** Paragraph and word index of the passage's first word. */
export function locate(doc: Doc, passage: Passage): { p: number; i: number } {
  for (let p = 0; p < doc.length; p++) {
    const i = doc[p]!.findIndex((w) => w.id === passage.ids[0]);
    if (i !== -1) return { p, i };
  }
  throw new Error('passage not in doc');
}
