import { describe, expect, it } from 'vitest';
import { findHedges } from '../../../utils/analysis/hedging';

const plain = { quoted: false, indirect: false };
const quoted = { quoted: true, indirect: false };
const indirect = { quoted: false, indirect: true };

describe('findHedges', () => {
  it.each([
    ['likelihood adverb', 'The bridge was probably closed before noon.', plain, 'probably'],
    ['possibility', 'A second vote is possible in June.', plain, 'possible'],
    ['appearance', 'It seems unlikely that the vote will pass.', plain, 'seems'],
    ['modal of possibility', 'The storm may reach the coast tonight.', plain, 'may'],
    [
      'could as possibility, even before "help" or "see"',
      'Cheaper loans could help small firms grow.',
      plain,
      'could',
    ],
    ['could with an outcome verb', 'The delay could see prices climb further.', plain, 'could'],
    ['conditional', 'If the dam fails, the valley will flood.', plain, 'If'],
    [
      'expectation in the passive',
      'The mayor is expected to resign on Friday.',
      plain,
      'is expected to',
    ],
    ['negated expectation', 'The club does not expect to sign anyone.', plain, 'does not expect'],
    ['writer-voice would', 'Such a move would be a clear break with the past.', plain, 'would'],
    ['a speaker predicting with will', 'We will win this seat back.', quoted, 'will'],
    [
      'a speaker predicting with going to',
      'There are going to be hard choices.',
      quoted,
      'are going to',
    ],
    [
      'belief with a pronoun subject',
      'She said she believed the plan would fail.',
      indirect,
      'she believed',
    ],
    ['first-person belief', 'We believe the rules should change.', quoted, 'We believe'],
    ['unverified claims', 'Reporters could not verify the video.', plain, 'could not verify'],
    [
      'raised fears',
      'The outage raised fears that the grid is fragile.',
      plain,
      'raised fears that',
    ],
    ['worry as a clause', 'Farmers worry that the river will dry up.', plain, 'worry that'],
    [
      'confidence about an outcome',
      'He is confident the bill will be passed.',
      indirect,
      'is confident',
    ],
    // From the held-out-style articles.
    [
      'British "understood to"',
      'The chancellor is understood to favour a delay.',
      plain,
      'is understood to',
    ],
    ['reported to', 'The striker is reported to be close to a move.', plain, 'is reported to'],
    [
      'an expectation about something else',
      'The insurer expects claims to double.',
      indirect,
      'expects claims to',
    ],
    [
      'a negated expectation in the passive',
      'A verdict is not expected until May.',
      plain,
      'is not expected',
    ],
    [
      'belief prompted by evidence',
      'That makes me think the leak was deliberate.',
      quoted,
      'makes me think',
    ],
    ['belief with feel and a clause', 'She felt the talks were doomed.', indirect, 'She felt'],
    ['speculation that', 'There is speculation that the coach will quit.', plain, 'speculation'],
    [
      'how something looks',
      'The raids appeared aimed at the fuel depots.',
      indirect,
      'appeared aimed',
    ],
    [
      'a wager on an outcome',
      'The chain is betting that shoppers will return.',
      plain,
      'betting that',
    ],
    [
      'an expectation after a noun',
      'Voters go to the polls in an election, expected in June.',
      plain,
      'expected in',
    ],
    [
      'confidence with an adverb',
      'The club are now confident of a deal.',
      plain,
      'are now confident',
    ],
    ['a negated belief', 'We do not believe the dam is at risk.', quoted, 'We do not believe'],
    ['a trend in the future', 'Bus fares will rise in January.', plain, 'will rise'],
    [
      'as if after a verb of appearance',
      'It looks as if the ferry will stop.',
      plain,
      'looks as if',
    ],
    ['an estimated figure', 'An estimated 4,000 homes lost power.', plain, 'An estimated'],
    [
      'a race nobody can call',
      'The mayoral race is too close to call.',
      plain,
      'too close to call',
    ],
    [
      'a worry held by a pronoun',
      'She said she worried the plant would close.',
      indirect,
      'she worried',
    ],
    [
      'an expectation held by a pronoun',
      'He said he expected a deal by Friday.',
      indirect,
      'he expected',
    ],
    [
      'what nobody can say yet',
      'We cannot say yet whether the leak is over.',
      quoted,
      'cannot say',
    ],
    ['uncertainties', 'Both estimates carry wide uncertainties.', plain, 'uncertainties'],
    [
      'an open question',
      'The question is whether the truce holds.',
      quoted,
      'The question is whether',
    ],
    [
      'an expectation after a noun',
      'Fares rose, with commuters expected to pay more.',
      plain,
      'expected to',
    ],
    [
      'a reported would consider is still tentative',
      'The bank said it would consider lending more to farmers.',
      indirect,
      'would',
    ],
    [
      'not immediately clear whether',
      'It was not immediately clear whether the mine had reopened.',
      plain,
      'not immediately clear',
    ],
    // From the fresh batch h4-sentences-1.
    ['nobody knows', 'Nobody knows how long the shortage will last.', plain, 'Nobody knows'],
    [
      'a negated belief with a noun subject',
      'Officials do not believe the two fires are linked.',
      plain,
      'do not believe',
    ],
    [
      'weather moving somewhere',
      'Showers will spread east during the afternoon.',
      plain,
      'will spread',
    ],
    ['the weather in general', 'Skies will clear by midnight.', plain, 'will'],
    ['a level forecast', 'Highs will reach 31C in London on Thursday.', plain, 'will reach 31C'],
    ['a level in money', 'Public debt will top $1 trillion.', plain, 'will top $1'],
    // From the fresh batch h4-sentences-2.
    [
      'polls suggest, with no "that"',
      'Polls suggest the race is tightening.',
      plain,
      'Polls suggest',
    ],
    ['poised to', 'The dollar is poised to post its biggest gain.', plain, 'is poised to'],
    ['a market wager', 'Investors are betting the bank will cut rates.', plain, 'are betting'],
    ['a preview verdict', 'City should have too much for them.', plain, 'should have too much'],
    ['a duration ahead', 'The upgrade should take about two hours.', plain, 'should take about'],
    ['a belief in apposition', 'The painting, believed to be his, sold.', plain, 'believed to'],
    ['feared to have', 'The ship is feared to have sunk.', plain, 'is feared to'],
    ['feared dead', 'Nine miners are feared dead.', plain, 'are feared dead'],
    ['a quoted trend is no schedule', 'Prices will start to fall next month.', quoted, 'will'],
    ['meeting a target is no meeting', 'We will meet our targets this year.', quoted, 'will'],
    ['a bare year is a projection', 'It will open in 2027, a year late.', quoted, 'will'],
    // From the fresh held-out-style batch h4 and the held-out-style articles.
    [
      'an expectation in a with clause',
      'Rain is heavy, with up to 80mm expected on the hills.',
      plain,
      'expected',
    ],
    // From the fresh batch h4-sentences-3.
    ['on track to', 'The firm is on track to post a loss.', plain, 'on track to'],
    ['shaping up', 'The harvest is shaping up to be poor.', plain, 'shaping up to be'],
    ['a suspected attack', 'Police found a suspected bomb.', plain, 'suspected'],
    ['in all likelihood', 'In all likelihood, it will pass.', plain, 'In all likelihood'],
    ['the favourite to', 'The favourite to succeed him is Ruth.', plain, 'favourite to'],
    ['tipped to', 'The actor is tipped to win.', plain, 'is tipped to'],
    ['the odds of', 'The odds of a deal are shrinking.', plain, 'odds of'],
    ['hopefully', 'Hopefully, the road will be clear.', plain, 'Hopefully'],
    ['an open question as subject', 'Whether voters agree is another matter.', plain, 'Whether'],
    [
      'a predictive should with a year',
      'The airport should open in 2029.',
      plain,
      'should open in 2029',
    ],
    [
      'a firm expecting a thing',
      'The company said it expected savings of £40m.',
      indirect,
      'it expected',
    ],
    [
      'possibility with a verb permission also takes',
      'Shareholders may vote against the deal.',
      plain,
      'may',
    ],
  ])('%s', (_name, text, ctx, cue) => {
    expect(findHedges(text, ctx)).toContain(cue);
  });

  it.each([
    ['ability with can', 'Visitors can park behind the hall.', plain],
    ['perception with could', 'She could see smoke from her window.', plain],
    [
      'a scheduled event in the writer voice',
      'The council will announce its budget on Monday.',
      plain,
    ],
    ['a back-shifted would in reported speech', 'He would speak frankly about the cuts.', indirect],
    ['a refusal with would', 'The company would not comment on the report.', plain],
    [
      'believe as a reason, not a hedge',
      '"There is no reason to believe they changed," she said.',
      quoted,
    ],
    [
      'progressive expecting is not a hedge',
      'The guards have been expecting trouble all week.',
      plain,
    ],
    ['possible as manner', 'Crews will fix the line as soon as possible.', plain],
    ['possible as enablement', 'The bridge was made possible by a private gift.', plain],
    ['May the month', 'The trial began in May and ended in June.', plain],
    ['a first-person commitment in a quotation', 'I will keep fighting for this town.', quoted],
    ['a first-person plan in a quotation', 'I’m going to appeal the ruling.', quoted],
    // From the held-out-style articles.
    [
      'speculation a spokesman will not comment on',
      'The airline declined to comment on "media speculation."',
      plain,
    ],
    [
      'a refusal after a warning',
      'The referee warned that he would not tolerate dissent.',
      indirect,
    ],
    ['a wish with would like', 'I would like parents to read the report.', quoted],
    ['doubt denied', 'The outcome was never in any serious doubt.', plain],
    ['no doubt', 'There is no doubt the levees held.', plain],
    ['feeling something physical', 'He felt a sharp pain in his knee.', quoted],
    ['the question put to someone', 'Asked whether he felt optimistic, the mayor laughed.', plain],
    ['appearing in person', 'The driver appeared in court on Monday.', plain],
    ['a commitment to improve something', 'The ministry will improve the coastal road.', plain],
    ['a wish with would want', 'I would want to see the full data first.', quoted],
    ['as if in a comparison', 'They treat the pier as if it were a car park.', quoted],
    ['not finding something', 'She could not find the permit.', plain],
    ['a forecast an outcome has settled', 'Sales beat the 2% gain analysts had forecast.', plain],
    ['a negated doubt', 'I do not doubt his motives.', plain],
    ['a past habit', 'Farmers would ask her advice before they planted anything.', quoted],
    [
      'a figure someone would not give',
      'The firm declined to say how many jobs it hoped to save.',
      plain,
    ],
    ['permission restricted with only … could', 'Only members could vote on the motion.', plain],
    ['a choice offered with could', 'Participants could choose between two routes.', plain],
    // From the fresh batch h4-sentences-1.
    ['a forecast an outcome beat', 'Profit beat forecasts for the third quarter in a row.', plain],
    ['estimates missed', 'The company missed analysts’ forecasts for revenue.', plain],
    ['passive perception', 'The storm could be heard from miles away.', plain],
    ['faith, not belief about a fact', 'They do not believe in luck.', plain],
    ['a destination, not a level', 'The relay will reach 40 cities.', plain],
    // From the fresh batch h4-sentences-2.
    ['past ability, frame at the end', 'He could run fast as a teenager.', plain],
    ['a quoted schedule', 'The plant will close on March 31.', quoted],
    ['a quoted meeting', 'We will meet again on Monday.', quoted],
    ['permission with a manner', 'Members may vote by post.', plain],
    // From the fresh batch h4-sentences-3.
    ['an embedded question with asked if', 'Reporters asked if he would quit.', indirect],
    ['an embedded question with check if', 'Inspectors will check if the wiring is safe.', plain],
    ['ability compared', 'She could draw before she could read.', plain],
    ['odds overcome', 'They won against the odds of history.', plain],
    ['a normative should with a day', 'Shops should open on Sundays.', plain],
    // From the fresh held-out-style batch h4 and the held-out-style articles.
    ['an effort measured', 'He said he would repay as much as he could.', indirect],
    ['everything they could', 'Crews did everything they could.', plain],
    ['a settled comparison', 'It is taking longer than we hoped.', quoted],
    ['a quoted schedule window', 'The patrols will start within 30 days.', quoted],
    ['might in a comparison of manner', 'Cook it the way her grandmother might have.', plain],
    [
      'a demand, not an expectation',
      'We cannot keep saying no and expect families to stay.',
      quoted,
    ],
    ['a name, not the weather', 'Jon Snow will present the show.', plain],
  ])('%s', (_name, text, ctx) => {
    expect(findHedges(text, ctx)).toEqual([]);
  });
});
