import { useState } from 'preact/hooks';
import type { Person } from '@/utils/review/people';
import { PeopleCard } from './PeopleCard';
import { ReviewVirtualList } from './ReviewVirtualList';

interface PeopleViewProps {
  people: readonly Person[];
  hrefOf: PeopleCardProps['hrefOf'];
  onOpen: PeopleCardProps['onOpen'];
  /** Shows every statement of a person in the annotation list (filtered to them). */
  onShowAll: (person: Person) => void;
}

type PeopleCardProps = Parameters<typeof PeopleCard>[0];

/**
 * Everyone the reader's annotations attribute statements to, most quoted first: "what did
 * this person say, in what I read, and what was only speculation".
 */
export function PeopleView({ people, hrefOf, onOpen, onShowAll }: PeopleViewProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };
  if (people.length === 0) {
    return <p class="empty">No named speakers yet: annotations on quoted passages name them.</p>;
  }
  return (
    <ReviewVirtualList
      items={people}
      keyOf={(person) => person.key}
      estimate={70}
      label="People"
      render={(person) => (
        <PeopleCard
          person={person}
          expanded={open.has(person.key)}
          limit={20}
          hrefOf={hrefOf}
          onOpen={onOpen}
          onToggle={() => toggle(person.key)}
          onShowAll={() => onShowAll(person)}
        />
      )}
    />
  );
}
