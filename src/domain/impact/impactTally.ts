import { Propagation } from './propagate';
import { KIND_COUNT, OFFERING, ReportIndex, SERVICE } from './reportIndex';

/** Role bits of an organisation in ImpactTally.organizationRoles. */
export const PROVIDER_ROLE = 1;
export const CONSUMER_ROLE = 2;

/** What an impact summary counts, by number (ReportIndex) and state code (propagate's STATE_NAMES). */
export interface ImpactTally {
  /** Nodes by kind code * 3 + state code (ReportIndex.kindOf). */
  kindCounts: Int32Array;
  /** The consumer groups that are not UP, in the order they were reached; state by group number. */
  groups: number[];
  groupState: Uint8Array;
  /** The organisations that are not UP, in the order they were reached; state and roles by number. */
  organizations: number[];
  organizationState: Uint8Array;
  organizationRoles: Uint8Array;
  /** Positions in the propagation of the services and offerings behind those groups and organisations. */
  behind: number[];
}

/**
 * One pass over the blast radius in typed arrays: counts per kind and state, each consumer group
 * at the worst state of the offerings that target it, each organisation at the worst of the
 * services it provides and the offerings it consumes.
 */
export function tallyImpact(facts: ReportIndex, propagation: Propagation): ImpactTally {
  const { touched, touchedState } = propagation;
  const { groupsOf, organizationsOf } = facts;
  const tally: ImpactTally = {
    // Edge ends outside the graph (NO_KIND) are counted in a last row nobody reads.
    kindCounts: new Int32Array((KIND_COUNT + 1) * 3),
    groups: [],
    groupState: new Uint8Array(facts.groups.length),
    organizations: [],
    organizationState: new Uint8Array(facts.organizations.length),
    organizationRoles: new Uint8Array(facts.organizations.length),
    behind: [],
  };
  const { kindCounts, groupState, organizationState, organizationRoles } = tally;
  for (let p = 0; p < touched.length; p += 1) {
    const i = touched[p];
    const code = facts.kindOf(i);
    const state = touchedState[p];
    kindCounts[code * 3 + state] += 1;
    if (code !== SERVICE && code !== OFFERING) continue;
    const groups = groupsOf.get(i);
    const organizations = organizationsOf.get(i);
    if (!groups && !organizations) continue;
    tally.behind.push(p);
    for (let k = 0; groups && k < groups.length; k += 1) {
      const g = groups[k];
      if (groupState[g] === 0) tally.groups.push(g);
      if (state > groupState[g]) groupState[g] = state;
    }
    const role = code === SERVICE ? PROVIDER_ROLE : CONSUMER_ROLE;
    for (let k = 0; organizations && k < organizations.length; k += 1) {
      const o = organizations[k];
      if (organizationState[o] === 0) tally.organizations.push(o);
      if (state > organizationState[o]) organizationState[o] = state;
      organizationRoles[o] |= role;
    }
  }
  return tally;
}
