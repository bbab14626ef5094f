import { clone, locate, word, words, type Doc, type Passage } from './edit-model';

/**
 * The page edits readers' annotations must survive, each applied relative to one passage.
 * "Near" edits land inside the passage's stored context (within a few words of it); "away"
 * edits land in another paragraph. Every edit returns a new doc; word ids carry the truth.
 */
export type EditKind = (random: () => number, doc: Doc, passage: Passage) => Doc;

const pickInt = (random: () => number, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

/** A word index 0-2 words before the passage's start or after its end, inside its paragraph. */
function nearIndex(random: () => number, doc: Doc, passage: Passage): { p: number; at: number } {
  const { p, i } = locate(doc, passage);
  const gap = pickInt(random, 0, 2);
  const before = random() < 0.5;
  const at = before ? i - 1 - gap : i + passage.ids.length + gap;
  return { p, at: Math.max(0, Math.min(doc[p]!.length, at)) };
}

/** A random word index in a paragraph other than the passage's. */
function awayIndex(random: () => number, doc: Doc, passage: Passage): { p: number; at: number } {
  const own = locate(doc, passage).p;
  let p = Math.floor(random() * doc.length);
  if (p === own) p = (p + 1) % doc.length;
  return { p, at: Math.floor(random() * doc[p]!.length) };
}

function insertAt(random: () => number, doc: Doc, where: { p: number; at: number }): Doc {
  const next = clone(doc);
  next[where.p]!.splice(where.at, 0, ...words(random, pickInt(random, 1, 4)));
  return next;
}

function deleteAt(random: () => number, doc: Doc, where: { p: number; at: number }, keep: Passage) {
  const next = clone(doc);
  const paragraph = next[where.p]!;
  const n = pickInt(random, 1, 2);
  for (let k = 0; k < n && where.at < paragraph.length; k++) {
    if (keep.ids.includes(paragraph[where.at]!.id)) break;
    paragraph.splice(where.at, 1);
  }
  return next;
}

function changeAt(random: () => number, doc: Doc, where: { p: number; at: number }, keep: Passage) {
  const next = clone(doc);
  const paragraph = next[where.p]!;
  const target = paragraph[Math.min(where.at, paragraph.length - 1)];
  if (target && !keep.ids.includes(target.id)) {
    paragraph[paragraph.indexOf(target)] = word(random);
  }
  return next;
}

/** Changes one letter of a middle word, keeping its id: the passage itself, slightly edited. */
function editInside(random: () => number, doc: Doc, passage: Passage, wholeWord: boolean): Doc {
  const next = clone(doc);
  const { p, i } = locate(next, passage);
  const paragraph = next[p]!;
  const at = i + pickInt(random, 1, Math.max(1, passage.ids.length - 2));
  const old = paragraph[at]!;
  let text: string;
  if (wholeWord) text = word(random).text;
  else {
    const c = Math.floor(random() * old.text.length);
    text = old.text.slice(0, c) + (old.text[c] === 'q' ? 'j' : 'q') + old.text.slice(c + 1);
  }
  paragraph[at] = { id: old.id, text };
  return next;
}

export const EDIT_KINDS: Record<string, { edit: EditKind; minWords?: number }> = {
  'words inserted near': { edit: (r, d, s) => insertAt(r, d, nearIndex(r, d, s)) },
  'words inserted away': { edit: (r, d, s) => insertAt(r, d, awayIndex(r, d, s)) },
  'words deleted near': { edit: (r, d, s) => deleteAt(r, d, nearIndex(r, d, s), s) },
  'words deleted away': { edit: (r, d, s) => deleteAt(r, d, awayIndex(r, d, s), s) },
  'word changed near': { edit: (r, d, s) => changeAt(r, d, nearIndex(r, d, s), s) },
  'word changed away': { edit: (r, d, s) => changeAt(r, d, awayIndex(r, d, s), s) },
  'paragraphs reordered': {
    edit: (r, d) => {
      const next = clone(d);
      for (let i = next.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [next[i], next[j]] = [next[j]!, next[i]!];
      }
      return next;
    },
  },
  'ad block inserted': {
    edit: (r, d) => {
      const next = clone(d);
      const ad = [{ id: -1, text: 'Advertisement.' }, ...words(r, pickInt(r, 20, 40))];
      next.splice(Math.floor(r() * (next.length + 1)), 0, ad);
      return next;
    },
  },
  'passage: one letter changed': { edit: (r, d, s) => editInside(r, d, s, false), minWords: 4 },
  'passage: one word changed': { edit: (r, d, s) => editInside(r, d, s, true), minWords: 6 },
};
