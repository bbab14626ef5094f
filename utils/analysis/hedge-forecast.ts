/**
 * Forecasts in the writer's voice: a future that nobody schedules, only predicts. A
 * writer's "will" is usually a schedule ("The committee will meet on Monday"), so only
 * these shapes count: a trend ("Prices will rise"), a level reached or a change by an
 * amount ("Highs will reach 31C", "will cut costs by a fifth"), the weather, which no
 * one can schedule ("Showers will spread east"), and a company's guidance ("now sees
 * sales growth of 3%"). Used by ALWAYS in hedging.ts.
 */

const WILL = String.raw`(?:will|won['’]t|['’]ll)`;

/** Weather that has a future: "temperatures will", "the storm will". */
const WEATHER_WORDS = [
  'temperatures',
  'highs',
  'lows',
  'winds',
  'gusts',
  'rain',
  'rainfall',
  'showers',
  'downpours',
  'snow',
  'snowfall',
  'sleet',
  'thunderstorms',
  'storms',
  'the storm',
  'the heat',
  'the heatwave',
  'fog',
  'frost',
  'clouds',
  'skies',
  'drizzle',
  'the weather',
];
/** Capitalised only opening the sentence, so that "Jon Snow will" stays a person. */
const WEATHER = String.raw`(?:^|[^\w’'-])(?:${WEATHER_WORDS.join('|')})|^(?:${WEATHER_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`;

/** A unit after a figure makes "will reach" a level, not a destination ("reach 40 cities"). */
const LEVEL = String.raw`(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:%|percent|per cent|[CF]\b|degrees|mph|km/h|knots|mm|cm|inches|feet|metres|meters|million|billion|trillion|bn|m\b))`;

export const FORECAST: RegExp[] = [
  // A trend in the future is a forecast, whoever states it ("The heat will ease").
  new RegExp(
    String.raw`\b${WILL}(?: (?:probably|likely|soon|further|gradually|continue to))? (?:rise|fall|climb|drop|ease|increase|decrease|decline|grow|shrink|slow|accelerate|worsen|improve|peak|intensify|weaken|strengthen|recover|rebound|spread|soar|plunge|surge|slump|double|triple|halve|persist|linger)\b(?=\s*(?:[,.;:!?)”"]|$)|\s+(?:\d|[$€£¥₹]|(?:from|by|to|in|on|at|over|until|after|before|through|during|sharply|slightly|further|again|quickly|slowly|steadily|significantly|substantially|next|this|later|above|below|towards?|as|when|if|unless|and|but|or|into|across|around|overnight|tomorrow|soon|north|south|east|west|northwards?|southwards?|eastwards?|westwards?|inland|offshore|nationwide)\b))`,
    'gi',
  ),
  // A change by an amount is a forecast: "will reduce consumption by about 12 percent". Not a
  // price or payout its setter decides: "will raise its quarterly dividend by 3 cents".
  /\b(?:will|won['’]t|['’]ll) (?:reduce|cut|lower|raise|boost|increase|lift|add|save|trim|shave)\b(?! (?:its|their|the) (?:quarterly |annual |interim |final |special )?(?:dividend|fares?|fees?|prices?|tuition|rents?|salar(?:y|ies)|wages?|pay|payout)\b)[^.;:]*?\bby (?:about |around |roughly |up to |some |as much as |nearly |almost |more than )?(?:[$€£¥₹]\s?)?(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|half|a third|a quarter|a fifth|a tenth|hundreds|thousands|millions)\b)/gi,
  // Company guidance: "now sees full-year sales growth of 3%", "guided for a weaker
  // second half".
  /\b(?:now |still |also )?sees (?:(?:full-year|annual|quarterly|first-half|second-half|core|underlying|organic|sales|revenue|profit|earnings|price) ){0,3}(?:growth|sales|revenue|profits?|earnings|inflation|margins?|demand|losses|output)\b|\bguid(?:ed|es|ing) (?:for|towards?)\b/gi,
  // A level reached: "Highs will reach 31C", "debt will top $1 trillion".
  new RegExp(
    String.raw`\b${WILL} (?:reach|hit|top|exceed|surpass)\s+(?:about |around |roughly |nearly |almost |more than |as (?:high|much|many) as |up to )?${LEVEL}`,
    'gi',
  ),
  // The weather's future is always a forecast: "Showers will spread east", "Skies will clear".
  new RegExp(
    String.raw`(?=will|won|['’]ll)(?<=(?:${WEATHER})(?:\s+[\w’'-]+){0,2}\s+)${WILL}\b`,
    'g',
  ),
];
