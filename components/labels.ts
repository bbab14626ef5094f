import type { AnnotationLabel } from '@/utils/db/types';

/** What each label is called on screen. */
export const LABEL_TEXT: Record<AnnotationLabel, string> = {
  speculation: 'Speculation',
  reported: 'Reported fact',
  note: 'Note',
};

/** The one-key shortcut for each label on the selection toolbar and hover card. */
export const LABEL_KEY: Record<AnnotationLabel, string> = {
  speculation: 's',
  reported: 'r',
  note: 'n',
};

/** The label a single key stands for, if any. */
export function labelForKey(key: string): AnnotationLabel | undefined {
  const lower = key.toLowerCase();
  return (Object.keys(LABEL_KEY) as AnnotationLabel[]).find((label) => LABEL_KEY[label] === lower);
}
