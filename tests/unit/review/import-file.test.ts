import { describe, expect, it } from 'vitest';
import { ClaimlightDatabase } from '../../../utils/db/database';
import { importAnnotations } from '../../../utils/db/import-annotations';
import { toNativeExport } from '../../../utils/export/native';
import { toW3cCollection } from '../../../utils/export/w3c';
import { parseImportInChunks } from '../../../utils/review/import-file';
import { sampleAnnotation } from '../sample-annotation';

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
    const summary = await importAnnotations(db, many.slice(0, 12_000), (done) => seen.push(done));
    expect(summary).toEqual({ added: 4_500, updated: 0, unchanged: 0 });
    expect(seen.at(-1)).toBe(4_500);
    expect(await db.pages.count()).toBe(50);

    const again = await importAnnotations(db, many.slice(0, 10));
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 10 });

    const fresh = sampleAnnotation({ id: 'new-one' });
    const bad = { ...sampleAnnotation({ id: 'x' }), id: undefined } as never;
    await expect(importAnnotations(db, [fresh, bad])).rejects.toThrow();
    expect(await db.annotations.get('new-one')).toBeUndefined();
    db.close();
  });
});
