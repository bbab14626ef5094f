import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotation } from '@/utils/db/annotations';
import { ClaimlightDatabase } from '@/utils/db/database';
import { importAnnotations, type ImportSource } from '@/utils/db/import-annotations';
import type { Annotation } from '@/utils/db/types';
import { dumpDatabase } from '../safety/db-dump';
import { sampleAnnotation, sampleDraft } from '../sample-annotation';
import { allStored, countStored, seedStored } from './stored';

let db: ClaimlightDatabase;
beforeEach(() => {
  db = new ClaimlightDatabase(`import-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

const record = (i: number, overrides: Partial<Annotation> = {}) =>
  sampleAnnotation({
    id: `rec-${String(i).padStart(5, '0')}`,
    url: `https://news.example.org/p/${i % 40}`,
    updatedAt: '2026-03-14T10:00:00.000Z',
    ...overrides,
  });

/** A reader's existing data: two annotations made the ordinary way, with their pages. */
async function seed() {
  await createAnnotation(db, sampleDraft(), new Date('2026-01-02T09:00:00.000Z'), 'seed-1');
  await createAnnotation(
    db,
    sampleDraft({ url: 'https://news.example.org/p/3', note: 'mine' }),
    new Date('2026-01-03T09:00:00.000Z'),
    'seed-2',
  );
}

describe('importAnnotations is all or nothing', () => {
  it('leaves the database byte for byte as it was when a late chunk fails', async () => {
    await seed();
    const before = await dumpDatabase(db);
    // 7,000 good records and one without an id, after the first chunk of 5,000 was taken.
    const incoming = Array.from({ length: 7_001 }, (_, i) => record(i));
    incoming[6_500] = { ...incoming[6_500]!, id: undefined } as unknown as Annotation;
    const progress: number[] = [];
    await expect(importAnnotations(db, incoming, (done) => progress.push(done))).rejects.toThrow();
    expect(progress).toContain(5_000);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('undoes the chunks already written when checking a later one throws', async () => {
    await seed();
    const before = await dumpDatabase(db);
    const problem = new Error('annotations[4500] is not valid');
    let chunks = 0;
    const source: ImportSource = {
      total: 6_000,
      next: () => {
        chunks++;
        if (chunks === 3) throw problem;
        return Array.from({ length: 2_000 }, (_, i) => record(chunks * 2_000 + i));
      },
    };
    const progress: number[] = [];
    await expect(importAnnotations(db, source, (done) => progress.push(done))).rejects.toBe(
      problem,
    );
    // Two chunks were taken inside the transaction before the third was refused.
    expect(progress).toContain(2_000);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('takes back every page when writing one of them fails', async () => {
    await seed();
    const before = await dumpDatabase(db);
    vi.spyOn(db.pages, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    const spread = [record(1), record(2, { url: 'https://news.example.org/b' })];
    await expect(importAnnotations(db, spread)).rejects.toThrow('disk full');
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('importAnnotations de-duplicates against what is stored', () => {
  // A file of 30 records, 10 of them already stored: 5 older there, 5 newer there.
  const file = Array.from({ length: 30 }, (_, i) =>
    record(i, { note: `file ${i}`, updatedAt: '2026-03-14T10:00:00.000Z' }),
  );
  const stored = [
    ...file
      .slice(0, 5)
      .map((a) => ({ ...a, note: 'older', updatedAt: '2026-01-01T00:00:00.000Z' })),
    ...file
      .slice(5, 10)
      .map((a) => ({ ...a, note: 'newer', updatedAt: '2026-06-01T00:00:00.000Z' })),
  ];

  // With and without many unrelated records stored beside them.
  it.each([
    ['alone', 0],
    ['among 1,000 others', 1_000],
  ])('keeps the newer version, %s', async (_, unrelated) => {
    await seedStored(db, [
      ...stored,
      ...Array.from({ length: unrelated }, (_, i) => record(10_000 + i, { note: 'other' })),
    ]);
    const summary = await importAnnotations(db, file);
    expect(summary).toEqual({ added: 20, updated: 5, unchanged: 5 });
    const byId = new Map((await allStored(db)).map((a) => [a.id, a]));
    const notes = file.map((a) => byId.get(a.id)?.note);
    expect(notes).toEqual(
      [
        ...Array<string>(5).fill('file'),
        ...Array<string>(5).fill('newer'),
        ...Array<string>(20).fill('file'),
      ].map((note, i) => (note === 'file' ? `file ${i}` : note)),
    );
    expect(await countStored(db)).toBe(30 + unrelated);
  });

  it('keeps what is known about a page and adds the pages it did not know', async () => {
    await seed();
    const page = await db.pages.get(sampleDraft().url);
    await importAnnotations(db, [
      record(1, { url: sampleDraft().url, updatedAt: '2025-12-01T00:00:00.000Z' }),
      record(2, { url: 'https://news.example.org/new-page', title: 'A new page' }),
    ]);
    const after = await db.pages.get(sampleDraft().url);
    const details = ({ url, title, site, firstSeen, lastSeen }: typeof after & object) => ({
      url,
      title,
      site,
      firstSeen,
      lastSeen,
    });
    expect(details(after!)).toEqual(details(page!));
    expect(after!.annotations.map((a) => a.id)).toContain(record(1).id);
    expect(await db.pages.get('https://news.example.org/new-page')).toMatchObject({
      title: 'A new page',
      firstSeen: record(2).createdAt,
    });
  });

  it('keeps one copy of an id that comes back under another address: the newer one', async () => {
    await seedStored(db, [record(7, { url: 'https://news.example.org/old-address' })]);
    const moved = record(7, {
      url: 'https://news.example.org/new-address',
      updatedAt: '2026-06-01T00:00:00.000Z',
    });
    expect(await importAnnotations(db, [moved])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await allStored(db)).toEqual([moved]);
    expect((await db.pages.get('https://news.example.org/old-address'))?.annotations).toEqual([]);
    // An older copy under yet another address changes nothing.
    const stale = record(7, {
      url: 'https://news.example.org/third',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await importAnnotations(db, [stale])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await allStored(db)).toEqual([moved]);
  });

  it('refuses a record without an id, naming its number, and writes nothing', async () => {
    await seed();
    const before = await dumpDatabase(db);
    const broken = { ...record(2), id: undefined } as unknown as Annotation;
    await expect(importAnnotations(db, [record(1), broken])).rejects.toThrow(
      'Record 2 has no id or page address.',
    );
    expect(await dumpDatabase(db)).toBe(before);
  });
});
