import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/export/parse-import';
import { toW3cCollection } from '../../../utils/export/w3c';
import { sampleAnnotation } from '../sample-annotation';

const noted = sampleAnnotation({
  id: 'c1d2e3f4-0000-4000-8000-000000000001',
  label: 'reported',
  note: 'Check the tide tables.',
  speaker: 'Mirela Osei',
  origin: 'suggestion',
  updatedAt: '2026-03-15T08:00:00.000Z',
});
const plain = sampleAnnotation({ id: 'not-a-uuid/7' });

describe('W3C Web Annotation export', () => {
  const collection = toW3cCollection([noted, plain], new Date('2026-04-01T00:00:00Z'));

  it('writes an AnnotationCollection with tagging and commenting bodies and both selectors', () => {
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    const [first, second] = collection.first.items;
    expect(first!.id).toBe(`urn:uuid:${noted.id}`);
    expect(first!.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'reported' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Check the tide tables.',
        format: 'text/plain',
      },
    ]);
    expect(first!.target.source).toBe(noted.url);
    expect(first!.target.selector[0]).toEqual(noted.target.quote);
    expect(first!.target.selector[1]).toEqual(noted.target.position);
    expect(second!.id).toBe('urn:claimlight:annotation:not-a-uuid%2F7');
    expect(second!.body).toHaveLength(1);
  });

  it('imports back to the very same records', () => {
    const result = parseImport(JSON.stringify(collection), 'w3c.jsonld');
    expect(result).toEqual({ ok: true, annotations: [noted, plain] });
  });

  it('imports another tool’s minimal annotation with defaults', () => {
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://annotations.example/1',
          type: 'Annotation',
          created: '2026-02-01T12:00:00Z',
          body: { type: 'TextualBody', value: 'worth a follow-up' },
          target: {
            source: 'https://news.example.org/x',
            selector: { type: 'TextQuoteSelector', exact: 'the ferry will run' },
          },
        },
      ],
    };
    const result = parseImport(JSON.stringify(file), 'other.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.annotations[0]).toMatchObject({
      id: 'https://annotations.example/1',
      label: 'note',
      note: 'worth a follow-up',
      site: 'news.example.org',
      updatedAt: '2026-02-01T12:00:00Z',
      speaker: null,
      origin: 'reader',
    });
  });

  it.each<[string, (item: Record<string, unknown>) => void, string]>([
    [
      'an unknown label',
      (i) => ((i.body as { value: string }[])[0]!.value = 'maybe'),
      'first.items[1].body[0].value: expected one of',
    ],
    [
      'no quote selector',
      (i) => ((i.target as { selector: unknown[] }).selector = []),
      'first.items[1].target.selector: expected a TextQuoteSelector',
    ],
    [
      'a bad date',
      (i) => (i.created = 'yesterday'),
      'first.items[1].created: expected an ISO 8601 timestamp',
    ],
    [
      'a javascript: source',
      (i) => ((i.target as { source: string }).source = 'javascript:alert(1)'),
      'first.items[1].target.source: expected an http(s) URL',
    ],
    [
      'an empty quote',
      (i) => ((i.target as { selector: { exact?: string }[] }).selector[0]!.exact = ''),
      'first.items[1].target.selector[0].exact: expected a non-empty quote',
    ],
  ])('names the record and field for %s', (_, spoil, message) => {
    const broken = structuredClone(collection) as unknown as {
      first: { items: Record<string, unknown>[] };
    };
    spoil(broken.first.items[1]!);
    const result = parseImport(JSON.stringify(broken), 'broken.jsonld');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(`broken.jsonld: ${message}`);
  });
});
