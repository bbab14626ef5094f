import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';

/**
 * Each row is a mistake seen on the corpus-style sentence set or a held-out-style batch,
 * rewritten with other words: [what, text, attributed, hedged, speaker (null: not
 * checked)]; an attributed of null is not checked. The text is analysed alone, as
 * `analyze --jsonl` does.
 */
const rows: [string, string, boolean | null, boolean, string | null][] = [
  // Weasel wording and research hedges.
  [
    'a judgement without a judge',
    'The bay is considered the safest anchorage on the coast.',
    false,
    true,
    null,
  ],
  ['generally regarded as', 'The recording is generally regarded as lost.', false, true, null],
  [
    'often described as, no source',
    'The pass is often described as the gateway to the north.',
    false,
    true,
    null,
  ],
  [
    'an unchecked source: some critics',
    'Some critics contend that the museum has lost its way.',
    true,
    true,
    'Some critics',
  ],
  ['a bare quantifier believing', 'Many believe the fire was no accident.', true, true, 'Many'],
  [
    'a quantifier with a consider clause',
    'Many scholars consider the letter a forgery.',
    false,
    true,
    null,
  ],
  [
    'according to some accounts',
    'According to some reports, the founder left in 1921.',
    true,
    true,
    null,
  ],
  [
    'a potential remedy',
    'The enzyme is a potential target for new antibiotics.',
    false,
    true,
    null,
  ],
  ['inconclusive results', 'Tests on the soil samples were inconclusive.', false, true, null],
  ['the data point to', 'The surveys point to weaker demand for office space.', false, true, null],
  ['a hypothesis', 'We hypothesise that the birds navigate by smell.', false, true, null],
  ['not ruling something out', 'The inspectors did not rule out sabotage.', false, true, null],
  [
    'a cause not yet established',
    'The source of the leak has not yet been established.',
    false,
    true,
    null,
  ],
  ['indications that', 'There are indications that the herd is recovering.', false, true, null],
  [
    'claimed to, impersonal',
    'The spring has been claimed to heal skin complaints.',
    false,
    true,
    null,
  ],
  ['an estimate of a crowd', 'The march was estimated at 20,000 people.', false, true, null],
  [
    'should as expectation',
    'The repairs should be completed by the end of May.',
    false,
    true,
    null,
  ],
  [
    'appears with an adjective',
    'The new vaccine appears effective in older adults.',
    false,
    true,
    null,
  ],
  [
    'a hypothetical would with a give verb',
    'The merger would give the new group half the market.',
    false,
    true,
    null,
  ],
  [
    'an implication denied',
    'A strong quarter does not mean profits will keep rising.',
    false,
    true,
    null,
  ],
  [
    'hoped with a pronoun',
    'The coach said she hoped the pitch would be ready by spring.',
    true,
    true,
    null,
  ],
  [
    'a reported would before a condition',
    'The mayor said the library would close without new funding.',
    true,
    true,
    null,
  ],
  [
    'an inverted condition',
    'The firm said sales would have doubled had the factory not flooded.',
    true,
    true,
    null,
  ],
  // Not hedges.
  ['permission with may', 'Members may bring two guests to the annual dinner.', false, false, null],
  ['habit with would', 'Each winter the family would move to the coast.', false, false, null],
  [
    'hearing is ability',
    'Neighbours could hear the alarm from across the street.',
    false,
    false,
    null,
  ],
  [
    'ability in a past frame',
    'Before the flood, ferries could cross the river in minutes.',
    false,
    false,
    null,
  ],
  [
    'alleged as a reporting verb',
    'The lawsuit alleged that the landlord ignored repeated complaints.',
    true,
    false,
    null,
  ],
  [
    'a threat reported after a warning',
    'The rebels warned that they would attack any convoy on the road.',
    true,
    false,
    null,
  ],
  [
    'a threat of consequences',
    'The minister warned that firms that broke the rules would face heavy fines.',
    true,
    false,
    null,
  ],
  [
    'a collective commitment in a quotation',
    '"We will defend every village," the commander said.',
    true,
    false,
    'the commander',
  ],
  // Attribution.
  [
    'in the words of',
    'In the words of one neighbour, the house was "a fortress."',
    true,
    false,
    'one neighbour',
  ],
  [
    'as someone put it',
    'As the coach put it, "we simply ran out of legs."',
    true,
    false,
    'the coach',
  ],
  [
    'speculated that',
    'Several commentators speculated that the governor would run again.',
    true,
    true,
    'Several commentators',
  ],
  [
    'hinted that',
    'The chairman hinted that a dividend cut was coming.',
    true,
    false,
    'The chairman',
  ],
  [
    'threatened that',
    'The landlord threatened that tenants would be evicted if they complained.',
    true,
    true,
    'The landlord',
  ],
  [
    'blamed with an organisation noun',
    'The insurer blamed the losses on a run of storms.',
    true,
    false,
    'The insurer',
  ],
  [
    'had forecast, settled',
    'Economists surveyed by the bank had forecast a small decline.',
    true,
    false,
    'Economists surveyed by the bank',
  ],
  [
    'a source with a relative clause after the verb',
    'The plan was dropped, said one aide who asked not to be named.',
    true,
    false,
    'one aide',
  ],
  [
    'but said after a refusal',
    'The club declined to comment on the fee but said the player had passed a medical.',
    true,
    false,
    'The club',
  ],
  // Not attribution.
  ['said to be, a rumour', 'The ship is said to be carrying grain.', false, true, null],
  ['a passive request', 'Passengers were asked to leave their bags behind.', false, false, null],
  ['told to, an order', 'He was told to report to the station.', false, false, null],
  ['widely expected, passive', 'She is widely expected to take the title.', false, true, null],
  ['said goodbye', 'The captain said goodbye to the crew on Sunday.', false, false, null],
  ['tells a story', 'The novel tells the story of two brothers at sea.', false, false, null],
  ['an imperative with please', 'Please suggest a venue for the next meeting.', false, false, null],
  [
    'a count of claims rejected',
    'The fund rejected 12 percent of claims in 2023.',
    false,
    false,
    null,
  ],
  ['nobody responded', 'Neither company responded to requests for comment.', false, false, null],
  [
    'concerned by a cause',
    'Farmers are deeply concerned by the drought in the south.',
    true,
    false,
    'Farmers',
  ],
  // From the sixth held-out-style batch.
  [
    'a name set off by commas, then a cue the tagger calls a noun',
    'Our reporter in the town, Mira Castellanos, reports that the bridge has reopened.',
    true,
    false,
    'Mira Castellanos',
  ],
  [
    'a pledge to act is no report',
    'Health Minister Ravi Menon took office in March promising to cut waiting lists.',
    false,
    false,
    null,
  ],
  [
    'a cue in a clause of time is a schedule',
    'The court is widely expected to rule for the city when it announces its verdict on Monday.',
    false,
    true,
    null,
  ],
  [
    'an institution that forecasts',
    'The airline now forecasts a loss of $40 million for the year.',
    true,
    true,
    'The airline',
  ],
  [
    'a plural the tagger calls a verb, in a relative clause',
    'Bond prices rose ahead of a budget that economists expect will include new borrowing.',
    true,
    true,
    'economists',
  ],
  [
    'a collective refusal to be cowed in a quotation',
    '“We will not be intimidated by anyone,” she told the crowd.',
    true,
    false,
    null,
  ],
  [
    'a threat in a quotation',
    '“Anyone who breaks the blockade will be treated as an enemy,” the admiral said.',
    true,
    false,
    'the admiral',
  ],
  ['the danger is', 'The danger is a slow leak that nobody notices for years.', false, true, null],
  [
    'a change by an amount',
    'The new timetable will cut journey times by about ten minutes.',
    false,
    true,
    null,
  ],
  [
    'a time stamp is not part of the source',
    '10:32 BST Police said the coast road was closed.',
    true,
    false,
    'Police',
  ],
  [
    '"what it called": it is the sentence’s own subject',
    'The ministry summoned the envoy over what it called “hostile remarks” by his staff.',
    true,
    false,
    'The ministry',
  ],
  // From the second corpus-style sentence batch.
  [
    'measurements indicate',
    'Our measurements indicate that the lake is warming.',
    null,
    true,
    null,
  ],
  ['credited with', 'The monk is often credited with founding the school.', false, true, null],
  [
    'raising the question',
    'The delays raise questions about whether the plan can work.',
    false,
    true,
    null,
  ],
  [
    'an elliptical condition',
    'If confirmed, the find would be the oldest in Europe.',
    false,
    true,
    null,
  ],
  ['a measure that should help', 'The tax cut should help small shops.', false, true, null],
  ['hard to verify', 'The figures are hard to verify.', false, true, null],
  [
    'ability in a when-clause past',
    'He could speak no Welsh when he arrived in Cardiff.',
    false,
    false,
    null,
  ],
  ['capacity', 'The hall could seat 900 people.', false, false, null],
  ['writing a work', 'She wrote two plays before moving to Paris.', false, false, null],
  [
    'a threat to hit back',
    'The militia warned that it would hit back hard against any raid.',
    true,
    false,
    null,
  ],
  [
    'evidence that suggests yields to the people who report it',
    'The data suggest that the river is cleaner, the scientists wrote.',
    true,
    true,
    'the scientists',
  ],
  // From the seventh held-out-style batch.
  [
    'evidence a court heard',
    'The money was spent on holidays, the jury heard on Monday.',
    true,
    false,
    'the jury',
  ],
  ['a thing promised is no report', 'The mayor promised new parks in 2019.', false, false, null],
  [
    'a refusal to sit quietly',
    '“We will not sit quietly while jobs go,” she said.',
    true,
    false,
    null,
  ],
  [
    'signalled with a clause',
    'Two members have signalled they may vote against the plan.',
    true,
    true,
    'Two members',
  ],
  [
    'an indefinite subject makes a reported would hypothetical',
    'Economists said a strike would hurt exporters.',
    true,
    true,
    'Economists',
  ],
  ['what was not said', 'The company did not say how many stores could close.', false, false, null],
  // From the third corpus-style sentence batch.
  ['critics who claim', 'Critics have claimed that the prize is fixed.', true, true, 'Critics'],
  ['suggestive of', 'The marks are suggestive of a fire.', false, true, null],
  [
    'remains to be determined',
    'How the fungus spreads remains to be established.',
    false,
    true,
    null,
  ],
  ['is unknown', 'The age of the tree is unknown.', false, true, null],
  ['presumed to', 'The crew are presumed to have drowned.', false, true, null],
  [
    'has yet to be confirmed',
    'The identity of the buyer has yet to be confirmed.',
    false,
    true,
    null,
  ],
  ['is attributed to', 'The poem is attributed to a court musician.', false, true, null],
  ['looks set to', 'The coach looks set to stay for another season.', false, true, null],
  ['not yet clear', 'It is not yet clear when the line will reopen.', false, true, null],
  ['permission not to take', 'Visitors may not take food into the gallery.', false, false, null],
  ['points towards is no cue', 'The surveys point towards a slow recovery.', false, true, null],
  [
    'a participle cue after an organisation',
    'The union welcomed the deal, saying it protected pensions.',
    true,
    false,
    'The union',
  ],
  [
    'a progressive cue is the main verb',
    'Traders are betting that the bank will raise rates.',
    true,
    true,
    'Traders',
  ],
  // Left over from the fourth held-out-style batch.
  [
    'a clause after an inverted cue is the writer’s again',
    'The club can afford the fee, argued Ana Reyes, a football finance expert, but it would face questions from the league.',
    true,
    true,
    'Ana Reyes',
  ],
  [
    'an aside before the cue keeps its would reported',
    'Mayor Tom Hale, who chairs the board, said the authority would publish its accounts.',
    true,
    false,
    'Tom Hale',
  ],
  // From the fourth corpus-style sentence batch.
  [
    'consistent with a hypothesis',
    'The pattern is consistent with the theory that the lake was once salt water.',
    false,
    true,
    null,
  ],
  ['weak evidence', 'The evidence tying the firm to the spill is thin.', false, true, null],
  ['remains a mystery', 'The purpose of the tunnel remains a matter of debate.', false, true, null],
  ['a polite question', 'Would you mind waiting outside?', false, false, null],
  ['habit on Sundays', 'On Saturdays, the brothers would fish from the pier.', false, false, null],
  // From the eighth held-out-style batch.
  [
    'a refusal to speculate',
    '“We don’t speculate about rates,” the governor said.',
    true,
    false,
    null,
  ],
  [
    'have long argued',
    'Historians have long argued that the treaty was a mistake.',
    true,
    false,
    'Historians',
  ],
  [
    'a name the name finder missed, set off after a job',
    'The spokeswoman for the agency, Lena Park, said the review was routine.',
    true,
    false,
    'Lena Park',
  ],
  // Session 5: a thing explaining, a company's calendar, a weather warning, the grounds of an
  // arrest, and the reporter's unnamed sources.
  [
    'a thing explains why',
    'The finding explains why the dam gave way so early.',
    false,
    false,
    null,
  ],
  ['a person explains why', 'Ms Odum explains why the dam gave way.', true, false, 'Ms Odum'],
  ['results on a date', 'The retailer reports quarterly results on Nov. 4.', false, false, null],
  [
    'an official warning issued',
    'Forecasters issued a severe weather warning for the valley on Monday.',
    false,
    false,
    null,
  ],
  [
    'a warning with its words',
    'Forecasters issued a warning that the river could burst its banks.',
    true,
    true,
    'Forecasters',
  ],
  [
    'arrested on suspicion of',
    'Three teenagers were arrested on suspicion of arson, police said.',
    true,
    false,
    'police',
  ],
  [
    'suspected, still a hedge',
    'The fire was started deliberately, it is suspected.',
    null,
    true,
    null,
  ],
  [
    'it is understood',
    'It is understood the two men had quarrelled earlier that evening.',
    false,
    true,
    null,
  ],
];

describe('corpus-style rows', () => {
  it.each(rows)('%s', (_name, text, attributed, hedged, speaker) => {
    const st = analyze(text).statements;
    const first = st.find((s) => s.attributed);
    const got = {
      attributed: attributed === null ? null : !!first,
      hedged: st.some((s) => s.label === 'speculation'),
      ...(speaker ? { speaker: first?.speaker ?? null } : {}),
    };
    expect(got, JSON.stringify(st.map((s) => s.cues))).toEqual({
      attributed,
      hedged,
      ...(speaker ? { speaker } : {}),
    });
  });
});

describe('question-and-answer interviews', () => {
  const text = [
    'Transport Minister Ines Oyelaran has run the department since June.',
    'Q: Will the new line open on time?',
    'A: It will open in 2027, a year late. I think the delay is the last one.',
    'Q: What if costs rise again?',
    'Higher costs would mean fewer stations.',
  ].join('\n\n');
  const st = analyze(text).statements;
  const at = (needle: string) => st.find((s) => s.text.includes(needle));
  it.each([
    ['an answer opening "A:"', 'It will open in 2027', true, 'Ines Oyelaran', 'speculation'],
    ['the rest of the answer', 'the last one', true, 'Ines Oyelaran', 'speculation'],
    ['an answer with no "A:"', 'fewer stations', true, 'Ines Oyelaran', 'speculation'],
    ['the question is nobody’s claim', 'on time?', false, null, null],
  ])('%s', (_name, needle, attributed, speaker, label) => {
    const s = at(needle);
    expect([s?.attributed, s?.speaker, s?.label]).toEqual([attributed, speaker, label]);
  });
});

describe('a source described before it is named', () => {
  it('gives "its transport minister" the name that follows', () => {
    const text =
      'Harlen will cut rail fares, its transport minister said on Monday. “Fares are too high,” Transport Minister Ada Vosk told reporters.';
    const s = analyze(text).statements[0];
    expect([s?.attributed, s?.speaker]).toEqual([true, 'Ada Vosk']);
  });
});
