import { DependencyStrength } from '../entities';
import { ChainSide, Crossing, ReachedOffering } from './chainSide';
import { GraphDirection } from './closure';

/** One step of a value chain: a provider organisation provides a service to a consumer. */
export interface ValueChainLink {
  direction: GraphDirection;
  providerId: string;
  /** Null when the consumer is a consumer group. */
  consumerId: string | null;
  consumerGroupId: string | null;
  serviceId: string | null;
  offeringId: string | null;
  relationshipId: string | null;
  strength: DependencyStrength;
  hops: number;
}

/** What the store knows about an offering on the chain. */
export interface OfferingFacts {
  id: string;
  organizationId: string | null;
  serviceIds: string[];
  targets: { consumerGroupId: string; organizationId: string | null }[];
  relationships: { relationshipId: string; providerId: string | null; consumerId: string | null }[];
}

/**
 * A link per crossing and per offering and relationship that cover it: an offering that includes
 * the service and that a relationship between the two parties covers. One link without offering
 * and relationship when none does.
 */
export function crossingLinks(side: ChainSide, offerings: ReadonlyMap<string, OfferingFacts>): ValueChainLink[] {
  const including = new Map<string, OfferingFacts[]>();
  for (const facts of offerings.values()) {
    for (const serviceId of facts.serviceIds) {
      const list = including.get(serviceId);
      if (list) list.push(facts);
      else including.set(serviceId, [facts]);
    }
  }
  return side.crossings.flatMap((crossing) =>
    coversOf(crossing, including.get(crossing.serviceId) ?? []).map((cover) => ({
      direction: side.direction,
      providerId: crossing.providerId,
      consumerId: crossing.consumerId,
      consumerGroupId: null,
      serviceId: crossing.serviceId,
      offeringId: cover.offeringId,
      relationshipId: cover.relationshipId,
      strength: strength(crossing.hard),
      hops: crossing.hops,
    })),
  );
}

/**
 * The links an offering on the chain makes, one per service it includes on the chain (all of them
 * when it is the subject): to each consumer group it targets (with the relationship whose consumer
 * is the group's organisation, if any) and to the consumer of each relationship covering it. They
 * are as strong as the offering's need of the subject and one hop further out.
 */
export function offeringLinks(direction: GraphDirection, reached: ReachedOffering, facts: OfferingFacts | undefined): ValueChainLink[] {
  if (!facts?.organizationId) return [];
  const providerId = facts.organizationId;
  const serviceIds: (string | null)[] = reached.serviceIds ?? facts.serviceIds;
  const base = { direction, offeringId: facts.id, strength: strength(reached.hard), hops: reached.hops + 1 };
  const links: ValueChainLink[] = [];
  for (const serviceId of serviceIds.length > 0 ? serviceIds : [null]) {
    for (const target of facts.targets) {
      const covering = facts.relationships.filter((r) => r.consumerId !== null && r.consumerId === target.organizationId);
      for (const relationshipId of covering.length > 0 ? covering.map((r) => r.relationshipId) : [null]) {
        links.push({ ...base, providerId, consumerId: null, consumerGroupId: target.consumerGroupId, serviceId, relationshipId });
      }
    }
    for (const relationship of facts.relationships) {
      if (relationship.consumerId === null) continue;
      links.push({
        ...base,
        providerId: relationship.providerId ?? providerId,
        consumerId: relationship.consumerId,
        consumerGroupId: null,
        serviceId,
        relationshipId: relationship.relationshipId,
      });
    }
  }
  return links;
}

/** The offerings (among those including the crossing's service) and relationships that cover the crossing. */
function coversOf(crossing: Crossing, including: readonly OfferingFacts[]): { offeringId: string | null; relationshipId: string | null }[] {
  const covers: { offeringId: string; relationshipId: string }[] = [];
  for (const facts of including) {
    for (const r of facts.relationships) {
      if (r.providerId === crossing.providerId && r.consumerId === crossing.consumerId) covers.push({ offeringId: facts.id, relationshipId: r.relationshipId });
    }
  }
  return covers.length > 0 ? covers : [{ offeringId: null, relationshipId: null }];
}

function strength(hard: boolean): DependencyStrength {
  return hard ? 'HARD' : 'SOFT';
}
