import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';

/**
 * Rows from the p4 held-out-style batches (tests/fixtures/analysis/heldout-style/*p4-*):
 * each row failed before its fix.
 */
const names = (text: string): string[] =>
  analyze(text)
    .figures.filter((f) => f.kind === 'person')
    .map((p) => p.name);

describe('p4: things named like people', () => {
  it.each([
    ['a storm', 'Production has not recovered since Storm Ciarán flooded the site.', /Ciar/],
    ['a hurricane', 'Hurricane Milton hit Florida on Wednesday night.', /Milton/],
    ['a ferry with a royal title', 'At Stranraer the ferry Queen Maud stayed in port.', /Maud/],
    ['a building named after someone', 'They met at the Sir John Moore Hall on Friday.', /Moore/],
    ['an infirmary', 'She was treated at the Royal Victoria Infirmary and released.', /Victoria/],
  ])('not %s', (_name, text, bad) => {
    expect(names(text).filter((n) => bad.test(n))).toEqual([]);
  });
});
