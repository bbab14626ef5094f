import { join } from 'node:path';
import { describeGoldFloors } from './gold-floors';

/**
 * A fifth blind set (session 6): eight articles in styles the first four lack (a trade vote
 * in the European Parliament, a drug price row, a tennis match, a mine rescue, a housing
 * ombudsman, a streaming price rise, a volcano alert, a university funding crisis), written and
 * labelled by someone who never saw the analyzer's code or output; conventions in its
 * LABELLING.md. First scored at 9ff135c: attributed 0.973, hedged 0.939, speaker 0.987, people
 * 0.952, numbers 0.948 (below the 0.95 target); numbers 0.957 after 5d23944, a numbers change
 * made from other sets. Never tune on its misses. Floors sit a little under.
 *   npm run -s score:blind5
 */
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis', 'blind5');

describeGoldFloors(
  'fifth blind articles',
  DIR,
  { attributed: 0.95, hedged: 0.91, speaker: 0.95, people: 0.92, numbers: 0.93 },
  false,
);
