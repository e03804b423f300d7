/**
 * Every GraphQL operation the explorer sends. `npm run codegen` reads the documents marked
 * `/* GraphQL *\/` here and writes their result and variable types to generated/graphql.ts, so a
 * change to schema/ that breaks the page fails `npm run codegen:check` and the typecheck.
 */
import type * as Ops from './generated/graphql';

/** A document paired with the types codegen generated for it. */
export interface Operation<TData, TVariables> {
  readonly text: string;
  /** Type carriers only: never set at run time. */
  readonly _data?: TData;
  readonly _variables?: TVariables;
}

function operation<TData, TVariables>(text: string): Operation<TData, TVariables> {
  return { text };
}

export const searchOperation = operation<Ops.SearchQuery, Ops.SearchQueryVariables>(/* GraphQL */ `
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      __typename
      id
      name
    }
  }
`);

export const entityOperation = operation<Ops.EntityQuery, Ops.EntityQueryVariables>(/* GraphQL */ `
  query Entity($id: ID!) {
    node(id: $id) {
      __typename
      id
      name
      description
      ... on Component {
        kind
        location
        owner {
          id
          name
        }
      }
      ... on Service {
        provider {
          id
          name
        }
      }
      ... on ServiceOffering {
        offeredBy: provider {
          id
          name
        }
      }
      ... on ConsumerGroup {
        size
        organization {
          id
          name
        }
      }
      ... on RedundancyGroup {
        minUp
        minUpPercent
        members {
          id
        }
      }
      ... on Organization {
        services {
          id
          name
        }
        offerings {
          id
          name
        }
      }
    }
  }
`);

export const neighbourhoodOperation = operation<Ops.NeighbourhoodQuery, Ops.NeighbourhoodQueryVariables>(/* GraphQL */ `
  query Neighbourhood($root: ID!, $depth: Int, $collapseKinds: [DependencyNodeKind!], $maxNodes: Int) {
    upstream: dependencyGraph(root: $root, direction: UPSTREAM, depth: $depth, collapseKinds: $collapseKinds, maxNodes: $maxNodes) {
      ...GraphParts
    }
    downstream: dependencyGraph(root: $root, direction: DOWNSTREAM, depth: $depth, collapseKinds: $collapseKinds, maxNodes: $maxNodes) {
      ...GraphParts
    }
  }

  fragment GraphParts on DependencyGraph {
    truncated
    nodes {
      id
      kind
      name
      node {
        ... on ConsumerGroup {
          size
        }
      }
    }
    edges {
      from
      to
      type
      strength
      via
    }
  }
`);

/** The redundancy groups in a picture, for their "3 of 3 up, needs 2" (up to 500 ids a request). */
export const groupsOperation = operation<Ops.GroupsQuery, Ops.GroupsQueryVariables>(/* GraphQL */ `
  query Groups($ids: [ID!]!) {
    redundancyGroups(filter: { ids: $ids }, first: 500) {
      nodes {
        id
        minUp
        minUpPercent
        members {
          id
        }
      }
    }
  }
`);

const nodeParts = /* GraphQL */ `
  fragment NodePage on ImpactedNodeConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      name
      state
      distance
      chain {
        ...StepParts
      }
      verdict {
        ...VerdictParts
      }
    }
  }

  fragment StepParts on ChainStep {
    id
    kind
    name
    state
    via
  }

  fragment VerdictParts on RedundancyVerdict {
    group {
      id
      name
    }
    members
    down
    degraded
    available
    required
    margin
    state
    summary
  }
`;

const impactParts = /* GraphQL */ `
  fragment ImpactParts on Impact {
    summary {
      peopleDown
      peopleDegraded
      components {
        down
        degraded
      }
      services {
        down
        degraded
      }
      offerings {
        down
        degraded
      }
      consumerGroups {
        down
        degraded
      }
      organizations {
        down
        degraded
      }
    }
    failures {
      id
      kind
      name
      state
    }
    nodes(first: 2000) {
      ...NodePage
    }
    consumerGroups {
      consumerGroup {
        id
        name
        size
        organization {
          id
          name
        }
      }
      state
      people
      chain {
        ...StepParts
      }
    }
    organizations {
      organization {
        id
        name
      }
      state
      roles
    }
    redundancyVerdicts {
      ...VerdictParts
    }
    cyclicSupport {
      cycle {
        id
        kind
        name
      }
      nodes {
        id
        kind
        name
      }
    }
  }
  ${nodeParts}
`;

export const whatIfOperation = operation<Ops.WhatIfQuery, Ops.WhatIfQueryVariables>(/* GraphQL */ `
  query WhatIf($failures: [FailureInput!]!) {
    impact(failures: $failures) {
      ...ImpactParts
    }
  }
  ${impactParts}
`);

/** Further pages of impacted nodes, for pictures larger than the first page. */
export const whatIfNodesOperation = operation<Ops.WhatIfNodesQuery, Ops.WhatIfNodesQueryVariables>(/* GraphQL */ `
  query WhatIfNodes($failures: [FailureInput!]!, $after: String) {
    impact(failures: $failures) {
      nodes(first: 2000, after: $after) {
        ...NodePage
      }
    }
  }
  ${nodeParts}
`);

const currentParts = /* GraphQL */ `
  fragment CurrentParts on CurrentImpact {
    impact {
      ...ImpactParts
    }
    statuses {
      node {
        id
        kind
        name
      }
      state
      reason
      by
      since
    }
  }
  ${impactParts}
`;

export const currentImpactOperation = operation<Ops.CurrentImpactQuery, Ops.CurrentImpactQueryVariables>(/* GraphQL */ `
  query CurrentImpact {
    currentImpact {
      ...CurrentParts
    }
  }
  ${currentParts}
`);

export const currentImpactNodesOperation = operation<Ops.CurrentImpactNodesQuery, Ops.CurrentImpactNodesQueryVariables>(/* GraphQL */ `
  query CurrentImpactNodes($after: String) {
    currentImpact {
      impact {
        nodes(first: 2000, after: $after) {
          ...NodePage
        }
      }
    }
  }
  ${nodeParts}
`);

export const impactChangedOperation = operation<Ops.ImpactChangedSubscription, Ops.ImpactChangedSubscriptionVariables>(/* GraphQL */ `
  subscription ImpactChanged {
    impactChanged {
      ...CurrentParts
    }
  }
  ${currentParts}
`);

export const serviceChainOperation = operation<Ops.ServiceChainQuery, Ops.ServiceChainQueryVariables>(/* GraphQL */ `
  query ServiceChain($id: ID!) {
    serviceChain(id: $id, direction: BOTH) {
      truncated
      organizations {
        id
        name
      }
      links {
        direction
        provider {
          id
          name
        }
        consumer {
          id
          name
        }
        consumerGroup {
          id
          name
          size
        }
        service {
          id
          name
        }
        offering {
          id
          name
        }
        strength
        hops
      }
    }
  }
`);

export const singlePointsOfFailureOperation = operation<Ops.SinglePointsOfFailureQuery, Ops.SinglePointsOfFailureQueryVariables>(/* GraphQL */ `
  query SinglePointsOfFailure($target: ID!) {
    singlePointsOfFailure(target: $target, maxSetSize: 2) {
      candidates
      truncated
      sets {
        peopleDown
        components {
          id
          name
        }
      }
    }
  }
`);

export const exposureOperation = operation<Ops.ExposureQuery, Ops.ExposureQueryVariables>(/* GraphQL */ `
  query Exposure($target: ID!) {
    exposure(target: $target) {
      entries(first: 2000) {
        totalCount
        nodes {
          node {
            id
            kind
            name
          }
          hops
          margin
          groupMargin
          singlePointOfFailure
        }
      }
      organizations {
        id
        name
      }
    }
  }
`);

export const toleranceOperation = operation<Ops.ToleranceQuery, Ops.ToleranceQueryVariables>(/* GraphQL */ `
  query Tolerance($connectivity: ID!, $failures: [FailureInput!]) {
    tolerance(connectivity: $connectivity, failures: $failures) {
      state
      tolerance
      routable
      summary
      cut {
        id
        name
      }
      singleCuts {
        id
        name
      }
      bestPath {
        id
        name
      }
    }
  }
`);

export const recoveryPlanOperation = operation<Ops.RecoveryPlanQuery, Ops.RecoveryPlanQueryVariables>(/* GraphQL */ `
  query RecoveryPlan($down: [ID!]) {
    recoveryPlan(down: $down) {
      down
      layerCount
      cycles
      blocked
      layers(first: 100) {
        index
        size
        forcedCycle
        nodes {
          __typename
          id
          name
        }
      }
    }
  }
`);
