import type { TextTarget } from '../anchoring/types';

/** What a reader (or an accepted suggestion) says about a passage. */
export type AnnotationLabel = 'speculation' | 'reported' | 'note';
export const ANNOTATION_LABELS: readonly AnnotationLabel[] = ['speculation', 'reported', 'note'];

/** Who created the annotation: the reader by selecting text, or by keeping an analyzer suggestion. */
export type AnnotationOrigin = 'reader' | 'suggestion';

/** One saved annotation, exactly as stored in IndexedDB and exported. */
export interface Annotation {
  id: string;
  /** Normalised page URL (see utils/url): no fragment, no tracking parameters. */
  url: string;
  /** Host name without a leading "www.". */
  site: string;
  title: string;
  target: TextTarget;
  label: AnnotationLabel;
  note: string;
  /** The named figure the passage is attributed to, when known. */
  speaker: string | null;
  origin: AnnotationOrigin;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** What the content script sends to create an annotation; the background fills in the rest. */
export type AnnotationDraft = Pick<Annotation, 'url' | 'title' | 'target' | 'label' | 'note'> &
  Partial<Pick<Annotation, 'speaker' | 'origin'>>;
