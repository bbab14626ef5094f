import type { Span } from './types';

/** Where a sentence stands relative to direct quotations. */
export interface QuoteInfo {
  /** The sentence starts inside a quotation opened in an earlier sentence. */
  continues: boolean;
  /** A quotation is still open at the end of the sentence. */
  open: boolean;
  /** Characters inside quotation marks in this sentence. */
  quotedChars: number;
  /** Offset (in the sentence) of the first opening and of the last closing mark, or -1. */
  firstOpen: number;
  lastClose: number;
  /** Absolute ranges of quoted text in this sentence (marks excluded). */
  ranges: Span[];
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/**
 * Tracks quotation marks across sentences. Straight quotes toggle; typographic ones
 * say which way they face; single marks (‘…’, British and Australian style) count when no
 * double quotation is open. News convention: a paragraph that ends inside a quotation
 * continues it in the next paragraph, which opens with a fresh mark, so an unclosed
 * quote survives a paragraph break only when the next paragraph opens one.
 */
export function trackQuotes(text: string, sentences: Span[]): QuoteInfo[] {
  const out: QuoteInfo[] = [];
  let open = false;
  // Single marks (‘…’) quote only where double ones are not used around them; the closing
  // one doubles as the apostrophe, so it closes only before a non-letter.
  let single = false;
  let prevEnd = 0;
  for (const s of sentences) {
    const gap = text.slice(prevEnd, s.start);
    const str = text.slice(s.start, s.end);
    if (open && gap.includes('\n') && !/^["“«„‘]/.test(str)) open = single = false;
    const continues = open;
    let quotedChars = 0;
    let firstOpen = -1;
    let lastClose = -1;
    const ranges: Span[] = [];
    let rangeStart = continues ? s.start : -1;
    for (let i = 0; i < str.length; i++) {
      const ch = str[i] as string;
      let isOpen = OPEN.has(ch);
      let isClose = CLOSE.has(ch);
      if (ch === '"') {
        // A straight mark opening a paragraph inside an open quotation re-opens it, as a
        // typographic one does (news convention above), rather than closing it.
        const reopens = open && i === 0 && gap.includes('\n');
        isOpen = !open || reopens;
        isClose = open && !reopens;
      } else if (ch === '‘' && (!open || single) && !/[\p{L}\p{N}]/u.test(str[i - 1] ?? ' ')) {
        // A fresh mark at a continued paragraph's start re-opens the same quotation.
        isOpen = (!open || i === 0) && /[\p{L}\p{N}"“]/u.test(str[i + 1] ?? '');
        single = isOpen || single;
      } else if (ch === '’' && open && single && !/[\p{L}]/u.test(str[i + 1] ?? ' ')) {
        isClose = true;
      }
      if (isOpen) {
        // A fresh mark at a continued paragraph's start re-opens the same quotation.
        open = true;
        if (firstOpen < 0) firstOpen = i;
        if (rangeStart < 0) rangeStart = s.start + i + 1;
      } else if (isClose) {
        open = false;
        single = false;
        lastClose = i;
        if (rangeStart >= 0) ranges.push({ start: rangeStart, end: s.start + i });
        rangeStart = -1;
      } else if (open) quotedChars++;
    }
    if (rangeStart >= 0) ranges.push({ start: rangeStart, end: s.end });
    out.push({ continues, open, quotedChars, firstOpen, lastClose, ranges });
    prevEnd = s.end;
  }
  return out;
}
