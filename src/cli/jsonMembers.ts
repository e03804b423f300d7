/** A member of a JSON file's top-level object: one item of an array asked for item by item, or a whole value. */
export type JsonMember = { kind: 'item'; key: string; index: number; value: unknown } | { kind: 'value'; key: string; value: unknown };

/** What to do with a top-level member: stream its array's items, parse its value whole, or step over it. */
export type MemberWanted = (key: string) => 'items' | 'value' | 'skip';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Where the scan stands between chunks. */
type State = 'start' | 'key' | 'colon' | 'value' | 'afterValue' | 'items' | 'afterItem' | 'end';

/**
 * The members of a JSON object read from a stream of bytes, without holding the text whole: the
 * bytes are scanned for where each value ends (strings and nesting only; structural characters
 * are ASCII, which UTF-8 never uses inside a multi-byte character), and each value or array item
 * is parsed alone with JSON.parse, which is native and far faster than a token-level parser in
 * JavaScript. Values that are skipped are scanned, never parsed. Stopping the iteration early
 * closes the stream. Malformed text fails with the member and item it is in.
 */
export async function* jsonMembers(chunks: AsyncIterable<Buffer | string>, wanted: MemberWanted, name = 'the document'): AsyncGenerator<JsonMember> {
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let state: State = 'start';
  let key = '';
  let mode: 'items' | 'value' | 'skip' = 'skip';
  let index = 0;
  // The value being scanned: whether there is one, where it starts, how deep the scan is inside
  // it, whether in a string. A skipped value's text is not kept, only where the scan stands.
  let inValue = false;
  let start = 0;
  let depth = 0;
  let inString = false;
  const fail = (what: string): never => {
    throw new Error(`${name} is not a JSON document: ${what}`);
  };
  const parse = (from: number, to: number, where: string): unknown => {
    try {
      return JSON.parse(buf.toString('utf8', from, to));
    } catch (error) {
      return fail(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // Scans from pos to the end of the value that starts at `start`; the offset after it, or -1 when
  // the bytes ran out first (pos then says where to go on).
  const valueEnd = (): number => {
    let i = pos;
    const n = buf.length;
    while (i < n) {
      if (inString) {
        const quote = buf.indexOf(QUOTE, i);
        if (quote < 0) {
          pos = n;
          return -1;
        }
        let backslashes = 0;
        for (let k = quote - 1; buf[k] === BACKSLASH; k--) backslashes++;
        i = quote + 1;
        if (backslashes % 2 === 1) continue;
        inString = false;
        if (depth === 0) return i;
        continue;
      }
      const c = buf[i];
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        // A scalar ends where the container around it closes.
        if (depth === 0) return i;
        depth--;
        if (depth === 0) return i + 1;
      } else if (depth === 0 && (c === COMMA || isSpace(c))) return i;
      i++;
    }
    pos = n;
    return -1;
  };
  // The value at pos (or the one in hand, when an earlier chunk began it) scanned to its end: the
  // bounds of its text, or null when the bytes ran out first (the next chunk goes on with it).
  const take = (): [number, number] | null => {
    if (!inValue) {
      inValue = true;
      start = pos;
      depth = 0;
      inString = false;
    }
    const end = valueEnd();
    if (end < 0) return null;
    inValue = false;
    pos = end;
    return [start, end];
  };
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      // Keep only what is still needed: the text of the value in hand when it is to be parsed, and a
      // run of backslashes just before the scan's place (it may escape the next chunk's quote).
      let keep = inValue && (mode !== 'skip' || state === 'key') ? start : pos;
      while (keep > 0 && buf[keep - 1] === BACKSLASH) keep--;
      buf = keep < buf.length ? Buffer.concat([buf.subarray(keep), chunk]) : chunk;
      pos -= keep;
      start -= keep;
      while (pos < buf.length && state !== 'end') {
        if (!inValue && isSpace(buf[pos])) {
          pos++;
          continue;
        }
        const c = buf[pos];
        if (state === 'start') {
          if (c !== OPEN_BRACE) fail('it does not open with an object');
          state = 'key';
          pos++;
        } else if (state === 'key') {
          if (!inValue) {
            if (c === CLOSE_BRACE) {
              state = 'end';
              pos++;
              continue;
            }
            if (c !== QUOTE) fail(`a member name was expected at byte ${pos}`);
          }
          const span = take();
          if (!span) break;
          key = parse(span[0], span[1], 'a member name') as string;
          state = 'colon';
        } else if (state === 'colon') {
          if (c !== COLON) fail(`":" was expected after "${key}"`);
          mode = wanted(key);
          state = 'value';
          pos++;
        } else if (state === 'value') {
          if (!inValue && mode === 'items' && c === OPEN_BRACKET) {
            state = 'items';
            index = 0;
            pos++;
            continue;
          }
          const span = take();
          if (!span) break;
          state = 'afterValue';
          if (mode !== 'skip') yield { kind: 'value', key, value: parse(span[0], span[1], key) };
        } else if (state === 'afterValue') {
          if (c === COMMA) state = 'key';
          else if (c === CLOSE_BRACE) state = 'end';
          else fail(`"," or "}" was expected after "${key}"`);
          pos++;
        } else if (state === 'items') {
          if (!inValue && c === CLOSE_BRACKET && index === 0) {
            state = 'afterValue';
            pos++;
            continue;
          }
          const span = take();
          if (!span) break;
          state = 'afterItem';
          yield { kind: 'item', key, index, value: parse(span[0], span[1], `${key}[${index}]`) };
          index++;
        } else if (state === 'afterItem') {
          if (c === COMMA) state = 'items';
          else if (c === CLOSE_BRACKET) state = 'afterValue';
          else fail(`"," or "]" was expected after ${key}[${index - 1}]`);
          pos++;
        }
      }
      if (state === 'end') return;
    }
    fail('it ends before its object closes');
  } finally {
    await iterator.return?.();
  }
}
