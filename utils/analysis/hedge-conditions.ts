/**
 * Conditions other than "if" and "unless", which hedging.ts finds itself: a premise
 * ("Assuming the weather holds, …", "provided that funding is approved") and an
 * inverted condition opening the sentence ("Should the talks collapse, …", "Were the
 * bank to cut, …", "Had he stayed, …"). A condition leaves its outcome open.
 */
export const CONDITIONS: RegExp[] = [
  /(?=assuming|supposing|presuming)(?:^|(?<=[,;:—–(]\s*))(?:assuming|supposing|presuming)\b/gi,
  /\b(?:provided|providing|on (?:the )?condition) that\b|\bso long as\b|\bin the event (?:of|that)\b/gi,
  // "…, provided the added revenue stays downtown": the same with "that" left out, after a
  // comma ("The city provided the money" is the verb).
  /(?<=,\s*)(?:provided|providing)(?=\s+(?:the|it|they|he|she|we|you|there|its|their|his|her|our|a|an|enough|no)\b)/gi,
  // An inversion needs the comma that closes it; "Should the council act?" is a question.
  /^["“]?(?:Should|Were|Had) (?:it|they|he|she|we|I|you|there|(?:the|a|an|its|their|his|her|our) (?:[\w’'-]+ ){0,2}?[\w’'-]+) (?:not )?(?:to )?\w+\b(?=[^?]*,[^?]*$)/g,
];
