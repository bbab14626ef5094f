import type { Annotation } from '@/utils/db/types';

/** A valid annotation (fixture text written for the tests); override fields per case. */
export function annotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: '0b6f3c1e-8a52-4d0e-9a51-6f1f1f5b2c01',
    url: 'https://news.example/harbour-vale/pier-vote',
    site: 'news.example',
    title: 'Pier vote due next week',
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'the plan might end a century of fishing',
        prefix: 'who runs a bait shop, said that ',
        suffix: ' from the town. "If they close i',
      },
      position: { type: 'TextPositionSelector', start: 512, end: 551 },
    },
    label: 'speculation',
    note: 'Only one shop owner is quoted.',
    speaker: 'Mara Okafor',
    origin: 'reader',
    createdAt: '2025-03-04T10:15:00.000Z',
    updatedAt: '2025-03-04T10:20:30.000Z',
    ...overrides,
  };
}

/** A native export file as a plain JSON-able object. */
export function nativeFile(annotations: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    format: 'claimlight',
    version: 1,
    exportedAt: '2025-03-05T08:00:00.000Z',
    annotations,
    ...overrides,
  };
}
