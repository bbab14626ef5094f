/** The vocabulary of numeric figures: number words, qualifiers, currencies, scales, counted nouns. */

/** Longer phrases first: an alternation takes the first that fits ("hundreds of thousands of people"). */
export const WORD_NUMS =
  '(?:tens|hundreds) of (?:thousands|millions|billions)|half a dozen|a few hundred|a few thousand|a few million|a few billion|several hundred|several thousand|several million|several billion|(?:two|three|four|five|seven|nine)-(?:thirds|quarters|fifths|sixths|eighths|tenths)|(?:one|a)-(?:third|quarter|fifth|sixth|eighth|tenth)|one (?:third|quarter|fifth|sixth|eighth|tenth)(?= of)|a (?:third|quarter|fifth|sixth|tenth)|an eighth|zero|one|two|three|four|five|six|seven|eight|nine|ten|half(?= of)|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|dozens|a dozen|dozen|hundreds|thousands|millions|billions';
export const QUALIFIER =
  '(?:(?:more|fewer|less|greater|higher|lower) than|at least|at most|up to|as many as|as few as|as much as|nearly|almost|about|around|approximately|roughly|some|over|under|only|just|precisely|exactly|an estimated|estimated|close to|upward of|upwards of|in excess of|as little as|as high as|as low as|an average of|a total of|a further|another|an extra|an additional)\\s+';
/** Digits with thousands separators only before three digits ("2012, hundreds" is two things). */
export const NUM = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
/**
 * Currency before the amount: symbols, dollars of other countries ("A$", "US$"), rupees,
 * East African shillings ("Sh4.2 trillion", "KSh 50bn") and ISO codes.
 */
export const CURRENCY =
  '(?:(?:US|A|C|NZ|HK|S|R)?[$€£¥₹₦₩₽₺₱]|Rs\\.?|K?Sh\\.?|[UT]Sh|CHF|INR|USD|EUR|GBP|(?<![\\w.])[NRP](?=\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?\\s?(?:m|bn|k|million|billion|trillion)\\b))\\s?';
/** A minus sign belongs to the number ("-12C", "−0.5%"); "F-35" is kept out by the look-behind. */
export const DIGITS = `(?:${CURRENCY})?(?:[-−](?=\\d))?${NUM}(?:\\s?(?:-|–|to)\\s?(?:${CURRENCY})?${NUM})?`;
/** Scale words (Indian lakh and crore too); the short forms may be written solid ("£3bn", "3.5m"). */
export const SCALE =
  '(?:\\s(?:million|billion|trillion|thousand|hundred|lakh crore|lakhs?|crores?)|\\s?(?:bn|tn|m|k|cr)(?![a-z]))?';
export const COMPOUND = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))`;
/**
 * A plural counted noun ("people", "churchgoers", "gunmen"), not a verb or function word
 * ending in s, or a noun whose plural has no s ("94 aircraft", "six crew").
 */
export const NOUN =
  "(?!(?:was|has|is|as|its|his|this|thus|us|does|goes|says|across|less|unless|whereas|perhaps|always|yes|plus|minus|versus|towards|afterwards|besides|includes|remains|seems|ago)\\b)(?:[a-z'’-]*(?:people|men|women|children)|aircraft|spacecraft|crew|staff|personnel|police|cattle|sheep|livestock|[a-z][a-z'’-]*s)\\b";
/** Number words that start a figure of their own, so never a modifier ("one back eight minutes"). */
export const SPELLED =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?';
/** A modifier between number and noun: any word but a function word, a conjunction or a number. */
export const MOD = `(?:(?!(?:of|the|a|an|and|or|but|than|that|which|who|as|if|so|not|to|in|on|at|for|with|by|from|into|after|before|while|when|was|were|is|are|had|has|have|${SPELLED})\\b)[a-z][a-z-]*\\s)`;
