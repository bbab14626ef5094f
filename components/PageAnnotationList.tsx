import type { Annotation, AnnotationLabel } from '@/utils/db/types';
import { LabelBadge } from './LabelBadge';
import { LABEL_TEXT } from './labels';

interface PageAnnotationListProps {
  annotations: Annotation[];
  /** Ids whose text is not on the page as it is now; null while unknown. */
  orphans: ReadonlySet<string> | null;
  onSelect: (annotation: Annotation) => void;
  /** For an orphan: attach it to text the reader will select on the page. */
  onReattach: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

const LABELS: AnnotationLabel[] = ['speculation', 'reported', 'note'];

/** The popup's view of one page: counts by label and each annotation, orphans marked. */
export function PageAnnotationList({
  annotations,
  orphans,
  onSelect,
  onReattach,
  onDelete,
}: PageAnnotationListProps) {
  const counts = LABELS.map(
    (label) => [label, annotations.filter((a) => a.label === label).length] as const,
  );
  return (
    <section aria-label="Annotations on this page">
      <ul class="counts">
        {counts.map(([label, count]) => (
          <li data-label={label}>
            <LabelBadge label={label} /> <strong>{count}</strong>
          </li>
        ))}
      </ul>
      {annotations.length === 0 ? (
        <p class="empty">
          No annotations on this page yet. Select text, then choose Speculation (s), Reported fact
          (r) or Note (n).
        </p>
      ) : (
        <ol class="annotations">
          {annotations.map((annotation) => {
            const orphan = orphans?.has(annotation.id) ?? false;
            return (
              <li class={orphan ? 'orphan' : ''} data-id={annotation.id}>
                <button
                  type="button"
                  disabled={orphan}
                  title={orphan ? undefined : 'Show on the page'}
                  aria-label={`${LABEL_TEXT[annotation.label]}: ${annotation.target.quote.exact}`}
                  onClick={() => onSelect(annotation)}
                >
                  <LabelBadge label={annotation.label} />
                  <q>{annotation.target.quote.exact}</q>
                  {annotation.note && <span class="note">{annotation.note}</span>}
                  {orphan && <span class="orphan-flag">Not found on this page</span>}
                </button>
                {orphan && (
                  <div class="orphan-actions">
                    <button type="button" onClick={() => onReattach(annotation)}>
                      Re-attach…
                    </button>
                    <button type="button" class="danger" onClick={() => onDelete(annotation)}>
                      Delete
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
