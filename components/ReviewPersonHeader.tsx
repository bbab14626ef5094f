import type { PersonGroup } from '@/utils/review/group';

/** A person heading when the review list is grouped by person. */
export function ReviewPersonHeader({ group }: { group: PersonGroup }) {
  const count = group.annotations.length;
  return (
    <section class="person-group" aria-label={group.name}>
      <h2>{group.name}</h2>
      <p class="muted">
        {count} {count === 1 ? 'statement' : 'statements'}
      </p>
    </section>
  );
}
