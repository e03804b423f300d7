import { compare } from './closure';

/** What chain order needs of a link: who provides to whom, on which side, how far out. */
export interface OrderedLink {
  direction: 'UPSTREAM' | 'DOWNSTREAM';
  providerId: string;
  consumerId: string | null;
  hops: number;
}

/**
 * The organisations of a chain from the furthest upstream provider to the furthest downstream
 * consumer: every organisation comes after those it consumes from (a topological order of
 * provider -> consumer). Where providers serve each other in a loop, the one with the lower
 * position (upstream negative, the subject's organisation 0, downstream positive; nearest
 * appearance counted) goes first, then the smaller id; the same rule orders organisations the
 * links leave unordered.
 */
export function chainOrder(subjectOrganizationId: string | null, links: readonly OrderedLink[]): string[] {
  const position = new Map<string, number>();
  const place = (id: string, pos: number) => {
    const known = position.get(id);
    if (known === undefined || Math.abs(pos) < Math.abs(known) || (Math.abs(pos) === Math.abs(known) && pos < known)) {
      position.set(id, pos);
    }
  };
  if (subjectOrganizationId !== null) position.set(subjectOrganizationId, 0);
  for (const link of links) {
    const [providerPos, consumerPos] = link.direction === 'UPSTREAM' ? [-link.hops, -link.hops + 1] : [link.hops - 1, link.hops];
    if (link.providerId !== subjectOrganizationId) place(link.providerId, providerPos);
    if (link.consumerId !== null && link.consumerId !== subjectOrganizationId) place(link.consumerId, consumerPos);
  }

  const consumersOf = new Map<string, Set<string>>();
  const providerCount = new Map<string, number>([...position.keys()].map((id) => [id, 0]));
  for (const { providerId, consumerId } of links) {
    if (consumerId === null || consumerId === providerId) continue;
    const consumers = consumersOf.get(providerId) ?? new Set<string>();
    if (consumers.has(consumerId)) continue;
    consumers.add(consumerId);
    consumersOf.set(providerId, consumers);
    providerCount.set(consumerId, providerCount.get(consumerId)! + 1);
  }

  const before = (a: string, b: string) => position.get(a)! - position.get(b)! || compare(a, b);
  const order: string[] = [];
  const remaining = new Set(position.keys());
  while (remaining.size > 0) {
    const candidates = [...remaining];
    const ready = candidates.filter((id) => providerCount.get(id) === 0);
    // Nothing ready means every remaining organisation is in a loop: break it at the upstream end.
    const next = (ready.length > 0 ? ready : candidates).sort(before)[0];
    order.push(next);
    remaining.delete(next);
    for (const consumer of consumersOf.get(next) ?? []) {
      if (remaining.has(consumer)) providerCount.set(consumer, providerCount.get(consumer)! - 1);
    }
  }
  return order;
}
