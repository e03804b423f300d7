/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type ComponentKind =
  | 'APPLICATION'
  | 'COOLING'
  | 'DATABASE'
  | 'DATA_CENTRE'
  | 'DEVICE'
  | 'DISPLAY'
  | 'FACILITY'
  | 'FIREWALL'
  | 'LOAD_BALANCER'
  | 'NETWORK_LINK'
  | 'POWER'
  | 'ROUTER'
  | 'SERVER'
  | 'STORAGE'
  | 'SWITCH'
  | 'TEAM'
  | 'TOOL';

/** The relationship an edge of a dependency graph stands for. */
export type DependencyEdgeType =
  /** A route through nodes of the kinds in `collapseKinds`, which the answer leaves out; `via` names them. */
  | 'COLLAPSED'
  | 'DEPENDS_ON'
  /** Network -> one of its routers or links. */
  | 'HAS_ELEMENT'
  | 'HAS_MEMBER'
  | 'INCLUDES'
  | 'INTERFACE_OF'
  | 'TARGETS'
  /** Connectivity -> the network its paths run through. */
  | 'THROUGH';

/** The kinds of node a dependency graph holds (their labels). */
export type DependencyNodeKind =
  | 'Component'
  | 'Connectivity'
  | 'ConsumerGroup'
  | 'Network'
  | 'RedundancyGroup'
  | 'Service'
  | 'ServiceInterface'
  | 'ServiceOffering';

export type DependencyStrength =
  /** Passes DOWN and DEGRADED on unchanged. */
  | 'HARD'
  /** Passes DOWN or DEGRADED on as DEGRADED only (monitoring, reporting). */
  | 'SOFT';

export type FailureInput = {
  /** A component, redundancy group, service, interface or offering. */
  id: string | number;
  /** The node's own state in this what-if. */
  state?: State | null | undefined;
};

/** Which way a dependency graph runs from its root. */
export type GraphDirection =
  /**
   * What needs the root: against DEPENDS_ON, HAS_MEMBER, INTERFACE_OF and INCLUDES, and from an
   * offering along TARGETS to the consumer groups it is for.
   */
  | 'DOWNSTREAM'
  /**
   * What the root needs: along DEPENDS_ON, HAS_MEMBER, INTERFACE_OF and INCLUDES, from the dependant
   * to what it needs. A consumer group needs the offerings that target it, so from a group root the
   * walk first goes against TARGETS to those offerings.
   */
  | 'UPSTREAM';

/** What kind of node an impacted node is (its label). */
export type ImpactNodeKind =
  | 'Component'
  | 'Connectivity'
  | 'Network'
  | 'RedundancyGroup'
  | 'Service'
  | 'ServiceInterface'
  | 'ServiceOffering';

export type OrganizationImpactRole =
  /** An offering it consumes through a service relationship is not UP. */
  | 'CONSUMER'
  /** A service it provides is not UP. */
  | 'PROVIDER';

export type State =
  | 'DEGRADED'
  | 'DOWN'
  | 'UP';

/** A node's recorded status: the impact states plus planned maintenance. */
export type Status =
  | 'DEGRADED'
  | 'DOWN'
  /** Planned work: out of service, so dependants feel it as DOWN, but reported apart, not as a surprise. */
  | 'MAINTENANCE'
  | 'UP';

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { __typename: 'Component', id: string, name: string }
    | { __typename: 'Connectivity', id: string, name: string }
    | { __typename: 'ConsumerGroup', id: string, name: string }
    | { __typename: 'Cost', id: string, name: string }
    | { __typename: 'Network', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Outcome', id: string, name: string }
    | { __typename: 'Output', id: string, name: string }
    | { __typename: 'Product', id: string, name: string }
    | { __typename: 'RedundancyGroup', id: string, name: string }
    | { __typename: 'Risk', id: string, name: string }
    | { __typename: 'Service', id: string, name: string }
    | { __typename: 'ServiceInterface', id: string, name: string }
    | { __typename: 'ServiceLevel', id: string, name: string }
    | { __typename: 'ServiceOffering', id: string, name: string }
    | { __typename: 'ServiceRelationship', id: string, name: string }
  > };

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { node:
    | { __typename: 'Component', kind: ComponentKind, location: string | null, id: string, name: string, description: string | null, owner: { id: string, name: string } | null }
    | { __typename: 'Connectivity', id: string, name: string, description: string | null }
    | { __typename: 'ConsumerGroup', size: number, id: string, name: string, description: string | null, organization: { id: string, name: string } | null }
    | { __typename: 'Cost', id: string, name: string, description: string | null }
    | { __typename: 'Network', id: string, name: string, description: string | null }
    | { __typename: 'Organization', id: string, name: string, description: string | null, services: Array<{ id: string, name: string }>, offerings: Array<{ id: string, name: string }> }
    | { __typename: 'Outcome', id: string, name: string, description: string | null }
    | { __typename: 'Output', id: string, name: string, description: string | null }
    | { __typename: 'Product', id: string, name: string, description: string | null }
    | { __typename: 'RedundancyGroup', minUp: number | null, minUpPercent: number | null, id: string, name: string, description: string | null, members: Array<
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      > }
    | { __typename: 'Risk', id: string, name: string, description: string | null }
    | { __typename: 'Service', id: string, name: string, description: string | null, provider: { id: string, name: string } | null }
    | { __typename: 'ServiceInterface', id: string, name: string, description: string | null }
    | { __typename: 'ServiceLevel', id: string, name: string, description: string | null }
    | { __typename: 'ServiceOffering', id: string, name: string, description: string | null, offeredBy: { id: string, name: string } | null }
    | { __typename: 'ServiceRelationship', id: string, name: string, description: string | null }
   | null };

export type NeighbourhoodQueryVariables = Exact<{
  root: string | number;
  depth?: number | null | undefined;
  collapseKinds?: Array<DependencyNodeKind> | DependencyNodeKind | null | undefined;
  maxNodes?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { upstream: { truncated: boolean, nodes: Array<{ id: string, kind: DependencyNodeKind, name: string, node:
        | { size: number }
        | Record<PropertyKey, never>
       }>, edges: Array<{ from: string, to: string, type: DependencyEdgeType, strength: DependencyStrength | null, via: Array<string> }> }, downstream: { truncated: boolean, nodes: Array<{ id: string, kind: DependencyNodeKind, name: string, node:
        | { size: number }
        | Record<PropertyKey, never>
       }>, edges: Array<{ from: string, to: string, type: DependencyEdgeType, strength: DependencyStrength | null, via: Array<string> }> } };

export type GraphPartsFragment = { truncated: boolean, nodes: Array<{ id: string, kind: DependencyNodeKind, name: string, node:
      | { size: number }
      | Record<PropertyKey, never>
     }>, edges: Array<{ from: string, to: string, type: DependencyEdgeType, strength: DependencyStrength | null, via: Array<string> }> };

export type GroupsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GroupsQuery = { redundancyGroups: { nodes: Array<{ id: string, minUp: number | null, minUpPercent: number | null, members: Array<
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      > }> } };

export type NodePageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State, distance: number, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }>, verdict: { members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } } | null }> };

export type StepPartsFragment = { id: string, kind: string, name: string, state: State, via: string | null };

export type VerdictPartsFragment = { members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } };

export type ImpactPartsFragment = { summary: { peopleDown: number, peopleDegraded: number, components: { down: number, degraded: number }, services: { down: number, degraded: number }, offerings: { down: number, degraded: number }, consumerGroups: { down: number, degraded: number }, organizations: { down: number, degraded: number } }, failures: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State }>, nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State, distance: number, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }>, verdict: { members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } } | null }> }, consumerGroups: Array<{ state: State, people: number, consumerGroup: { id: string, name: string, size: number, organization: { id: string, name: string } | null }, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }> }>, organizations: Array<{ state: State, roles: Array<OrganizationImpactRole>, organization: { id: string, name: string } }>, redundancyVerdicts: Array<{ members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } }>, cyclicSupport: Array<{ cycle: Array<{ id: string, kind: string, name: string }>, nodes: Array<{ id: string, kind: string, name: string }> }> };

export type WhatIfQueryVariables = Exact<{
  failures: Array<FailureInput> | FailureInput;
}>;


export type WhatIfQuery = { impact: { summary: { peopleDown: number, peopleDegraded: number, components: { down: number, degraded: number }, services: { down: number, degraded: number }, offerings: { down: number, degraded: number }, consumerGroups: { down: number, degraded: number }, organizations: { down: number, degraded: number } }, failures: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State }>, nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State, distance: number, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }>, verdict: { members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } } | null }> }, consumerGroups: Array<{ state: State, people: number, consumerGroup: { id: string, name: string, size: number, organization: { id: string, name: string } | null }, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }> }>, organizations: Array<{ state: State, roles: Array<OrganizationImpactRole>, organization: { id: string, name: string } }>, redundancyVerdicts: Array<{ members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } }>, cyclicSupport: Array<{ cycle: Array<{ id: string, kind: string, name: string }>, nodes: Array<{ id: string, kind: string, name: string }> }> } };

export type WhatIfNodesQueryVariables = Exact<{
  failures: Array<FailureInput> | FailureInput;
  after?: string | null | undefined;
}>;


export type WhatIfNodesQuery = { impact: { nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State, distance: number, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }>, verdict: { members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } } | null }> } } };

export type CurrentPartsFragment = { impact: { summary: { peopleDown: number, peopleDegraded: number, components: { down: number, degraded: number }, services: { down: number, degraded: number }, offerings: { down: number, degraded: number }, consumerGroups: { down: number, degraded: number }, organizations: { down: number, degraded: number } }, failures: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State }>, nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State, distance: number, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }>, verdict: { members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } } | null }> }, consumerGroups: Array<{ state: State, people: number, consumerGroup: { id: string, name: string, size: number, organization: { id: string, name: string } | null }, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }> }>, organizations: Array<{ state: State, roles: Array<OrganizationImpactRole>, organization: { id: string, name: string } }>, redundancyVerdicts: Array<{ members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } }>, cyclicSupport: Array<{ cycle: Array<{ id: string, kind: string, name: string }>, nodes: Array<{ id: string, kind: string, name: string }> }> }, statuses: Array<{ state: Status, reason: string | null, by: string | null, since: string, node: { id: string, kind: string, name: string } }> };

export type CurrentImpactQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentImpactQuery = { currentImpact: { impact: { summary: { peopleDown: number, peopleDegraded: number, components: { down: number, degraded: number }, services: { down: number, degraded: number }, offerings: { down: number, degraded: number }, consumerGroups: { down: number, degraded: number }, organizations: { down: number, degraded: number } }, failures: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State }>, nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State, distance: number, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }>, verdict: { members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } } | null }> }, consumerGroups: Array<{ state: State, people: number, consumerGroup: { id: string, name: string, size: number, organization: { id: string, name: string } | null }, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }> }>, organizations: Array<{ state: State, roles: Array<OrganizationImpactRole>, organization: { id: string, name: string } }>, redundancyVerdicts: Array<{ members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } }>, cyclicSupport: Array<{ cycle: Array<{ id: string, kind: string, name: string }>, nodes: Array<{ id: string, kind: string, name: string }> }> }, statuses: Array<{ state: Status, reason: string | null, by: string | null, since: string, node: { id: string, kind: string, name: string } }> } };

export type CurrentImpactNodesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CurrentImpactNodesQuery = { currentImpact: { impact: { nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State, distance: number, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }>, verdict: { members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } } | null }> } } } };

export type ImpactChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ImpactChangedSubscription = { impactChanged: { impact: { summary: { peopleDown: number, peopleDegraded: number, components: { down: number, degraded: number }, services: { down: number, degraded: number }, offerings: { down: number, degraded: number }, consumerGroups: { down: number, degraded: number }, organizations: { down: number, degraded: number } }, failures: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State }>, nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ImpactNodeKind, name: string, state: State, distance: number, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }>, verdict: { members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } } | null }> }, consumerGroups: Array<{ state: State, people: number, consumerGroup: { id: string, name: string, size: number, organization: { id: string, name: string } | null }, chain: Array<{ id: string, kind: string, name: string, state: State, via: string | null }> }>, organizations: Array<{ state: State, roles: Array<OrganizationImpactRole>, organization: { id: string, name: string } }>, redundancyVerdicts: Array<{ members: number, down: number, degraded: number, available: number, required: number, margin: number, state: State, summary: string, group: { id: string, name: string } }>, cyclicSupport: Array<{ cycle: Array<{ id: string, kind: string, name: string }>, nodes: Array<{ id: string, kind: string, name: string }> }> }, statuses: Array<{ state: Status, reason: string | null, by: string | null, since: string, node: { id: string, kind: string, name: string } }> } };

export type ServiceChainQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceChainQuery = { serviceChain: { truncated: boolean, organizations: Array<{ id: string, name: string }>, links: Array<{ direction: GraphDirection, strength: DependencyStrength, hops: number, provider: { id: string, name: string }, consumer: { id: string, name: string } | null, consumerGroup: { id: string, name: string, size: number } | null, service: { id: string, name: string } | null, offering: { id: string, name: string } | null }> } };

export type SinglePointsOfFailureQueryVariables = Exact<{
  target: string | number;
}>;


export type SinglePointsOfFailureQuery = { singlePointsOfFailure: { candidates: number, truncated: boolean, sets: Array<{ peopleDown: number, components: Array<{ id: string, name: string }> }> } };

export type ExposureQueryVariables = Exact<{
  target: string | number;
}>;


export type ExposureQuery = { exposure: { entries: { totalCount: number, nodes: Array<{ hops: number, margin: number | null, groupMargin: number | null, singlePointOfFailure: boolean, node: { id: string, kind: string, name: string } }> }, organizations: Array<{ id: string, name: string }> } };

export type ToleranceQueryVariables = Exact<{
  connectivity: string | number;
  failures?: Array<FailureInput> | FailureInput | null | undefined;
}>;


export type ToleranceQuery = { tolerance: { state: State, tolerance: number, routable: boolean, summary: string, cut: Array<{ id: string, name: string }>, singleCuts: Array<{ id: string, name: string }>, bestPath: Array<{ id: string, name: string }> } };

export type RecoveryPlanQueryVariables = Exact<{
  down?: Array<string | number> | string | number | null | undefined;
}>;


export type RecoveryPlanQuery = { recoveryPlan: { down: number, layerCount: number, cycles: Array<Array<string>>, blocked: Array<string>, layers: Array<{ index: number, size: number, forcedCycle: Array<string> | null, nodes: Array<
        | { __typename: 'Component', id: string, name: string }
        | { __typename: 'Connectivity', id: string, name: string }
        | { __typename: 'ConsumerGroup', id: string, name: string }
        | { __typename: 'Cost', id: string, name: string }
        | { __typename: 'Network', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Outcome', id: string, name: string }
        | { __typename: 'Output', id: string, name: string }
        | { __typename: 'Product', id: string, name: string }
        | { __typename: 'RedundancyGroup', id: string, name: string }
        | { __typename: 'Risk', id: string, name: string }
        | { __typename: 'Service', id: string, name: string }
        | { __typename: 'ServiceInterface', id: string, name: string }
        | { __typename: 'ServiceLevel', id: string, name: string }
        | { __typename: 'ServiceOffering', id: string, name: string }
        | { __typename: 'ServiceRelationship', id: string, name: string }
      > }> } };
