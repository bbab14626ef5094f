// compromise's tagger without its third level (the people()/numbers()/chunk API this code does
// not use): the tags are the same, and the background worker has ~60 KB less to load at start.
import nlp from 'compromise/two';

/** A word from compromise's parse, located in the analysed text. */
export interface Token {
  /** The word as written, without surrounding punctuation. */
  text: string;
  start: number;
  end: number;
  /** Punctuation and spaces before/after the word, as written. */
  pre: string;
  post: string;
  /** compromise's tags (Person, FirstName, Place, Organization, Verb, …). */
  tags: Set<string>;
  /** Index of the sentence (from our own splitter) the token belongs to. */
  sentence: number;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/**
 * Parses the whole text once with compromise and returns its words with character
 * offsets. compromise keeps every character in a term's pre/text/post, so summing
 * them gives exact offsets without its costly `.json({offset})`. Sentences come from
 * our own splitter (`sentenceStarts`), which handles abbreviations and quotes better.
 */
export function tokenize(text: string, sentenceStarts: number[]): Token[] {
  const doc = nlp(text) as unknown as { document: Term[][] };
  const out: Token[] = [];
  let pos = 0;
  let sentence = 0;
  for (const terms of doc.document) {
    for (const t of terms) {
      pos += t.pre.length;
      const start = pos;
      pos += t.text.length;
      // Text tokenised with spaces before punctuation ("Vandermolen , a spokesman", as some
      // corpora print it): a comma or full stop on its own belongs to the word before.
      // Rules read `post` as written punctuation ("Name, a …"), so the space before the mark
      // is dropped there; offsets come from `start`/`end`, not from `post`.
      if (out.length > 0 && /^[,.;:!?]+$/.test(t.text)) {
        const prev = out[out.length - 1] as Token;
        prev.post = (prev.post + t.pre + t.text + t.post).replace(/\s+(?=[,.;:!?])/g, '');
        pos += t.post.length;
        continue;
      }
      if (t.text.length > 0) {
        while (
          sentence + 1 < sentenceStarts.length &&
          start >= (sentenceStarts[sentence + 1] ?? Infinity)
        )
          sentence++;
        out.push({
          text: t.text,
          start,
          end: pos,
          pre: t.pre,
          post: t.post,
          tags: t.tags,
          sentence,
        });
      } else if (out.length > 0) {
        // An implied word (the "is" of "Pemberton's" read as "Pemberton is") has no text but
        // may hold the space or punctuation after the written word: it belongs to that word.
        (out[out.length - 1] as Token).post += t.pre + t.post;
      }
      pos += t.post.length;
    }
  }
  return out;
}

const NAME_TAGS = /Name$|^Person$|^Honorific$|^Place|^Country$|^City$|^Region$|^Organization$/;
/**
 * True if compromise's lexicon knows the lower-cased word as something other than a
 * name ("every", "nobody", "unless"): a capitalised word like that is no one's name.
 */
export function commonWord(word: string): boolean {
  const lexicon = (
    nlp as unknown as {
      world(): { model: { one: { lexicon: Record<string, string | string[]> } } };
    }
  ).world().model.one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  if (!tag) return false;
  return (Array.isArray(tag) ? tag : [tag]).every((t) => !NAME_TAGS.test(t));
}
