/**
 * W3C Web Annotation selectors, kept as plain data so they can be stored,
 * exported and matched without any DOM (https://www.w3.org/TR/annotation-model/#selectors).
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters of text before `exact`. */
  prefix: string;
  /** Up to 32 characters of text after `exact`. */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offset of the first character in the page's indexed text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/** The pair every annotation carries: the quote decides, the position is a hint. */
export interface TextTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A half-open character range [start, end) in an indexed text. */
export interface TextSpan {
  start: number;
  end: number;
}
