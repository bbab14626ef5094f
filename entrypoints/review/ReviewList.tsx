import { PageGroupView } from '@/components/PageGroupView';
import { ReviewAnnotation } from '@/components/ReviewAnnotation';
import { ReviewPersonHeader } from '@/components/ReviewPersonHeader';
import { ReviewVirtualList } from '@/components/ReviewVirtualList';
import { textFragmentUrl } from '@/utils/review/text-fragment';
import type { Annotation } from '@/utils/db/types';
import { isHeading, rowKey, type ReviewRow } from '@/utils/review/rows';
import { scopeOfPage } from './export-file';
import type { DataActions } from './use-data-actions';

interface ReviewListProps {
  rows: readonly ReviewRow[];
  selected: ReadonlySet<string>;
  activeId: string | undefined;
  editingId: string | undefined;
  /** Annotations not found on their page the last time it was open, with when. */
  notFound: ReadonlyMap<string, string>;
  revealIndex: number | undefined;
  actions: DataActions;
  onActivate: (id: string) => void;
  onEditing: (id: string | undefined) => void;
  onToggleSelect: (id: string) => void;
  onOpen: (annotation: Annotation) => void;
}

/** The review list: page or person headings and annotations, windowed. */
export function ReviewList(props: ReviewListProps) {
  const { actions } = props;
  return (
    <ReviewVirtualList
      items={props.rows}
      keyOf={rowKey}
      estimate={120}
      revealIndex={props.revealIndex}
      label="Annotations"
      render={(row) => {
        if (!isHeading(row)) return renderAnnotation(row);
        if (row.kind === 'page') {
          return (
            <PageGroupView
              group={row.group}
              onExport={(format) =>
                void actions.exportAs(row.group.annotations, format, scopeOfPage(row.group.site))
              }
            />
          );
        }
        return <ReviewPersonHeader group={row.group} />;
      }}
    />
  );

  function renderAnnotation(a: Annotation) {
    return (
      <ReviewAnnotation
        annotation={a}
        openHref={textFragmentUrl(a.url, a.target.quote)}
        selected={props.selected.has(a.id)}
        active={props.activeId === a.id}
        editing={props.editingId === a.id}
        notFoundSince={props.notFound.get(a.id)}
        onActivate={() => props.onActivate(a.id)}
        onToggleSelect={() => props.onToggleSelect(a.id)}
        onEditChange={(editing) => props.onEditing(editing ? a.id : undefined)}
        onRelabel={(label) => void actions.edit(a, { label })}
        onSaveNote={(note) => void actions.edit(a, { note })}
        onDelete={() => void actions.remove([a])}
        onOpen={() => props.onOpen(a)}
      />
    );
  }
}
