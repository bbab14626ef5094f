/**
 * Modals and beliefs about the past, or settled since: a habit ("would walk to work every
 * day"), a belief the sentence overtakes ("we thought it was over, and then …"), a forecast
 * that proved right, a hope that came. Not speculation: the sentence says what happened.
 */

/** Past habits, each with the frame that marks it. */
const HABITS: RegExp[] = [
  // "For decades, children would walk to the library"; "Growing up, she would …".
  /^(?:for (?:decades|years|generations|centuries)|in those days|as a (?:boy|girl|child)|growing up)\b[^.;]*\bwould\b/i,
  // "would often", "would for many years open one store a year".
  /\bwould (?:often|regularly|usually|always|sometimes|routinely|typically|frequently|for (?:many|several|some) years)\b/i,
  // "my grandmother would wake at four".
  /\b(?:my|his|her|our|their) (?:grand)?(?:mother|father|parents|mum|mom|dad|gran|granny|grandma|grandpa|nan|aunt|uncle)\s+would\b/i,
  // "would … every day", "would mention it in almost every speech".
  /\bwould\b[^.;]*\bevery (?:single |weekday |working |other )?(?:day|night|morning|evening|week|weekend|weekday|time|shift)\b/i,
  // "On a good night she would play for two hours".
  /^on (?:a good|a busy|a quiet|a bad|most|good|busy|quiet) (?:night|day|evening|morning|afternoon)s?\b[^.;]*\bwould\b/i,
  // "The men on his shift would play dominoes in the canteen at 2am".
  /\bwould\b[^.;,]*\bat \d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)/i,
  // "started on the ovens in 1979, at 16, and would come home …".
  /\b(?:in|since) (?:19|20)\d\d\b[^.;]*\band would\b/i,
  /\bwould\b[^.;]*\b(?:almost|nearly|virtually|practically) every\b/i,
  // "would call me at three in the morning", "would rise before dawn".
  /\bwould \w+(?: (?:me|us|him|her|them|you))? (?:in )?(?:at|by|before|after) (?:dawn|dark|dusk|first light|sunrise|sunset|midnight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?:am|pm)?)\b/i,
  // "We used to close every August, and we would lose half our regulars".
  /\bused to\b[^.;]*\bwould\b/i,
  // "When I was at the ministry, we would spend a month on a memo".
  /\bwhen (?:I|we|he|she|they) (?:was|were) (?:at|in|with|a|an|still|young|younger|little|small|growing)\b[^.;]*\bwould\b/i,
  // "Two years ago people would cross the road" (not "Two years ago officials said … would").
  /\b(?:\w+|a few|several) (?:days|weeks|months|years|decades) ago,?\s+(?:(?!said|says|told|announced|predicted|warned|forecast|expected|thought|believed)[\w’'-]+\s+){0,4}would\b/i,
  // "In past storms, residents would ride things out", "Last season he would name his team
  // an hour before kick-off" (not "Last year the bank said it would …").
  /^(?:in (?:past|previous|earlier|former) (?:storms|floods|years|seasons|cycles|elections|crises|winters|summers|recessions|decades|campaigns|downturns)|last (?:season|year|summer|winter|spring|autumn|fall|term|cycle|time))\b,?\s+(?:(?!said|says|told|announced|predicted|warned|forecast|expected|thought|believed|promised|pledged|hoped)[\w’'-]+,?\s+){0,5}would\b/i,
  // "When the bank last began a cutting cycle, in 2019, it would publish a rate track".
  /^when\b[^.;]{0,60}\blast (?:\w+ed|began|began|went|came|met|held|ran|won|lost|took|made|cut|set)\b[^.;]*?,\s+(?:(?!said|says|told|announced|predicted|warned|forecast|expected|thought|believed|promised)[\w’'-]+,?\s+){0,4}would\b/i,
  // "would name his team an hour before kick-off, a habit he has kept".
  /\bwould\b[^.;]*\b(?:a habit|as (?:was|is) (?:his|her|their|its) (?:habit|custom|wont))\b/i,
  // "would cycle to training in his first season", "in the early years".
  /\bin (?:his|her|their|my|our|the|its) (?:first|early|last|final|younger|school|student|rookie|debut) (?:season|year|years|days|weeks|months|term)\b[^.;]*\bwould\b/i,
  /\bwould\b[^.;]*\bin (?:his|her|their|my|our|the|its) (?:first|early|last|final|younger|school|student|rookie|debut) (?:season|year|years|days|weeks|months|term)\b/i,
];

/** True when the sentence tells a past habit with "would". */
export const pastHabit = (sentence: string): boolean => HABITS.some((re) => re.test(sentence));

/** "than they thought it": a "would" after it compares with a past expectation. */
export const THAN_EXPECTED =
  /\bthan\s+(?:[\w’'-]+\s+){1,2}(?:thought|expected|predicted|feared|hoped|imagined|planned)\s+(?:it|they|he|she|we|I|you)\s*$/i;

/** Forecast words a later "proved right" settles. */
const FORECAST_WORD = /^(?:forecasts?|would|predicted|predictions?|expected|projections?)\b/i;
const SETTLED_FORECAST =
  /^[^;]*?\b(?:proved|proven|turned out to be)\s+(?:\w+\s+)?(?:right|accurate|correct|wrong|unfounded|true|spot[- ]on)\b|^[^;]*?\bcame true\b|^[^.]*?\bthe actual (?:figure|number|result|outcome|rate|total|growth) (?:was|came in|turned out)\b/i;

/** "the bank's forecast that inflation would drop … proved right": `cue`, then `after` it. */
export const forecastSettled = (cue: string, after: string): boolean =>
  FORECAST_WORD.test(cue) && SETTLED_FORECAST.test(after);

/** Hopes, doubts and fears as nouns ("hopes of", "The doubts about"). */
const FEELING_NOUN = /(?:^|\s)(?:hopes?|doubts|fears|worries|concerns)\b/i;
/** What settles them later in the sentence: "ended", "were dashed", "were settled". */
const SETTLED_AFTER =
  /^[^.;]{0,80}\b(?:ended|were dashed|was dashed|faded|collapsed|evaporated|vanished|were settled|were dispelled|were laid to rest|proved unfounded|came to nothing)\b/i;

/** "The governor's hopes of a second term ended with the vote": `cue`, then `after` it. */
export const feelingSettled = (cue: string, after: string): boolean =>
  FEELING_NOUN.test(cue) && SETTLED_AFTER.test(after);

/** A past hope in a relative clause: "the result (that) we hoped for". */
export const HOPED_FOR = /^(?:(?:we|I|they|he|she) )?hoped for\b/i;

/** A past belief, then what overtook it: "we thought it was over, and then it started again". */
const BELIEF_OVERTAKEN =
  /\b(?:we|I|they|he|she|you)\s+(?:thought|assumed|believed|expected|hoped|imagined|figured)\b[^.;]*?(?=,?\s*(?:and then|but then|and instead|instead|but in fact)\b)/gi;

/** The spans of the sentence holding beliefs it then overtakes. */
export function overtakenBeliefs(sentence: string): { start: number; end: number }[] {
  if (!/\b(?:then|instead|in fact)\b/i.test(sentence)) return [];
  return [...sentence.matchAll(BELIEF_OVERTAKEN)].map((b) => ({
    start: b.index,
    end: b.index + b[0].length,
  }));
}
