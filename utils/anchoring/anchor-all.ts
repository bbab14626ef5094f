import { createMatcher, type TextMatcher } from './match';
import type { TextSpan, TextTarget } from './types';

/**
 * Anchors many targets against one text, in stored-position order, predicting each one's
 * position from the shift its predecessor moved by. Edits shift whole stretches of a page
 * by the same amount (an ad block above, a paragraph added), so on an edited page most
 * annotations are found with one comparison instead of a search over the whole text.
 * Results are in the order of `targets`; null is an orphan.
 */
export function anchorAll(
  text: string | TextMatcher,
  targets: readonly TextTarget[],
): (TextSpan | null)[] {
  const matcher = typeof text === 'string' ? createMatcher(text) : text;
  const order = targets.map((_, i) => i);
  const start = (i: number) => targets[i]?.position.start ?? 0;
  order.sort((a, b) => start(a) - start(b));
  const spans: (TextSpan | null)[] = targets.map(() => null);
  let shift = 0;
  for (const i of order) {
    const target = targets[i]!;
    const hint = target.position.start;
    const near = Number.isInteger(hint) ? hint + shift : undefined;
    const span = matcher.anchor(target, { near });
    spans[i] = span;
    if (span && Number.isInteger(hint)) shift = span.start - hint;
  }
  return spans;
}
