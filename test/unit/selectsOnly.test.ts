import { FieldNode, OperationDefinitionNode, parse } from 'graphql';
import { selectsOnly } from '../../src/graphql/resolvers/selectsOnly';

/** The `node` field nodes of `statuses { node ... }` in a query, as a resolver's info has them. */
function nodeFields(query: string): FieldNode[] {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const statuses = operation.selectionSet.selections[0] as FieldNode;
  return statuses.selectionSet!.selections.filter((s): s is FieldNode => s.kind === 'Field' && s.name.value === 'node');
}

describe('a resolver can tell when only the id is asked of a value', () => {
  test.each([
    ['only the id', '{ statuses { node { id } } }', true],
    ['the id and __typename', '{ statuses { node { id __typename } } }', true],
    ['the id under an alias', '{ statuses { node { key: id } } }', true],
    ['the id asked twice, in two node fields merged', '{ statuses { node { id } node { id } } }', true],
    ['the kind too', '{ statuses { node { id kind } } }', false],
    ['the name in a second node field merged', '{ statuses { node { id } node { name } } }', false],
    ['the entity itself', '{ statuses { node { id node { id } } } }', false],
    ['an inline fragment (it may ask anything)', '{ statuses { node { ... on NodeRef { id } } } }', false],
    ['a named fragment', '{ statuses { node { ...ref } } } fragment ref on NodeRef { id }', false],
    ['a directive on the id', '{ statuses { node { id @include(if: true) } } }', false],
  ])('%s', (_case, query, expected) => {
    expect(selectsOnly({ fieldNodes: nodeFields(query) }, ['id'])).toBe(expected);
  });
});
