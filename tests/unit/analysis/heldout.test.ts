import { join } from 'node:path';
import { describeGoldFloors } from './gold-floors';

/**
 * Articles written for the project in styles the development pages lack (wire politics,
 * courts, earnings, science, sport, live blogs, explainers, interviews, opinion, obituaries,
 * UK, Australian and Indian copy, unnamed sources), labelled by hand with the schema of
 * ../shared/gold and scored with the metrics of ../shared/eval/score-pages.mjs. They came
 * in batches, each written and measured before the fixes it prompted (see the git log;
 * one set aimed at attribution and hedging (a Q&A interview, a live blog with time stamps,
 * threats and warnings, a markets wrap, a study story, an explainer, an opinion column,
 * court copy), another at people and organisations that are easily confused (firms and
 * clubs named like people, non-Western names, titles). Floors sit a little under the
 * current figures: a change that loses ground on unseen styles fails here.
 */
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis', 'heldout-style');

describeGoldFloors(
  'held-out-style articles',
  DIR,
  // People 0.97 since session 7: the h18 batch names pairs of people who share a surname
  // ("Eoin Madigan" and a taxi driver "Liam Madigan"), and the scorer gives every found
  // person to the first labelled name whose surname matches, so the second of each pair
  // counts as missed however it is found (0.98 before h17 and h18, 0.974 with them).
  { attributed: 0.97, hedged: 0.95, speaker: 0.97, people: 0.97, numbers: 0.98 },
  true,
);
