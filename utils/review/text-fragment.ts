import type { TextQuoteSelector } from '../anchoring/types';

/** Past this many characters a quote is linked by its first and last words (textStart,textEnd). */
const LONG_QUOTE = 80;
const EDGE_WORDS = 4;

// Text fragment directives treat `-`, `,` and `&` as syntax, so those must be percent-encoded
// on top of what encodeURIComponent does (https://wicg.github.io/scroll-to-text-fragment/).
const encode = (text: string) =>
  encodeURIComponent(text.replace(/\s+/g, ' ').trim()).replace(/-/g, '%2D');

/** Stored context is cut at 32 characters, so its outer word may be partial: drop it. */
const CONTEXT_CUT = 32;

/** Up to three whole words of context next to the quote, for prefix-/-suffix. */
function near(text: string, side: 'before' | 'after'): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (text.length >= CONTEXT_CUT && words.length > 1) {
    if (side === 'before') words.shift();
    else words.pop();
  }
  return (side === 'before' ? words.slice(-3) : words.slice(0, 3)).join(' ');
}

/**
 * The article URL with a `#:~:text=` directive, so the browser scrolls to the passage and
 * marks it when the page opens. Prefix and suffix disambiguate repeated quotes; a long quote
 * is linked by its first and last words, which survives small edits in between.
 */
export function textFragmentUrl(url: string, quote: TextQuoteSelector): string {
  const exact = quote.exact.replace(/\s+/g, ' ').trim();
  if (!exact) return url;
  const parts: string[] = [];
  const prefix = near(quote.prefix, 'before');
  const suffix = near(quote.suffix, 'after');
  if (prefix) parts.push(`${encode(prefix)}-`);
  const words = exact.split(' ');
  if (exact.length > LONG_QUOTE && words.length > EDGE_WORDS * 2) {
    parts.push(encode(words.slice(0, EDGE_WORDS).join(' ')));
    parts.push(encode(words.slice(-EDGE_WORDS).join(' ')));
  } else {
    parts.push(encode(exact));
  }
  if (suffix) parts.push(`-${encode(suffix)}`);
  return `${url.split('#')[0]}#:~:text=${parts.join(',')}`;
}
