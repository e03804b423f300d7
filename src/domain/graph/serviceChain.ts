import { ValidationError } from '../errors';
import { OfferingFacts, ValueChainLink, crossingLinks, offeringLinks } from './chainLinks';
import { chainOrder } from './chainOrder';
import { ChainSide } from './chainSide';
import { GraphDirection, compare } from './closure';

/** The furthest a value chain is followed, in `hops`; the store's walks stop at 50 relationships. */
export const MAX_CHAIN_DEPTH = 50;

export type ChainDirection = GraphDirection | 'BOTH';

export type ChainTruncation = 'maxDepth' | 'traversalLimit';

export interface ServiceChain {
  subjectId: string;
  links: ValueChainLink[];
  /** Chain order: furthest upstream provider first, furthest downstream consumer last. */
  organizationIds: string[];
  truncated: boolean;
  truncatedBy: ChainTruncation[];
}

export function checkChainDepth(maxDepth: number | null | undefined): number {
  const depth = maxDepth ?? 10;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_CHAIN_DEPTH) {
    throw new ValidationError(`maxDepth must be between 1 and ${MAX_CHAIN_DEPTH}, got ${depth}`);
  }
  return depth;
}

/** The offerings the store must describe before the chain can be built. */
export function offeringsToDescribe(sides: readonly ChainSide[]): { serviceIds: string[]; offeringIds: string[] } {
  const serviceIds = new Set(sides.flatMap((side) => side.crossings.map((c) => c.serviceId)));
  const offeringIds = new Set(sides.flatMap((side) => side.offerings.map((o) => o.offeringId)));
  return { serviceIds: [...serviceIds].sort(compare), offeringIds: [...offeringIds].sort(compare) };
}

/**
 * The value chain from its walked sides: the links of crossings (the same one found twice keeps its
 * fewest hops and is HARD if either is), then the links of offerings that no crossing gave already,
 * so a consumer's recorded need decides a link's strength and a consumer known only through a
 * relationship or a target needs the offering as the offering needs the subject. Links beyond
 * `maxDepth` hops are left out; organisations come in chain order.
 */
export function buildServiceChain(
  subject: { id: string; organizationId: string | null },
  sides: readonly ChainSide[],
  offerings: ReadonlyMap<string, OfferingFacts>,
  maxDepth: number,
): ServiceChain {
  const links = new Map<string, ValueChainLink>();
  for (const link of sides.flatMap((side) => crossingLinks(side, offerings))) {
    const known = links.get(keyOf(link));
    const strength = known?.strength === 'HARD' ? 'HARD' : link.strength;
    links.set(keyOf(link), known ? { ...known, hops: Math.min(known.hops, link.hops), strength } : link);
  }
  for (const side of sides) {
    for (const link of side.offerings.flatMap((reached) => offeringLinks(side.direction, reached, offerings.get(reached.offeringId)))) {
      if (link.providerId !== link.consumerId && !links.has(keyOf(link))) links.set(keyOf(link), link);
    }
  }

  const truncatedBy: ChainTruncation[] = [];
  const all = [...links.values()];
  const kept = all.filter((link) => link.hops <= maxDepth).sort(chainLinkOrder);
  if (kept.length < all.length) truncatedBy.push('maxDepth');
  if (sides.some((side) => side.cut)) truncatedBy.push('traversalLimit');
  return {
    subjectId: subject.id,
    links: kept,
    organizationIds: chainOrder(subject.organizationId, kept),
    truncated: truncatedBy.length > 0,
    truncatedBy,
  };
}

function keyOf(link: ValueChainLink): string {
  return [link.direction, link.providerId, link.consumerId, link.consumerGroupId, link.serviceId, link.offeringId, link.relationshipId].join('\u0000');
}

/**
 * Upstream first, furthest first; then downstream, nearest first; ties by provider, then consumer
 * organisation (links to consumer groups after those to organisations), then the other ids.
 */
function chainLinkOrder(a: ValueChainLink, b: ValueChainLink): number {
  const position = (link: ValueChainLink) => (link.direction === 'UPSTREAM' ? -link.hops : link.hops);
  const side = (link: ValueChainLink) => (link.direction === 'UPSTREAM' ? 0 : 1);
  return (
    side(a) - side(b) ||
    position(a) - position(b) ||
    compare(a.providerId, b.providerId) ||
    compare(a.consumerId ?? '\uffff', b.consumerId ?? '\uffff') ||
    compare(a.consumerGroupId ?? '', b.consumerGroupId ?? '') ||
    compare(a.serviceId ?? '', b.serviceId ?? '') ||
    compare(a.offeringId ?? '', b.offeringId ?? '') ||
    compare(a.relationshipId ?? '', b.relationshipId ?? '')
  );
}
