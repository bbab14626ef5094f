import { describe, expect, it } from 'vitest';
import { collectPeople, personKeys, splitTitle } from '../../../utils/review/people';
import { sampleAnnotation } from '../sample-annotation';

const said = (id: string, speaker: string | null, createdAt: string, label = 'reported' as const) =>
  sampleAnnotation({ id, speaker, createdAt, updatedAt: createdAt, label });

describe('splitTitle', () => {
  it.each([
    ['Russian Defense Minister Sergei Shoigu', 'Russian Defense Minister', 'Sergei Shoigu'],
    ['Shoigu', null, 'Shoigu'],
    ['Mayor Teodor Brask', 'Mayor', 'Teodor Brask'],
    ['Susan Rice', null, 'Susan Rice'],
    ['President', null, 'President'],
  ])('%s', (raw, role, name) => {
    expect(splitTitle(raw)).toEqual({ role, name });
  });
});

describe('collectPeople', () => {
  const annotations = [
    said('a', 'Sergei Shoigu', '2026-03-01T00:00:00Z'),
    said('b', 'Shoigu', '2026-03-03T00:00:00Z', 'speculation' as never),
    said('c', 'Russian Defense Minister Sergei Shoigu', '2026-03-02T00:00:00Z'),
    said('d', 'Mirela Osei', '2026-03-01T00:00:00Z'),
    said('e', null, '2026-03-01T00:00:00Z'),
  ];

  it('merges every name of one person, with roles, statements newest first', () => {
    const people = collectPeople(annotations);
    expect(people.map((p) => p.name)).toEqual(['Sergei Shoigu', 'Mirela Osei']);
    const shoigu = people[0]!;
    expect(shoigu.roles).toEqual(['Russian Defense Minister']);
    expect(shoigu.aliases.sort()).toEqual(
      ['Russian Defense Minister Sergei Shoigu', 'Sergei Shoigu', 'Shoigu'].sort(),
    );
    expect(shoigu.statements.map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });

  it('keeps people with a shared surname apart, and the bare surname too', () => {
    const people = collectPeople([
      said('a', 'Anna Brask', '2026-03-01T00:00:00Z'),
      said('b', 'Teodor Brask', '2026-03-01T00:00:00Z'),
      said('c', 'Brask', '2026-03-01T00:00:00Z'),
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Anna Brask', 'Brask', 'Teodor Brask']);
  });

  it('takes roles from analysed page figures', () => {
    const people = collectPeople(annotations, [
      { name: 'Mirela Osei', role: 'coastal engineer', mentions: ['Dr. Osei'] },
    ]);
    expect(people.find((p) => p.name === 'Mirela Osei')?.roles).toEqual(['coastal engineer']);
  });

  it('maps every spelling to its person key', () => {
    const keys = personKeys(collectPeople(annotations));
    expect(keys.get('Shoigu')).toBe('sergei shoigu');
    expect(keys.get('Russian Defense Minister Sergei Shoigu')).toBe('sergei shoigu');
  });
});
