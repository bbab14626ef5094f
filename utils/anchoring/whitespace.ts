/**
 * One definition of "whitespace" for indexing and matching, so a quote captured from the
 * index compares equal to the index text later. JavaScript's `\s` also covers no-break
 * spaces, which sites swap in and out of headlines and bylines between page versions.
 */
const WHITESPACE_RUN = /\s+/g;

/** Collapses every run of whitespace to a single space (no trimming). */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ');
}

/**
 * A whitespace-collapsed copy of `text` plus a way back to offsets in the original.
 * Used when a caller hands the matcher raw text instead of a text index's (already
 * collapsed) text, so the returned span still points into what the caller gave us.
 */
export interface CollapsedText {
  text: string;
  /** Maps a start offset in the collapsed text to the original text. */
  toOriginalStart(offset: number): number;
  /** Maps an exclusive end offset in the collapsed text to the original text. */
  toOriginalEnd(offset: number): number;
}

/** Returns a collapsed view of `text`; the identity when it is already collapsed. */
export function collapsedView(text: string): CollapsedText {
  if (!/\s\s|[^\S ]/.test(text)) {
    return { text, toOriginalStart: (o) => o, toOriginalEnd: (o) => o };
  }
  // origin[i] is the original offset of collapsed character i; one entry per kept char.
  const origin: number[] = [];
  let out = '';
  let lastEnd = 0;
  for (const match of text.matchAll(WHITESPACE_RUN)) {
    for (let i = lastEnd; i < match.index; i++) origin.push(i);
    origin.push(match.index);
    out += text.slice(lastEnd, match.index) + ' ';
    lastEnd = match.index + match[0].length;
  }
  for (let i = lastEnd; i < text.length; i++) origin.push(i);
  out += text.slice(lastEnd);
  return {
    text: out,
    toOriginalStart: (o) => (o < origin.length ? (origin[o] ?? text.length) : text.length),
    toOriginalEnd: (o) => (o <= 0 ? 0 : (origin[o - 1] ?? text.length - 1) + 1),
  };
}
