import { el } from './dom';

/**
 * A problem to tell the reader about, announced to screen readers. Returns a function that
 * gives the line for a view's children when there is an error, and nothing when there is none.
 */
export function errorLine(): (error: string | undefined) => HTMLElement | undefined {
  const line = el('p', { class: 'error', role: 'alert' });
  return (error) => {
    if (!error) return undefined;
    line.textContent = error;
    return line;
  };
}
