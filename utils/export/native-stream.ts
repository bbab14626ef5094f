/**
 * Reads a native Claimlight file piece by piece, as it arrives from disk, and hands over its
 * records in batches, each batch parsed by JSON.parse. Nothing here judges a record: it only
 * finds where each one starts and ends.
 *
 * It is a fast path for well-formed exports and nothing more. Whatever it does not expect
 * (another format, a syntax error, a second `annotations` key, a record of megabytes) makes
 * it give up, and the caller reads the file whole with parseImport, which words every
 * problem. So the only thing this code must get right is never to accept a file that
 * JSON.parse would refuse, and to find exactly the records JSON.parse would.
 */

/** Where the splitter gave up; the caller falls back to reading the file whole. */
export class NotStreamable extends Error {}

/** One record larger than this is no export Claimlight wrote: let the whole-file path judge it. */
const MAX_RECORD_CHARS = 4_000_000;

// Character codes the scanner cares about.
const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const BOM = 0xfeff;

/** JSON's own whitespace: nothing else (no-break space, a stray BOM) may sit between tokens. */
function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Where a member of the top-level object is, so a string there is known as key or value. */
type Member = 'key' | 'colon' | 'value';
/** Where the records array is: before its first record, after a comma, or inside a record. */
type Slot = 'first' | 'next' | 'record';

/**
 * Splits the text of `{ …, "annotations": [ record, record, … ], … }` into the records (in
 * batches, parsed) and everything else (the envelope, with `annotations: []`).
 */
export class NativeRecordSplitter {
  /** Open brackets and braces, innermost last. */
  private readonly open: number[] = [];
  private inString = false;
  private escaped = false;
  private started = false;
  private closed = false;
  private member: Member = 'key';
  /** The raw text of a key of the top-level object while it is read (it may span pieces). */
  private key: string | undefined;
  private keyFrom = 0;
  private valueIsRecords = false;
  private sawRecords = false;
  /** Inside the records array (its brackets excluded), and where in it. */
  private inRecords = false;
  private slot: Slot = 'first';
  private readonly envelope: string[] = [];
  /** The start of a record not yet complete, kept from the previous piece. */
  private carry = '';
  private chars = 0;
  private count = 0;

  /**
   * @param onRecords receives each batch of parsed records and the index of the first one.
   * @param maxChars the most characters a file may have (the whole-file path's limit).
   */
  constructor(
    private readonly onRecords: (records: unknown[], first: number) => void,
    private readonly maxChars = Infinity,
  ) {}

  /** How many records have been handed over so far. */
  get records(): number {
    return this.count;
  }

  /** Reads the next piece of the file. Throws NotStreamable when this path cannot take it. */
  push(piece: string): void {
    this.chars += piece.length;
    if (this.chars > this.maxChars) throw new NotStreamable('too large');
    // The carried text was scanned already: scanning resumes after it.
    const text = this.carry + piece;
    const from = this.carry.length;
    this.carry = '';
    let envelopeFrom = this.inRecords ? -1 : from;
    let recordFrom = this.inRecords && this.slot === 'record' ? 0 : -1;
    let batchFrom = recordFrom;
    let batchTo = -1;
    let batchCount = 0;
    if (this.key !== undefined) this.keyFrom = 0;

    // Most of a file is the inside of strings: jump from quote to quote with indexOf, and
    // look for backslashes (rare) only when one can be before the next quote.
    let backslash = -1;
    for (let i = from; i < text.length; i++) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        let quote = text.indexOf('"', i);
        if (quote < 0) quote = text.length;
        if (backslash < i) {
          backslash = text.indexOf('\\', i);
          if (backslash < 0) backslash = text.length;
        }
        if (backslash < quote) {
          i = backslash;
          this.escaped = true;
        } else if (quote < text.length) {
          i = quote;
          this.inString = false;
          if (this.key !== undefined) this.endKey(text.slice(this.keyFrom, i + 1));
        } else {
          i = text.length;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (this.closed) {
        if (!isJsonSpace(c)) throw new NotStreamable('text after the top-level object');
        continue;
      }
      if (!this.started) {
        // The whole-file path drops one byte order mark after decoding, and so does this.
        if (c === BOM && this.chars - piece.length + i - from === 0) {
          envelopeFrom = i + 1;
          continue;
        }
        if (isJsonSpace(c)) continue;
        if (c !== OPEN_BRACE) throw new NotStreamable('not a JSON object');
        this.started = true;
      }
      const depth = this.open.length;

      if (this.inRecords && depth === 2) {
        // Directly in the records array: only here do records start and end.
        if (c === COMMA || c === CLOSE_BRACKET) {
          if (this.slot === 'record') {
            batchTo = i;
            batchCount++;
            this.slot = 'next';
          } else if (c === COMMA || this.slot === 'next') {
            throw new NotStreamable('a missing record'); // `[,`, `,,` or `,]`
          }
          if (c === CLOSE_BRACKET) {
            this.open.pop();
            this.inRecords = false;
            envelopeFrom = i;
          }
          continue;
        }
        if (this.slot !== 'record') {
          if (isJsonSpace(c)) continue;
          this.slot = 'record';
          recordFrom = i;
          if (batchFrom < 0) batchFrom = i;
        }
      }

      if (c === QUOTE) {
        this.inString = true;
        if (depth === 1) {
          if (this.member === 'key') {
            this.key = '';
            this.keyFrom = i;
          }
          this.valueIsRecords = false;
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 1 && this.valueIsRecords && c === OPEN_BRACKET) {
          if (this.sawRecords) throw new NotStreamable('two "annotations" keys');
          this.sawRecords = true;
          this.inRecords = true;
          this.slot = 'first';
          this.envelope.push(text.slice(envelopeFrom, i + 1));
          envelopeFrom = -1;
        }
        if (depth === 1) this.valueIsRecords = false;
        this.open.push(c);
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (this.open.pop() !== (c === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET)) {
          throw new NotStreamable('mismatched brackets');
        }
        if (depth === 1) this.closed = true;
      } else if (depth === 1 && !isJsonSpace(c)) {
        if (c === COLON && this.member === 'colon') this.member = 'value';
        else if (c === COMMA) this.member = 'key';
        this.valueIsRecords &&= c === COLON;
      }
    }

    if (this.key !== undefined) this.key += text.slice(this.keyFrom);
    if (batchTo >= 0) this.emit(text.slice(batchFrom, batchTo), batchCount);
    if (this.inRecords && this.slot === 'record') {
      this.carry = text.slice(recordFrom);
      if (this.carry.length > MAX_RECORD_CHARS) throw new NotStreamable('a record is too large');
    }
    if (envelopeFrom >= 0) this.envelope.push(text.slice(envelopeFrom));
  }

  private endKey(rest: string) {
    const raw = this.key + rest;
    this.key = undefined;
    this.member = 'colon';
    try {
      this.valueIsRecords = JSON.parse(raw) === 'annotations';
    } catch {
      throw new NotStreamable('a key is not a valid JSON string');
    }
  }

  private emit(slice: string, count: number) {
    let records: unknown;
    try {
      records = JSON.parse(`[${slice}]`);
    } catch {
      throw new NotStreamable('a record is not valid JSON');
    }
    if (!Array.isArray(records) || records.length !== count) {
      throw new NotStreamable('records were not where they were expected');
    }
    const first = this.count;
    this.count += count;
    this.onRecords(records, first);
  }

  /**
   * The file's fields other than its records (with `annotations: []`), once the whole file
   * was pushed. Throws NotStreamable when it is not one JSON object with a records array.
   */
  end(): Record<string, unknown> {
    if (!this.closed || !this.sawRecords) {
      throw new NotStreamable('not a complete object with an annotations array');
    }
    let envelope: Record<string, unknown>;
    try {
      envelope = JSON.parse(this.envelope.join('')) as Record<string, unknown>;
    } catch {
      throw new NotStreamable('the file is not valid JSON');
    }
    // A second "annotations" key whose value is not an array ("annotations": 0) was never
    // taken for records, but JSON.parse keeps it, the last one: the file is not what was read.
    const records = envelope.annotations;
    if (!Array.isArray(records) || records.length > 0) {
      throw new NotStreamable('two "annotations" keys');
    }
    return envelope;
  }
}
