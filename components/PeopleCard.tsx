import type { Person } from '@/utils/review/people';
import { LabelBadge } from './LabelBadge';
import { OpenInPageLink } from './OpenInPageLink';

interface PeopleCardProps {
  person: Person;
  expanded: boolean;
  /** How many statements to list when expanded; the rest are one click away in the list. */
  limit: number;
  onToggle: () => void;
  onShowAll: () => void;
  hrefOf: (statement: Person['statements'][number]) => string;
  onOpen: (statement: Person['statements'][number]) => void;
}

/** One person: names used, roles seen, label counts, and their statements newest first. */
export function PeopleCard({
  person,
  expanded,
  limit,
  onToggle,
  onShowAll,
  hrefOf,
  onOpen,
}: PeopleCardProps) {
  const count = (label: string) => person.statements.filter((s) => s.label === label).length;
  const others = person.aliases.filter((alias) => alias !== person.name);
  return (
    <article class="people-card" data-person={person.key} aria-label={person.name}>
      <header>
        <h2>
          <button type="button" class="link" aria-expanded={expanded} onClick={onToggle}>
            {person.name}
          </button>
        </h2>
        <p class="muted">
          {person.statements.length} statements · {count('speculation')} speculation ·{' '}
          {count('reported')} reported fact
          {person.roles.length > 0 && (
            <span class="roles"> · Roles: {person.roles.join('; ')}</span>
          )}
          {others.length > 0 && <span class="aliases"> · Also named: {others.join(', ')}</span>}
        </p>
      </header>
      {expanded && (
        <ol class="statements">
          {person.statements.slice(0, limit).map((s) => (
            <li class={`statement ${s.label}`} key={s.id}>
              <LabelBadge label={s.label} /> <q>{s.target.quote.exact}</q>{' '}
              <span class="muted">
                —{' '}
                <OpenInPageLink href={hrefOf(s)} onOpen={() => onOpen(s)}>
                  {s.title}
                </OpenInPageLink>
                , <time dateTime={s.createdAt}>{new Date(s.createdAt).toLocaleDateString()}</time>
              </span>
              {s.note && <p class="note">{s.note}</p>}
            </li>
          ))}
          {person.statements.length > limit && (
            <li>
              <button type="button" class="link" onClick={onShowAll}>
                All {person.statements.length} statements in the list
              </button>
            </li>
          )}
        </ol>
      )}
    </article>
  );
}
