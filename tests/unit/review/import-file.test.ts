import { describe, expect, it } from 'vitest';
import { ClaimlightDatabase } from '../../../utils/db/database';
import { importAnnotations } from '../../../utils/db/import-annotations';
import { toNativeExport } from '../../../utils/export/native';
import { toW3cCollection } from '../../../utils/export/w3c';
import { parseImportInChunks } from '../../../utils/review/import-file';
import type { ImportState } from '../../../components/ImportProgress';
import { importFromFile } from '../../../entrypoints/review/import-from-file';
import {
  STREAM_FROM_BYTES,
  explainRefusal,
  readImportFile,
  streamNativeRecords,
} from '../../../utils/review/read-import-file';
import { dumpDatabase } from '../safety/db-dump';
import { drain, streamed } from '../streamed-import';
import { sampleAnnotation } from '../sample-annotation';
import { countStored, seedStored, storedById } from '../db/stored';

const many = Array.from({ length: 4_500 }, (_, i) =>
  sampleAnnotation({ id: `rec-${i}`, url: `https://news.example.org/p/${i % 50}` }),
);

describe('chunked import', () => {
  it.each([
    ['native', () => toNativeExport(many)],
    ['W3C', () => toW3cCollection(many)],
  ])('reads a large %s file with progress', async (_, make) => {
    const steps: number[] = [];
    const result = await parseImportInChunks(JSON.stringify(make()), 'big.json', (_, done) =>
      steps.push(done),
    );
    expect(result.ok && result.annotations.length).toBe(4_500);
    expect(steps).toEqual([0, 2_000, 4_000, 4_500]);
  });

  it('names the file, record and field of a bad record deep in a large file', async () => {
    const file = toNativeExport(many) as unknown as { annotations: Record<string, unknown>[] };
    file.annotations[4_321]!.label = 'maybe';
    const result = await parseImportInChunks(JSON.stringify(file), 'big.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('big.json: annotations[4321].label');
  });

  it('refuses a duplicate id', async () => {
    const file = toNativeExport([...many, many[7]!]);
    const result = await parseImportInChunks(JSON.stringify(file), 'dup.json');
    expect(!result.ok && result.error).toContain('annotations[4500].id: duplicate id');
  });

  it('writes all in one transaction with progress, and writes nothing when it fails', async () => {
    const db = new ClaimlightDatabase(`import-${Math.random()}`);
    const seen: number[] = [];
    const summary = await importAnnotations(db, many.slice(0, 12_000), (done, _total, unit) => {
      if (unit === 'records') seen.push(done);
    });
    expect(summary).toEqual({ added: 4_500, updated: 0, unchanged: 0 });
    expect(seen.at(-1)).toBe(4_500);
    expect(await db.pages.count()).toBe(50);

    const again = await importAnnotations(db, many.slice(0, 10));
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 10 });

    const fresh = sampleAnnotation({ id: 'new-one' });
    const bad = { ...sampleAnnotation({ id: 'x' }), id: undefined } as never;
    await expect(importAnnotations(db, [fresh, bad])).rejects.toThrow();
    expect(await storedById(db, 'new-one')).toBeUndefined();
    db.close();
  });
});

describe('reading an import file', () => {
  const text = JSON.stringify(toNativeExport(many));
  const whole = async (t: string) => {
    const result = await parseImportInChunks(t, 'big.json');
    return result.ok ? result.annotations : result.error;
  };

  it('reads a large native file piece by piece, with progress in bytes', async () => {
    const file = new Blob([text]);
    expect(file.size).toBeGreaterThan(STREAM_FROM_BYTES);
    const steps: [string, number, number, string][] = [];
    const result = await readImportFile(file, 'big.json', (...step) => steps.push(step));
    expect(result.ok).toBe(true);
    // The same records, in the same order, as reading the whole text at once.
    if (result.ok) expect(drain(result.source)).toEqual(await whole(text));
    expect(steps.every(([phase, , , unit]) => phase === 'reading' && unit === 'bytes')).toBe(true);
    expect(steps.at(-1)).toEqual(['reading', file.size, file.size, 'bytes']);
  });

  it('reads pretty-printed files and ones with a byte order mark the same way', async () => {
    const pretty = JSON.stringify(toNativeExport(many), null, 2);
    expect(await streamed(pretty)).toEqual(await whole(text));
    expect(await streamed('\uFEFF' + text)).toEqual(await whole(text));
  });

  it.each([
    ['a bad field', text.replace('"label":"speculation"', '"label":"maybe"'), 4_500, 'label: exp'],
    [
      'a repeated id',
      JSON.stringify(toNativeExport([...many, many[7]!])),
      4_501,
      'annotations[4500].id: duplicate id',
    ],
  ])('refuses a large file with %s while writing', async (_, bad, count, message) => {
    // The file reads fine; the record is refused when it is checked, during the write.
    expect(await streamNativeRecords(new Blob([bad]))).toHaveLength(count);
    expect(await streamed(bad)).toBe('refused');
    const explained = await explainRefusal(new Blob([bad]), 'big.json');
    expect(explained).toBe(await whole(bad));
    expect(explained).toContain(message);
  });

  it.each([
    [
      'a syntax error',
      text.replace('"label":"speculation"', '"label":"speculation",'),
      'not valid JSON',
    ],
    ['an unknown version', text.replace('"version":1', '"version":2'), 'unsupported version 2'],
    ['a bad envelope', text.replace('"exportedAt":"', '"exportedAt":"x'), 'exportedAt: expected'],
  ])('reads a large file with %s whole, and words it', async (_, bad, message) => {
    expect(await streamNativeRecords(new Blob([bad]))).toBeUndefined();
    const result = await readImportFile(new Blob([bad]), 'big.json');
    expect(result).toEqual({ ok: false, error: await whole(bad) });
    expect(!result.ok && result.error).toContain(message);
  });

  it('reads a large W3C file whole', async () => {
    const w3c = JSON.stringify(toW3cCollection(many));
    expect(await streamNativeRecords(new Blob([w3c]))).toBeUndefined();
    const result = await readImportFile(new Blob([w3c]), 'big.jsonld');
    expect(result.ok && drain(result.source).length).toBe(4_500);
  });
});

describe('importing a file from the review page', () => {
  const text = JSON.stringify(toNativeExport(many));

  it('writes a large streamed file, checking it while it writes', async () => {
    const db = new ClaimlightDatabase(`import-${Math.random()}`);
    const states: ImportState[] = [];
    const status = await importFromFile(db, new File([text], 'big.json'), (s) => states.push(s));
    expect(status).toEqual({
      kind: 'info',
      text: 'Imported big.json: 4500 new, 0 updated, 0 already here.',
    });
    expect(await countStored(db)).toBe(4_500);
    expect(states.map((s) => s.phase)).toContain('saving');
    expect(states).toContainEqual(
      expect.objectContaining({ phase: 'checking', unit: 'records', done: 4_500, total: 4_500 }),
    );
    expect(states.at(-1)).toMatchObject({ phase: 'saving', unit: 'pages', done: 50, total: 50 });
    db.close();
    await db.delete();
  });

  it('writes nothing from a large file whose last record is bad, and says which', async () => {
    const db = new ClaimlightDatabase(`import-${Math.random()}`);
    await seedStored(db, [sampleAnnotation({ id: 'mine' })]);
    const before = await dumpDatabase(db);
    const file = toNativeExport(many) as unknown as { annotations: Record<string, unknown>[] };
    file.annotations[4_499]!.createdAt = '2026-02-30T10:00:00.000Z';
    const status = await importFromFile(
      db,
      new File([JSON.stringify(file)], 'big.json'),
      () => undefined,
    );
    expect(status).toEqual({
      kind: 'error',
      text: 'Nothing was imported. big.json: annotations[4499].createdAt: expected a real calendar date, got "2026-02-30T10:00:00.000Z"',
    });
    expect(await dumpDatabase(db)).toBe(before);
    db.close();
    await db.delete();
  });
});
