import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis', 'harbour-strike.txt');
const text = readFileSync(FIXTURE, 'utf8');

describe('analyze() contract', () => {
  const result = analyze(text);

  it('lists every sentence in reading order with offsets into the text', () => {
    let last = -1;
    for (const s of result.statements) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThan(last);
      last = s.end;
    }
    const covered = result.statements.map((s) => s.text).join(' ');
    expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  it('labels speculation when hedged, reported when only attributed, else null', () => {
    for (const s of result.statements) {
      const hedgeCue = s.cues.some((c) => !/^(?:said|told|added|according to)$/.test(c));
      if (s.label === 'reported') expect(s.attributed).toBe(true);
      if (s.label === null) expect(s.attributed || hedgeCue).toBe(false);
      if (!s.attributed) expect(s.speaker).toBeNull();
    }
  });

  it.each([
    ['Union leader Marta Sandoval said', 'reported', 'Marta Sandoval'],
    ['Nobody listened.', 'reported', 'Marta Sandoval'],
    ['a settlement could still be reached', 'speculation', 'Oliver Brandt'],
    ['He said managers would meet', 'reported', 'Oliver Brandt'],
    ['may push up freight costs', 'speculation', 'Shipping analysts'],
    ['each day of closure costs', 'reported', 'the Eastmere Chamber of Commerce'],
    ['The city council will debate', null, null],
  ])('%s → %s by %s', (needle, label, speaker) => {
    const s = result.statements.find((x) => x.text.includes(needle));
    expect(s?.label).toBe(label);
    expect(s?.speaker).toBe(speaker);
  });

  it('finds people with roles and numeric figures', () => {
    const people = result.figures.filter((f) => f.kind === 'person');
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Marta Sandoval', 'Union leader'],
      ['Oliver Brandt', 'chief executive'],
    ]);
    const numbers = result.figures.filter((f) => f.kind === 'number').map((f) => f.name);
    expect(numbers).toEqual(
      expect.arrayContaining([
        'more than 40 ships',
        'about 1,200 containers',
        '18 months',
        'roughly $3.5 billion',
        'more than $9 million',
      ]),
    );
    for (const f of result.figures)
      for (const sp of f.spans) expect(f.mentions).toContain(text.slice(sp.start, sp.end));
  });

  it.each([
    ['a belief held by a source is a hedge', 'Economists believe rates will fall.', 'speculation'],
    ['a fear held by a source is a hedge', 'Residents fear the mill will close.', 'speculation'],
    [
      'concern about a fact is not a hedge',
      'Officials are concerned by the rise in thefts.',
      'reported',
    ],
    [
      'would outside a partial quotation is reported speech',
      '“It is over,” she said, adding that she would not run again.',
      'reported',
    ],
    [
      'would beside "according to" is the writer’s own conditional',
      'The bridge would cost $4 million, according to the report.',
      'speculation',
    ],
    [
      'would after a present-tense cue is a real conditional',
      'The mayor insists the new bus lane would cut journey times.',
      'speculation',
    ],
    [
      'as if in a simile is not a hedge',
      '“They treat it as if it were a car park,” said Ida Moss.',
      'reported',
    ],
    [
      'would inside a full quotation is a hedge',
      '“That would be a disaster,” he said.',
      'speculation',
    ],
  ])('%s', (_name, sentence, label) => {
    expect(analyze(sentence).statements[0]?.label).toBe(label);
  });

  it('handles empty and sentence-less input', () => {
    expect(analyze('')).toEqual({ statements: [], figures: [] });
    expect(analyze('   \n\n  ').statements).toEqual([]);
  });
});
