import { IMPACT_KINDS, ImpactKind } from './impactGraph';
import { ImpactIndex } from './impactIndex';
import { TargetedGroup, Topology } from './topology';

/** Kind codes run from 0 to KIND_COUNT - 1 (kindCode); edge ends outside the graph have NO_KIND, the next one. */
export const KIND_COUNT = IMPACT_KINDS.length;
export const NO_KIND = KIND_COUNT;
export const SERVICE = kindCode('Service');
export const OFFERING = kindCode('ServiceOffering');

/**
 * What the impact report reads of a topology, by node number of one ImpactIndex: each node's kind
 * code, and who stands behind services and offerings (consumer groups and organisations by
 * number). With it, a report counts a blast radius of tens of thousands of nodes over typed
 * arrays, without a string lookup per node.
 */
export class ReportIndex {
  /**
   * By node number: the consumer groups an offering targets, and the organisations that provide a
   * service or consume an offering. Maps, not arrays over the estate: a few thousand entries, made
   * again whenever the facts change.
   */
  readonly groupsOf = new Map<number, readonly number[]>();
  readonly organizationsOf = new Map<number, readonly number[]>();
  /** By group number. */
  readonly groups: TargetedGroup[] = [];
  /** Organisation ids by number. */
  readonly organizations: string[] = [];

  constructor(
    readonly index: ImpactIndex,
    readonly version: string,
    topology: Pick<Topology, 'targets' | 'providers' | 'consumers'>,
  ) {
    const groupNumber = new Map<string, number>();
    const organizationNumber = new Map<string, number>();
    const organization = (id: string): number => number(organizationNumber, id, () => this.organizations.push(id));
    // Only what the report counts: groups and consumers of offerings, providers of services.
    for (const [offering, targets] of topology.targets) {
      const i = this.numberOf(offering, OFFERING);
      if (i >= 0) this.groupsOf.set(i, targets.map((t) => number(groupNumber, t.consumerGroupId, () => this.groups.push(t))));
    }
    for (const [offering, organizations] of topology.consumers) {
      const i = this.numberOf(offering, OFFERING);
      if (i >= 0) this.organizationsOf.set(i, organizations.map(organization));
    }
    for (const [service, organizations] of topology.providers) {
      const i = this.numberOf(service, SERVICE);
      if (i >= 0) this.organizationsOf.set(i, organizations.map(organization));
    }
  }

  /** The number of the node with this id if it is of this kind, else -1. */
  private numberOf(id: string, kind: number): number {
    const i = this.index.indexOf.get(id);
    // Ids are shared with later layouts of the index: numbers past this one's size are not ours.
    return i === undefined || i >= this.index.size || this.kindOf(i) !== kind ? -1 : i;
  }

  /** The kind code of node number i (below the index's size): the index's own codes, in kindCode's order. */
  kindOf(i: number): number {
    return this.index.kindCodes[i];
  }
}

/** A switch rather than a map lookup: this runs once for every node a question reaches. */
export function kindCode(kind: ImpactKind | null): number {
  switch (kind) {
    case 'Component':
      return 0;
    case 'RedundancyGroup':
      return 1;
    case 'Service':
      return 2;
    case 'ServiceInterface':
      return 3;
    case 'ServiceOffering':
      return 4;
    case 'Network':
      return 5;
    case 'Connectivity':
      return 6;
    default:
      return NO_KIND;
  }
}

function number(numbers: Map<string, number>, id: string, add: () => void): number {
  let n = numbers.get(id);
  if (n === undefined) {
    n = numbers.size;
    numbers.set(id, n);
    add();
  }
  return n;
}

const built = new WeakMap<Topology, ReportIndex>();

/**
 * The ReportIndex of a topology for the index a propagation ran on, kept per topology and made
 * again when either moves on: the index is laid out anew after a change to the impact graph, and
 * the facts behind people and organisations change only with the topology's version (every
 * applied change names a new one).
 */
export function reportIndexOf(topology: Topology, index: ImpactIndex): ReportIndex {
  const known = built.get(topology);
  if (known && known.index === index && known.version === topology.version) return known;
  const made = new ReportIndex(index, topology.version, topology);
  built.set(topology, made);
  return made;
}
