import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { Annotation } from '@/utils/db/types';
import { toNativeExport } from '@/utils/export/native';
import { parseImport } from '@/utils/export/parse-import';
import { NativeExportSchema } from '@/utils/export/schema';
import { annotation } from './fixtures';

const NOW = new Date('2025-03-05T08:00:00.000Z');

describe('toNativeExport', () => {
  it('writes the self-describing envelope', () => {
    const file = toNativeExport([annotation()], NOW);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'annotations']);
    expect(file).toMatchObject({ format: 'claimlight', version: 1, exportedAt: NOW.toISOString() });
  });

  it('writes keys in one stable order whatever order the record had', () => {
    const a = annotation();
    const shuffled = Object.fromEntries(Object.entries(a).reverse()) as unknown as Annotation;
    const target = { position: a.target.position, quote: a.target.quote };
    const json = JSON.stringify(toNativeExport([{ ...shuffled, target }], NOW));
    expect(json).toBe(JSON.stringify(toNativeExport([a], NOW)));
    expect(Object.keys(toNativeExport([shuffled], NOW).annotations[0]!)).toEqual([
      'id',
      'url',
      'site',
      'title',
      'target',
      'label',
      'note',
      'speaker',
      'origin',
      'createdAt',
      'updatedAt',
    ]);
  });

  it('drops properties that are not part of the format', () => {
    const withExtra = { ...annotation(), cachedRange: 'x' } as Annotation;
    expect(toNativeExport([withExtra], NOW).annotations[0]).not.toHaveProperty('cachedRange');
  });

  it('produces files that pass the schema and import back unchanged', () => {
    const records = [
      annotation(),
      annotation({ id: 'b', label: 'reported', speaker: null, origin: 'suggestion', note: '' }),
    ];
    const file = toNativeExport(records, NOW);
    expect(v.safeParse(NativeExportSchema, file).success).toBe(true);
    expect(parseImport(JSON.stringify(file, null, 2), 'backup.json')).toEqual({
      ok: true,
      annotations: records,
    });
  });

  it('exports an empty list as a valid file', () => {
    const file = toNativeExport([], NOW);
    expect(parseImport(JSON.stringify(file), 'empty.json')).toEqual({ ok: true, annotations: [] });
  });
});
