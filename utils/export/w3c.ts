import type { Annotation } from '../db/types';

/** The Web Annotation context, plus Claimlight's own terms for what the model has no slot for. */
export const W3C_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { claimlight: 'urn:claimlight:terms#' },
] as const;

/** Claimlight's extension terms: page title, speaker and origin travel with each annotation. */
export const W3C_TERMS = {
  title: 'claimlight:pageTitle',
  speaker: 'claimlight:speaker',
  origin: 'claimlight:origin',
} as const;

/** A TextualBody as Claimlight writes it: the label (tagging) or the note (commenting). */
export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format?: 'text/plain';
}

/** One exported Web Annotation. */
export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: W3cTextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  [W3C_TERMS.title]: string;
  [W3C_TERMS.speaker]: string | null;
  [W3C_TERMS.origin]: Annotation['origin'];
}

/** An AnnotationCollection with all items on its first (and only) page. */
export interface W3cCollection {
  '@context': typeof W3C_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Annotation ids must be IRIs: a uuid becomes `urn:uuid:…`, anything else a Claimlight URN. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `urn:claimlight:annotation:${encodeURIComponent(id)}`;
}

/** The W3C form of one annotation (https://www.w3.org/TR/annotation-model/). */
export function toW3cAnnotation(a: Annotation): W3cAnnotation {
  const body: W3cTextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.label }];
  if (a.note)
    body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  const { quote, position } = a.target;
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    body,
    target: {
      source: a.url,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    [W3C_TERMS.title]: a.title,
    [W3C_TERMS.speaker]: a.speaker,
    [W3C_TERMS.origin]: a.origin,
  };
}

/** Annotations as a JSON-LD AnnotationCollection, for other Web Annotation tools. */
export function toW3cCollection(
  annotations: readonly Annotation[],
  now: Date = new Date(),
): W3cCollection {
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Claimlight annotations',
    total: annotations.length,
    generated: now.toISOString(),
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map(toW3cAnnotation) },
  };
}
