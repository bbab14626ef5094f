/**
 * Quotation marks written as tokens of their own, as tokenised corpora print them
 * ("`` Prices will rise , '' said X", '" Prices will rise , " said X'), moved onto the words
 * they belong to, as running text writes them ('"Prices will rise," said X'). Every
 * replacement has the length of what it replaces, so offsets into the result are offsets
 * into the original text.
 */
export function plainQuotes(text: string): string {
  if (!/``|''|(?:^|\s)"(?:\s|$)/.test(text)) return text;
  // A straight quote with space on both sides: the marks alternate, opening first. Mark
  // them with private-use characters (\uE000 opening, \uE001 closing), so they move like
  // `` and ''.
  let seen = 0;
  const marked = text.replace(/"/g, (mark, at: number) => {
    const opening = seen++ % 2 === 0;
    const spaced =
      (at === 0 || /\s/.test(text[at - 1]!)) &&
      (at === text.length - 1 || /\s/.test(text[at + 1]!));
    if (!spaced) return mark;
    return opening ? '\uE000' : '\uE001';
  });
  return (
    marked
      // Opening: "`` We" -> "  “We", '" We' -> '  "We'.
      .replace(/(``|\uE000) ?/g, (m: string, mark: string) =>
        pad(mark === '``' ? '“' : '"', m.length, true),
      )
      // Closing, with the punctuation spaced before it: "March , '' said" -> 'March,”    said'.
      .replace(/(?: ([,.?!;:]))? ('')(?=\s|$)|(?: ([,.?!;:]))? \uE001/g, (m: string, p1, q, p2) =>
        pad(
          `${(p1 as string | undefined) ?? (p2 as string | undefined) ?? ''}${q ? '”' : '"'}`,
          m.length,
          false,
        ),
      )
      .replace(/^''(?=\s)/, '” ')
      .replace(/[\uE000\uE001]/g, '"')
  );
}

/** `text` padded with spaces to `length`: before it (an opening mark) or after it. */
function pad(text: string, length: number, before: boolean): string {
  const spaces = ' '.repeat(Math.max(0, length - text.length));
  return before ? spaces + text : text + spaces;
}
