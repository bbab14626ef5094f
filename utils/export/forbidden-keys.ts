import { FORBIDDEN_KEYS, formatPath } from './issue-format';

/** Deeper than any real export (about 5 levels); a file nested further is refused outright. */
export const MAX_IMPORT_DEPTH = 64;

/** What is structurally wrong with parsed JSON before any schema looks at it. */
export type StructureProblem = { kind: 'forbidden-key' | 'too-deep'; path: string };

interface Visit {
  value: unknown;
  key: string | number | undefined;
  parent: Visit | undefined;
  depth: number;
}

/**
 * The first `__proto__` / `constructor` / `prototype` key anywhere in parsed JSON, or the
 * first place nested deeper than MAX_IMPORT_DEPTH; null when neither. JSON.parse makes those
 * keys plain own properties, harmless until some code spreads or merges the object; refusing
 * them up front protects every importer, including ones added later.
 *
 * Iterative, so a deeply nested file cannot overflow the stack, and each entry links to its
 * parent instead of copying its path: copying made a 50,000-deep file take ~18 s (quadratic).
 */
export function findStructureProblem(value: unknown): StructureProblem | null {
  const stack: Visit[] = [{ value, key: undefined, parent: undefined, depth: 0 }];
  while (stack.length) {
    const item = stack.pop();
    if (!item || typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= MAX_IMPORT_DEPTH) return { kind: 'too-deep', path: pathOf(item) };
    const depth = item.depth + 1;
    if (Array.isArray(item.value)) {
      item.value.forEach((child, i) => stack.push({ value: child, key: i, parent: item, depth }));
      continue;
    }
    for (const [key, child] of Object.entries(item.value)) {
      const visit: Visit = { value: child, key, parent: item, depth };
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', path: pathOf(visit) };
      stack.push(visit);
    }
  }
  return null;
}

/** The path of the first forbidden key in parsed JSON, or null (see findStructureProblem). */
export function findForbiddenKey(value: unknown): string | null {
  const problem = findStructureProblem(value);
  return problem?.kind === 'forbidden-key' ? problem.path : null;
}

function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at; at = at.parent) {
    if (at.key !== undefined) keys.push(at.key);
  }
  return formatPath(keys.reverse());
}
