import type { ComponentChildren } from 'preact';
import type { PageGroup } from '@/utils/review/filter';

/** A page heading (title linking back to the article, site, date) over its annotations. */
export function PageGroupView({
  group,
  children,
}: {
  group: PageGroup;
  children: ComponentChildren;
}) {
  return (
    <section class="page-group" aria-label={group.title}>
      <header>
        <h2>
          <a href={group.url} target="_blank" rel="noopener noreferrer">
            {group.title}
          </a>
        </h2>
        <p class="muted">
          {group.site} · {new Date(group.latest).toLocaleDateString()} · {group.annotations.length}{' '}
          {group.annotations.length === 1 ? 'annotation' : 'annotations'}
        </p>
      </header>
      <ul>{children}</ul>
    </section>
  );
}
