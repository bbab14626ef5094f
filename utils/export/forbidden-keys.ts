import { FORBIDDEN_KEYS, formatPath } from './issue-format';

/**
 * The path of the first `__proto__` / `constructor` / `prototype` key anywhere in parsed
 * JSON, or null. JSON.parse makes these plain own properties, harmless until some code
 * spreads or merges the object; refusing them up front protects every importer, including
 * ones added later. Iterative, so a deeply nested file cannot overflow the stack.
 */
export function findForbiddenKey(value: unknown): string | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const item = stack.pop();
    if (!item || typeof item.value !== 'object' || item.value === null) continue;
    if (Array.isArray(item.value)) {
      item.value.forEach((child, i) => stack.push({ value: child, path: [...item.path, i] }));
      continue;
    }
    for (const [key, child] of Object.entries(item.value)) {
      if (FORBIDDEN_KEYS.has(key)) return formatPath([...item.path, key]);
      stack.push({ value: child, path: [...item.path, key] });
    }
  }
  return null;
}
