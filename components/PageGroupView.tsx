import type { PageGroup } from '@/utils/review/group';

interface PageGroupViewProps {
  group: PageGroup;
  /** Exports this page alone, as native JSON or Markdown. */
  onExport: (format: 'json' | 'markdown') => void;
}

/** A page heading in the review list: title linking to the article, site, date, page exports. */
export function PageGroupView({ group, onExport }: PageGroupViewProps) {
  const count = group.annotations.length;
  return (
    <section class="page-group" aria-label={group.title}>
      <header>
        <h2>
          <a href={group.url} target="_blank" rel="noopener noreferrer">
            {group.title}
          </a>
        </h2>
        <p class="muted">
          {group.site} · {new Date(group.latest).toLocaleDateString()} · {count}{' '}
          {count === 1 ? 'annotation' : 'annotations'}
          <button type="button" class="link" onClick={() => onExport('json')}>
            Export page
          </button>
          <button type="button" class="link" onClick={() => onExport('markdown')}>
            Markdown
          </button>
        </p>
      </header>
    </section>
  );
}
