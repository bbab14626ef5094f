import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../utils/analysis/numbers';

const names = (text: string): string[] => findNumbers(text).map((n) => n.text);

describe('findNumbers', () => {
  it.each([
    ['money with a scale', 'The city set aside $480 million for roads.', '$480 million'],
    [
      'a qualifier and a counted noun',
      'More than 12,000 people signed the petition.',
      'More than 12,000 people',
    ],
    ['a range with a unit', 'Each crate holds 20-30 kg of apples.', '20-30 kg'],
    ['a duration', 'The repairs will take 14 months.', '14 months'],
    [
      'an amount per year',
      'The deal is worth $3.1 billion a year to the port.',
      '$3.1 billion a year',
    ],
    ['a price per journey', 'Fares will rise by 40p a journey.', '40p a journey'],
    ['a wage per hour', 'Cleaners earn £11.50 per hour.', '£11.50 per hour'],
    ['a qualified hour', 'The crossing took almost an hour.', 'almost an hour'],
    [
      'another amount',
      'The scheme will need another $200 million a year.',
      'another $200 million a year',
    ],
    ['half an hour', 'Queues lasted half an hour at the gate.', 'half an hour'],
    ['a hyphenated duration', 'They agreed to a nine-month pilot.', 'nine-month'],
    ['a vague duration', 'The talks may last a week or so.', 'a week or so'],
    [
      'a qualified duration with no digits',
      'He has coached the team for more than a decade.',
      'more than a decade',
    ],
    [
      'a vague quantity with its noun',
      'Tens of thousands of fans lined the streets.',
      'Tens of thousands of fans',
    ],
    [
      'a number word with a capitalised modifier',
      'Seven Canadian climbers reached the top.',
      'Seven Canadian climbers',
    ],
    ['a partitive', 'Of the 40 recruits, 12 of them quit.', '12 of them'],
    ['a percentage', 'Turnout fell to 38 percent this year.', '38 percent'],
    ['a currency range', 'Tickets cost $15 to $20 at the door.', '$15 to $20'],
    ['a scale written solid', 'The port cost £2bn to build.', '£2bn'],
    ['a decimal with a solid scale', 'About 4.5m viewers tuned in.', 'About 4.5m viewers'],
    ['a rate', 'One in four renters moved last year.', 'One in four renters'],
    ['a fraction', 'A quarter of the stalls were empty.', 'A quarter of the stalls'],
    ['a qualified half', 'Almost half of all patients recovered.', 'Almost half of all patients'],
    ['a temperature', 'The city reached 41C on Sunday.', '41C'],
    ['an age', 'A 19-year-old was arrested.', '19-year-old'],
    ['an approximate count', 'About 70 other workers were hurt.', 'About 70 other workers'],
    // From the held-out-style articles.
    ['a speed written solid', 'Winds reached up to 95mph overnight.', 'up to 95mph'],
    ['a length written solid', 'Nearly 60mm of rain fell.', 'Nearly 60mm'],
    ['a power written solid', 'The farm adds 1,200MW to the grid.', '1,200MW'],
    ['a speed limit with a slash', 'The limit drops to 30km/h.', '30km/h'],
    ['rupees in crore', 'The state approved a ₹2,300 crore plan.', '₹2,300 crore'],
    ['Rs and crore', 'Rs 80 crore was set aside.', 'Rs 80 crore'],
    ['lakh with its noun', 'Some 3.5 lakh families applied.', 'Some 3.5 lakh families'],
    ['a foreign dollar', 'The mine cost A$4 billion.', 'A$4 billion'],
    ['a fraction with its noun', 'Two-thirds of voters backed it.', 'Two-thirds of voters'],
    ['feet', 'The wall holds back water up to 14 feet high.', 'up to 14 feet'],
    ['pence written solid', 'Shares rose 3% to 842p in London.', '842p'],
    [
      'a range with "between … and"',
      'Costs rose between 40 and 60 percent.',
      'between 40 and 60 percent',
    ],
    [
      'a currency range with "between"',
      'Savings of between £40m and £60m.',
      'between £40m and £60m',
    ],
    ['a hyphenated modifier', 'They built a 2,500-seat arena.', '2,500-seat'],
    ['a rate in digits', 'It now affects 1 in 5 homes.', '1 in 5 homes'],
    [
      'a qualified half without "of"',
      'Demand has risen by almost half in five years.',
      'almost half',
    ],
    // From the fresh n4- articles (batch 1).
    [
      'an average as a qualifier',
      'Commuters lose an average of 1.7 hours a day.',
      'an average of 1.7 hours a day',
    ],
    ['a rate with a spelled first number', 'Six in 10 workers drive.', 'Six in 10 workers'],
    [
      'a qualified spelled rate',
      'Fewer than one in five trains ran on time.',
      'Fewer than one in five trains',
    ],
    ['a multiple before its base', 'Spare capacity is twice the level of 2022.', 'twice'],
    ['a bare decade', 'We have heard this three times in a decade.', 'a decade'],
    ['an age threshold in digits', 'Most of the engineers are over 50.', 'over 50'],
    [
      'a partitive of a possessive',
      "The keeper saved two of Millbrook's five penalties.",
      "two of Millbrook's five penalties",
    ],
    [
      'a partitive of the last few',
      'They have won three of their last 10 league matches.',
      'three of their last 10 league matches',
    ],
    ['kilometres per hour as kmph', 'Trains will reach 80 kmph.', '80 kmph'],
    ['barrels a day as bpd', 'Output rose by 400,000 bpd.', '400,000 bpd'],
    // Batch 2.
    ['shillings written solid', 'The Treasury tabled a Sh4.2 trillion budget.', 'Sh4.2 trillion'],
    ['shillings with a code', 'It aims to raise KSh 2.9 trillion.', 'KSh 2.9 trillion'],
    ['naira', 'The state borrowed ₦50 billion.', '₦50 billion'],
    ['a temperature band', 'Highs will fall into the mid-90s.', 'mid-90s'],
    ['an age band', 'A man in his 60s was hurt.', 'in his 60s'],
    ['an open-ended duration', 'It could be a week or more before they return.', 'a week or more'],
    ['a duration after "in"', 'The party is up five points in a month.', 'a month'],
    [
      'a unit of two hyphens',
      'They plan a 1.2 million-square-foot warehouse.',
      '1.2 million-square-foot',
    ],
    [
      'a number and a half',
      'Building will take about two and a half years.',
      'about two and a half years',
    ],
    ['dozens counted', 'The fire destroyed two dozen homes.', 'two dozen homes'],
    ['degrees with their scale', 'It topped 110 degrees Fahrenheit.', '110 degrees Fahrenheit'],
    ['a unit with a slash', 'Cholesterol fell by 1.1 mmol/L.', '1.1 mmol/L'],
    // Batch 3.
    [
      'a multiple as "double the"',
      'Sales were roughly double the level of 2023.',
      'roughly double',
    ],
    ['a multiple in one word', 'It marks a fivefold increase.', 'fivefold'],
    ['a rate with "out of"', 'Nine out of 10 buyers were happy.', 'Nine out of 10 buyers'],
    ['a rate with "in every"', 'One in every four rooms was too small.', 'One in every four rooms'],
    ['a hyphenated rate with a unit', 'It was a 1-in-100-year flood.', '1-in-100-year'],
    [
      'a duration in two units',
      'The match lasted four hours and 38 minutes.',
      'four hours and 38 minutes',
    ],
    ['a cricket total', 'India reached 287 for 4 at stumps.', '287 for 4'],
    ['bowling figures', 'He finished with three for 88.', 'three for 88'],
    ['a noun with no plural s', 'The airline operates 94 aircraft.', '94 aircraft'],
    ['a height in feet and inches', 'Some ceilings are just 7ft 6in.', 'just 7ft 6in'],
    ['square metres spelled out', 'The flat is 37 square metres.', '37 square metres'],
    // Batch 4.
    ['a race time in hours', 'He won in 2:00:48.', '2:00:48'],
    ['a race time in minutes', 'He went through halfway in 59:58.', '59:58'],
    ['a race time after "broke"', 'Four women broke 2:20.', '2:20'],
    ['a sixth', 'The panels make a sixth of that power.', 'a sixth'],
    ['a fraction in fifths', 'Three-fifths of voters agreed.', 'Three-fifths of voters'],
    ['a fraction after "by"', 'It will cut traffic by a third within two years.', 'a third'],
    ['a figure by its digits', 'It was a double-digit rise.', 'double-digit'],
    ['per cent as pc', 'It pays interest at 3pc.', '3pc'],
    ['lakh crore', 'Receipts hit ₹2.1 lakh crore in April.', '₹2.1 lakh crore'],
    ['a spelled range', 'The council meets every three to four months.', 'three to four months'],
    ['a temperature below zero', 'Nights fall to about minus 70C.', 'about minus 70C'],
    ['"as little as"', 'It orbits at as little as 20km.', 'as little as 20km'],
    // Found while probing the name rule and spelled numbers.
    ['a figure in a title-case headline', 'Storm Kills 12 In Texas', '12'],
    [
      'hundreds spelled with "and"',
      'One hundred and twenty people came.',
      'One hundred and twenty people',
    ],
    ['a currency named after the amount', 'The fine was 5 billion yuan.', '5 billion yuan'],
    ['an open age band', 'Adults aged 65 and older were invited.', '65 and older'],
    ['a vague dozen', 'A dozen or so boats sank.', 'A dozen or so'],
    [
      'a vague large amount',
      'It cost hundreds of millions of dollars.',
      'hundreds of millions of dollars',
    ],
    ['a temperature below zero in digits', 'It fell to -12C overnight.', '-12C'],
    ['a range of percentages', 'Rates went from 3% to 4.5%.', 'from 3% to 4.5%'],
    ['a range of percentages without "from"', 'Growth of 5% to 7% is forecast.', '5% to 7%'],
    // Batch 5.
    ['basis points written solid', 'Markets price in 40bps of cuts.', '40bps'],
    ['a band of digits', 'It expects growth in the low single digits.', 'low single digits'],
    [
      'a pace in two units',
      'He averaged 2 minutes 52 seconds per kilometre.',
      '2 minutes 52 seconds per kilometre',
    ],
    // Batch h9.
    [
      'the count inside "one of the …"',
      'Ana Ruiz, one of the four councillors who voted against, spoke.',
      'four councillors',
    ],
    ['a range after a qualifier', 'Rates could rise another 10% to 15%.', 'another 10% to 15%'],
    [
      'a range with a unit on both ends',
      'On high ground 15cm to 25cm is possible.',
      '15cm to 25cm',
    ],
    ['a vague duration', 'The blockage may drag on for several weeks.', 'several weeks'],
    ['a handful', 'Buses will run on a handful of main routes.', 'a handful of main routes'],
    ['one person, counted', 'One resident said the road flooded twice.', 'One resident'],
    ['tonnes written solid', 'The crate weighed 40t.', '40t'],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    ['"one of" is not a figure', 'It is one of the oldest bridges.'],
    ['a bare year is a date', 'The law passed in 2019.'],
    ['"no one" is not a figure', 'No one was hurt.'],
    ['"half" on its own is not a figure', 'The first half was dull.'],
    ['a day before its month is a date', 'The dam burst on 9 April.'],
    ['a day after its month is a date', 'The vote is set for Sept. 21.'],
    ['an ordinal day of a month is a date', 'Polls close on the 3rd of November.'],
    ['a numbered name', 'Aides gathered at No. 10 on Monday.'],
    ['a number word in a name', "They lost Saturday's Six Nations match."],
    ['a decade of years is a date', 'Prices last rose this fast in the 1990s.'],
    ['a model number', 'The Boeing 737 skidded off the runway.'],
    ['a model number before a capitalised word', 'The Boeing 737 Max was grounded.'],
    ['a flight number at a sentence start', 'Flight 418 skidded off the runway.'],
    ['a clause of a law', 'Section 702 of the law lapses and Article 4 directions apply.'],
    ['codes joined by a hyphen', 'COVID-19 grounded F-35 jets.'],
    ['a network generation', 'Officials say 5G kit could be next.'],
    ['round the clock', 'Staff worked 24/7 on it.'],
    ['"some" before "one" is no qualifier', 'Some one-bedroom flats are tiny.'],
    ['an ordinal "a third"', 'A third party joined, for a third straight meeting.'],
    ['an ordinal after "by"', 'It was audited by a third party.'],
    ['"one quarter" as a period', 'Do not read too much into one quarter.'],
    ['"a year" before its hyphen is a modifier', 'They won a deal for a year-long trial.'],
    ['an ordinal "a third" with a unit after it', 'The channel was shut for a third day.'],
    ['an ordinal "a third" before "year"', 'Emigration rose for a third year in a row.'],
    ['"no one" is no counted person', 'No one resident was named.'],
    ['"ten" before a word in t is no tonnage', 'A forensic tent stood over the scene.'],
    ['a phone number', 'Call Crimestoppers on 0800 555 111.'],
    ['a service number and a log', 'Call 101, quoting log 0412 of 16 November.'],
    ['a year after 2099', 'Seas may rise sharply by 2100.'],
  ])('%s', (_name, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    // Clock times are figures, taken whole (both blind sets' labellers count them).
    ['a clock time with a zone', 'Updated 16:05 GMT', ['16:05 GMT']],
    ['clock times with am and pm', 'Polls open at 7am and close at 10 p.m.', ['7am', '10 p.m.']],
    ['a qualified clock time', 'Officers were called at about 7.40pm.', ['about 7.40pm']],
    ['a clock time without a zone', 'The meeting starts at 14:30 today.', ['14:30']],
    [
      'a clock time is no count',
      'The blast came at 9.15am, and 12 people were hurt.',
      ['9.15am', '12 people'],
    ],
    ['a date next to a count', 'On June 4, 300 workers walked out.', ['300 workers']],
    ['a month then a counted noun', 'In May 12 people were hurt.', ['12 people']],
    [
      'a number word is no modifier',
      'They pulled one back eight minutes after the break.',
      ['eight minutes'],
    ],
    [
      'a conjunction ends a counted noun',
      'The plan has backers in two capitals but faces resistance.',
      ['two capitals'],
    ],
    [
      'an amount of money counts no noun',
      'The $1.2 trillion spending bill hours before the deadline.',
      ['$1.2 trillion'],
    ],
    [
      '"times" ends a multiple',
      'It costs nearly nine times average earnings.',
      ['nearly nine times'],
    ],
    ['a tally is no rate', 'He has 412 in 38 Tests.', ['412', '38 Tests']],
    ['a score after a name', 'England beat Scotland 27–13.', ['27–13']],
    [
      'a verb after the counted noun',
      'Only one in 20 victims gets money back.',
      ['Only one in 20 victims'],
    ],
    ['"a week ago" is no rate', 'It was 40bps a week ago.', ['40bps']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
