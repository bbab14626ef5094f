import type { AnnotationLabel } from '@/utils/db/types';
import { LABEL_TEXT } from './labels';

/** A label as a small coloured tag (colour and text, never colour alone). */
export function LabelBadge({ label }: { label: AnnotationLabel }) {
  return <span class={`label-badge ${label}`}>{LABEL_TEXT[label]}</span>;
}
