import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAnnotation,
  deleteAnnotation,
  listAllAnnotations,
  listAnnotationsForUrl,
  restoreAnnotations,
  updateAnnotation,
} from '../../../utils/db/annotations';
import { ClaimlightDatabase } from '../../../utils/db/database';
import { importAnnotations } from '../../../utils/db/import-annotations';
import { sampleAnnotation, sampleDraft } from '../sample-annotation';
import { allStored, countStored, seedStored, storedById } from './stored';

let db: ClaimlightDatabase;
beforeEach(() => {
  db = new ClaimlightDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('annotations store', () => {
  it('creates an annotation with defaults and records its page', async () => {
    const created = await createAnnotation(
      db,
      sampleDraft(),
      new Date('2026-03-14T10:00:00Z'),
      'a1',
    );
    expect(created).toMatchObject({
      id: 'a1',
      site: 'news.example.org',
      speaker: null,
      origin: 'reader',
      createdAt: '2026-03-14T10:00:00.000Z',
      updatedAt: '2026-03-14T10:00:00.000Z',
    });
    expect(await storedById(db, 'a1')).toEqual(created);
    expect(await db.pages.get(created.url)).toMatchObject({ title: 'Council weighs a sea wall' });
  });

  it('lists one page in text order and all pages newest first', async () => {
    const later = sampleDraft({
      target: {
        ...sampleDraft().target,
        position: { type: 'TextPositionSelector', start: 10, end: 20 },
      },
    });
    await createAnnotation(db, sampleDraft(), new Date('2026-03-14T10:00:00Z'), 'first');
    await createAnnotation(db, later, new Date('2026-03-15T10:00:00Z'), 'second');
    await createAnnotation(
      db,
      sampleDraft({ url: 'https://other.example/x' }),
      new Date('2026-03-16T10:00:00Z'),
      'third',
    );
    expect((await listAnnotationsForUrl(db, sampleDraft().url)).map((a) => a.id)).toEqual([
      'second',
      'first',
    ]);
    expect((await listAllAnnotations(db)).map((a) => a.id)).toEqual(['third', 'second', 'first']);
  });

  it('updates label and note, and bumps updatedAt', async () => {
    await createAnnotation(db, sampleDraft(), new Date('2026-03-14T10:00:00Z'), 'a1');
    const updated = await updateAnnotation(
      db,
      { url: sampleDraft().url, id: 'a1' },
      { label: 'reported', note: 'n' },
      new Date('2026-03-15T00:00:00Z'),
    );
    expect(updated).toMatchObject({
      label: 'reported',
      note: 'n',
      updatedAt: '2026-03-15T00:00:00.000Z',
    });
    expect(
      await updateAnnotation(db, { url: sampleDraft().url, id: 'missing' }, { note: 'x' }),
    ).toBeUndefined();
    expect(
      await updateAnnotation(db, { url: 'https://other.example/', id: 'a1' }, { note: 'x' }),
      'an id is only looked for on the page named with it',
    ).toBeUndefined();
  });

  it('deletes and restores exactly the same record (undo)', async () => {
    const created = await createAnnotation(db, sampleDraft(), new Date(), 'a1');
    const removed = await deleteAnnotation(db, created);
    expect(removed).toEqual(created);
    expect(await countStored(db)).toBe(0);
    await restoreAnnotations(db, [removed!]);
    expect(await storedById(db, 'a1')).toEqual(created);
  });
});

describe('importAnnotations', () => {
  it('adds new records, keeps the newer of two versions, and counts each', async () => {
    await seedStored(db, [
      sampleAnnotation({ id: 'same', note: 'mine', updatedAt: '2026-05-01T00:00:00.000Z' }),
      sampleAnnotation({ id: 'older-here', note: 'old', updatedAt: '2026-01-01T00:00:00.000Z' }),
    ]);
    const summary = await importAnnotations(db, [
      sampleAnnotation({ id: 'same', note: 'from backup', updatedAt: '2026-04-01T00:00:00.000Z' }),
      sampleAnnotation({
        id: 'older-here',
        note: 'newer in file',
        updatedAt: '2026-02-01T00:00:00.000Z',
      }),
      sampleAnnotation({ id: 'new' }),
    ]);
    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await storedById(db, 'same'))?.note).toBe('mine');
    expect((await storedById(db, 'older-here'))?.note).toBe('newer in file');
    expect(await db.pages.get(sampleAnnotation().url)).toBeDefined();
  });

  it('writes nothing when any record fails inside the transaction', async () => {
    await seedStored(db, [sampleAnnotation({ id: 'keep' })]);
    const bad = { ...sampleAnnotation({ id: 'bad' }), url: undefined } as unknown as ReturnType<
      typeof sampleAnnotation
    >;
    await expect(importAnnotations(db, [sampleAnnotation({ id: 'ok' }), bad])).rejects.toThrow();
    expect((await allStored(db)).map((a) => a.id)).toEqual(['keep']);
  });
});
