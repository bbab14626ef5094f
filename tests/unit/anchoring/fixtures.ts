/**
 * Fixture prose written for these tests (a fictional town and council). It deliberately
 * repeats phrases ("the council said", "next week") so repeats have to be told apart.
 */
export const ARTICLE = [
  'Harbour Vale council will vote next week on a plan to close the old ferry pier, the council said on Monday.',
  'The pier, built in 1911, has been shut to vehicles since a survey found cracks in two of its supports.',
  'Officials expect repairs to cost at least 4.2 million, although the final figure could rise, the council said.',
  'Some residents believe the closure is a first step towards selling the waterfront to a hotel developer.',
  'Mara Okafor, who runs a bait shop beside the pier, said the plan might end a century of fishing from the town.',
  '"If they close it, the boats will go to Westmouth and they will not come back," she said.',
  'A spokesperson for the developer said it had no plans for the site and had not approached the council.',
  'The council said a consultation would open next week and run until the end of the month.',
  'It is possible that a smaller walkway could be kept for anglers, according to a draft report seen by this paper.',
  'The vote is expected to be close.',
].join(' ');

/** A second, unrelated fixture used as "the passage is gone" filler. */
export const OTHER_ARTICLE = [
  'The regional library service reopened its mobile van on Tuesday after a winter without deliveries.',
  'Drivers will visit eleven villages each fortnight, stopping for about an hour at every stop.',
  'Readers can reserve books online and collect them from the van, the service said.',
].join(' ');

/** The span of the first occurrence of `phrase` in `text` (throws if absent, to catch typos). */
export function spanOf(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from);
  if (start === -1) throw new Error(`fixture phrase not found: ${phrase}`);
  return { start, end: start + phrase.length };
}
