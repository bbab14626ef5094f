/**
 * Results cross extension contexts as data, never as thrown errors: a rejected
 * promise loses its message on the way, and the caller must always be able to tell the reader why.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** The message of anything thrown, for a Result. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    // Dexie wraps quota errors; name them plainly for the reader.
    if (error.name === 'QuotaExceededError' || /quota/i.test(error.message)) {
      return 'The browser has no storage space left for Claimlight. Free some disk space, then try again.';
    }
    return error.message;
  }
  return String(error);
}
