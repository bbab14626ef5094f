import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimlightDatabase } from '@/utils/db/database';
import { annotationsFingerprint, listAllNewestFirst, listNewest } from '@/utils/db/review-queries';
import { deleteAnnotation } from '@/utils/db/annotations';
import { sampleAnnotation } from '../sample-annotation';
import { seedStored } from './stored';

let db: ClaimlightDatabase;
beforeEach(() => {
  db = new ClaimlightDatabase(`queries-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();

describe('listNewest', () => {
  it('returns exactly the newest annotations, however they are spread over pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        // [page, minute] pairs: distinct minutes, so "the newest n" is well defined.
        fc.uniqueArray(fc.tuple(fc.nat(6), fc.nat(500)), {
          minLength: 1,
          maxLength: 40,
          selector: ([, minute]) => minute,
        }),
        fc.integer({ min: 1, max: 12 }),
        async (rows, limit) => {
          await db.pages.clear();
          const annotations = rows.map(([page, minute], i) =>
            sampleAnnotation({
              id: `a${i}`,
              url: `https://news.example.org/p${page}`,
              createdAt: at(minute),
              updatedAt: at(minute),
            }),
          );
          await seedStored(db, annotations);
          const expected = [...annotations]
            .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
            .slice(0, limit)
            .map((a) => a.id);
          expect((await listNewest(db, limit)).map((a) => a.id)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('annotationsFingerprint', () => {
  it('changes with an add and with a delete, even when the page count does not', async () => {
    const first = sampleAnnotation({ id: 'one' });
    await seedStored(db, [first]);
    const a = await annotationsFingerprint(db);
    await seedStored(db, [sampleAnnotation({ id: 'two' })]);
    const b = await annotationsFingerprint(db);
    await deleteAnnotation(db, first);
    const c = await annotationsFingerprint(db);
    expect(new Set([a, b, c]).size).toBe(3);
    expect((await listAllNewestFirst(db)).map((x) => x.id)).toEqual(['two']);
  });
});
