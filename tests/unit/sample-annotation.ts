import type { Annotation, AnnotationDraft } from '../../utils/db/types';

/** A valid draft for a made-up article; override what a test is about. */
export function sampleDraft(overrides: Partial<AnnotationDraft> = {}): AnnotationDraft {
  return {
    url: 'https://news.example.org/2026/harbour-wall',
    title: 'Council weighs a sea wall',
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'the wall alone may not be enough',
        prefix: 'told the council that ',
        suffix: '. If sea levels keep rising',
      },
      position: { type: 'TextPositionSelector', start: 120, end: 152 },
    },
    label: 'speculation',
    note: '',
    ...overrides,
  };
}

/** A complete stored annotation, as an export would carry it. */
export function sampleAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  const draft = sampleDraft();
  return {
    id: '8f0c4a52-1b7e-4c3e-9a55-2f4d3c1b0a01',
    url: draft.url,
    site: 'news.example.org',
    title: draft.title,
    target: draft.target,
    label: draft.label,
    note: '',
    speaker: null,
    origin: 'reader',
    createdAt: '2026-03-14T10:00:00.000Z',
    updatedAt: '2026-03-14T10:00:00.000Z',
    ...overrides,
  };
}
