import { Closure, GraphDirection, compare, isHard } from './closure';
import { OrganisationStep, organisationSteps } from './organisationSteps';

/** A node of one organisation that needs a service of another directly. */
export interface Crossing {
  providerId: string;
  consumerId: string;
  serviceId: string;
  /** Organisation boundaries from the subject to the crossing's nearer end, plus the crossing. */
  hops: number;
  /** The nearer end is reached through HARD steps only and the crossing edge is HARD. */
  hard: boolean;
}

/** An offering that rests on the subject (or is the subject), downstream. */
export interface ReachedOffering {
  offeringId: string;
  hops: number;
  hard: boolean;
  /** The services it includes that rest on the subject; null when the offering is the subject. */
  serviceIds: string[] | null;
}

/** One side of a value chain, walked from the subject. */
export interface ChainSide {
  direction: GraphDirection;
  crossings: Crossing[];
  offerings: ReachedOffering[];
  /** The walk reached the closure's bound with more beyond. */
  cut: boolean;
}

/**
 * Walks one side of the chain from the closure's root (the subject). A crossing is a stored edge
 * from a node of one organisation to a service of another (DEPENDS_ON, HAS_MEMBER or INCLUDES);
 * its hops count from the end nearer the subject (the dependant upstream, the service downstream).
 * Downstream, the offerings that rest on the subject are collected too.
 */
export function walkChainSide(closure: Closure, direction: GraphDirection): ChainSide {
  const { steps, beyond } = organisationSteps(closure, direction);
  const crossings: Crossing[] = [];
  for (const edge of closure.edges) {
    if (edge.type === 'TARGETS' || closure.nodes.get(edge.to)?.kind !== 'Service') continue;
    const dependant = steps.get(edge.from);
    const service = steps.get(edge.to);
    if (!dependant || !service) continue;
    const [providerId, consumerId] = [service.organizationId, dependant.organizationId];
    if (providerId === null || consumerId === null || providerId === consumerId) continue;
    const near: OrganisationStep = direction === 'UPSTREAM' ? dependant : service;
    crossings.push({ providerId, consumerId, serviceId: edge.to, hops: near.hops + 1, hard: near.hard && isHard(edge) });
  }

  const offerings: ReachedOffering[] = [];
  if (direction === 'DOWNSTREAM') {
    const included = new Map<string, Set<string>>();
    for (const edge of closure.edges) {
      if (edge.type !== 'INCLUDES' || !steps.has(edge.to)) continue;
      included.set(edge.from, (included.get(edge.from) ?? new Set<string>()).add(edge.to));
    }
    for (const [id, step] of steps) {
      if (closure.nodes.get(id)?.kind !== 'ServiceOffering') continue;
      offerings.push({
        offeringId: id,
        hops: step.hops,
        hard: step.hard,
        serviceIds: id === closure.rootId ? null : [...(included.get(id) ?? [])].sort(compare),
      });
    }
  }
  return { direction, crossings, offerings, cut: beyond.size > 0 };
}
