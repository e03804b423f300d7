import { Cause } from './propagate';

export interface ChainLink {
  id: string;
  /** The stored relationship type between the previous link and this one; null on the first. */
  via: string | null;
}

/**
 * The causal chain from a failure to `id`, failure first. Causes always point at a node that
 * reached its state earlier or holds a worse one, so following them cannot loop; the guard is
 * there for data the engine did not produce.
 */
export function chainTo(id: string, causeOf: (id: string) => Cause | undefined): ChainLink[] {
  const backwards: ChainLink[] = [];
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const cause = causeOf(current);
    backwards.push({ id: current, via: cause ? cause.edge.type : null });
    current = cause?.edge.to;
  }
  return backwards.reverse();
}
