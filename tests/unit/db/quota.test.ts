import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../utils/db/annotations';
import { ClaimlightDatabase } from '../../../utils/db/database';
import { importAnnotations } from '../../../utils/db/import-annotations';
import { errorMessage } from '../../../utils/messaging/result';
import { sampleAnnotation, sampleDraft } from '../sample-annotation';

/**
 * A full disk in the middle of a write: the browser throws QuotaExceededError. fake-indexeddb
 * cannot run out of space, so the table's write is made to fail the way the browser's does,
 * part-way through; what is checked is real: the transaction's rollback and the message.
 */
let db: ClaimlightDatabase;
beforeEach(() => {
  db = new ClaimlightDatabase(`quota-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function diskFullAfter(writes: number): void {
  const table = db.pages;
  const original = table.bulkPut.bind(table);
  let calls = 0;
  table.bulkPut = ((...args: Parameters<typeof original>) => {
    calls += 1;
    if (calls > writes)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original(...args);
  }) as typeof table.bulkPut;
}

describe('a full disk', () => {
  it('leaves nothing of a large import half-written, and says why in plain words', async () => {
    await createAnnotation(db, sampleDraft());
    const pagesBefore = await db.pages.toArray();
    const many = Array.from({ length: 12_000 }, (_, i) =>
      sampleAnnotation({
        id: `quota-${i}`,
        url: `https://news.example.org/story-${i % 600}`,
        updatedAt: '2026-04-01T00:00:00.000Z',
      }),
    );
    diskFullAfter(1); // the first pages are written, the next ones hit the full disk
    const failure = await importAnnotations(db, many).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    expect(errorMessage(failure)).toBe(
      'The browser has no storage space left for Claimlight. Free some disk space, then try again.',
    );
    expect(await db.pages.toArray()).toEqual(pagesBefore);
  });
});
