import type { ClaimlightDatabase } from '@/utils/db/database';
import type { Annotation } from '@/utils/db/types';
import { restoreAnnotations } from '@/utils/db/annotations';

/** Every stored annotation, whichever page record holds it, sorted by id. */
export async function allStored(db: ClaimlightDatabase): Promise<Annotation[]> {
  const rows = (await db.pages.toArray()).flatMap((p) => p.annotations);
  return rows.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The stored annotation with this id, on whatever page. */
export async function storedById(
  db: ClaimlightDatabase,
  id: string,
): Promise<Annotation | undefined> {
  return (await allStored(db)).find((a) => a.id === id);
}

/** How many annotations are stored. */
export async function countStored(db: ClaimlightDatabase): Promise<number> {
  return (await allStored(db)).length;
}

/** Stores annotations as they are (what an older session left behind). */
export function seedStored(db: ClaimlightDatabase, annotations: Annotation[]): Promise<void> {
  return restoreAnnotations(db, annotations);
}
