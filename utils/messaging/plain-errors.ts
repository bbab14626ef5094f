/**
 * The content script's stand-in for @aklinker1/zero-serialize-error, which
 * @webext-core/messaging uses to send a thrown error across contexts (852 bytes of a
 * bundle with a hard budget). Results cross as data (see result.ts), so an error only
 * needs its name, message and stack on the way; the other side's serialized error comes
 * back as an Error with whatever fields it sent.
 */
export const serializeError = (e: unknown): unknown =>
  e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : e;

export const deserializeError = (e: unknown): unknown =>
  e && typeof e === 'object' ? Object.assign(new Error(), e) : e;
