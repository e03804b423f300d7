import { ValidationError } from './errors';

/** A page of a list in the Relay connection shape; totalCount is computed only when asked for. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export const MAX_PAGE_SIZE = 500;

export function checkPageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new ValidationError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

/** Cursors are opaque to clients; inside they carry the last id of the page (keyset pagination). */
export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('id:') || encodeCursor(text.slice(3)) !== cursor) {
    throw new ValidationError(`"${cursor}" is not a cursor this API gave out`);
  }
  return text.slice(3);
}

/**
 * A page of a list computed in memory (impact answers): cursors carry the offset, which is stable
 * because the same question over the same data gives the same order.
 */
export function pageOfList<T>(items: readonly T[], first: number | null | undefined, after: string | null | undefined, max: number): Connection<T> {
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 0 || size > max) throw new ValidationError(`first must be between 0 and ${max}, got ${size}`);
  let start = 0;
  if (after !== null && after !== undefined) {
    const text = Buffer.from(after, 'base64url').toString('utf8');
    const offset = Number(text.slice('offset:'.length));
    if (!text.startsWith('offset:') || !Number.isInteger(offset) || offset < 0 || encodeOffset(offset) !== after) {
      throw new ValidationError(`"${after}" is not a cursor this API gave out`);
    }
    start = offset + 1;
  }
  const nodes = items.slice(start, start + size);
  const edges = nodes.map((node, i) => ({ cursor: encodeOffset(start + i), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: start + size < items.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: async () => items.length,
  };
}

/**
 * The first `first` items of a list computed in memory, or all of them when `first` is absent: for
 * lists whose default is the whole list (cyclicSupport's nodes), where a page would change answers.
 */
export function leadingItems<T>(items: T[], first: number | null | undefined): T[] {
  if (first === null || first === undefined) return items;
  if (!Number.isInteger(first) || first < 0) throw new ValidationError(`first must be 0 or more, got ${first}`);
  return items.slice(0, first);
}

function encodeOffset(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}
