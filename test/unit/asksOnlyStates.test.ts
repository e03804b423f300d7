import { FieldNode, OperationDefinitionNode, parse } from 'graphql';
import { asksOnlyStates } from '../../src/graphql/resolvers/statusResolvers';

/** The currentImpact field of a query, as its resolver sees it. */
function fieldOf(query: string): { fieldNodes: FieldNode[] } {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode] };
}

describe('asksOnlyStates: whether currentImpact may read its statuses without their details', () => {
  it.each([
    ['a dashboard: ids and states', '{ currentImpact { statuses { node { id } state } impact { summary { peopleDown } } } }', true],
    ['the node named too (read through the node loader, not the status)', '{ currentImpact { statuses { node { id name kind } state __typename } } }', true],
    ['maintenance and surprises by id and state', '{ currentImpact { maintenance { node { id } } surprises { state } } }', true],
    ['the impact alone', '{ currentImpact { impact { summary { peopleDown } } } }', true],
    ['a reason', '{ currentImpact { statuses { node { id } state reason } } }', false],
    ['since, in the surprises', '{ currentImpact { statuses { state } surprises { since } } }', false],
    ['the incident of a maintenance', '{ currentImpact { maintenance { incident { id } } } }', false],
    ['an author', '{ currentImpact { statuses { by } } }', false],
    ['a fragment on the statuses (may ask anything)', '{ currentImpact { statuses { ...on NodeStatus { state } } } }', false],
    ['a fragment at the top (may ask anything)', '{ currentImpact { ...on CurrentImpact { statuses { state } } } }', false],
    ['a directive on the statuses', '{ currentImpact { statuses @include(if: true) { state } } }', false],
  ])('%s: %s', (_case, query, expected) => {
    expect(asksOnlyStates(fieldOf(query))).toBe(expected);
  });
});
