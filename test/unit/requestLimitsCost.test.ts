import { makeExecutableSchema } from '@graphql-tools/schema';
import { OperationDefinitionNode, getNamedType, isInterfaceType, isObjectType, parse } from 'graphql';
import { FIELD_WEIGHTS } from '../../src/graphql/limits/fieldWeights';
import { queryCost } from '../../src/graphql/limits/queryCost';
import { fragmentLookup } from '../../src/graphql/limits/selectionFold';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });

function cost(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return queryCost(schema, operation, fragmentLookup(document), variables);
}

describe('the cost of a query follows its arguments', () => {
  test.each([
    ['a scalar is free, an object costs one', `{ component(id: "a") { id name } }`, 1],
    ['a page takes the schema default of first (50)', `{ components { nodes { id } } }`, 1 + 50],
    ['a page takes first as given', `{ components(first: 5) { nodes { id } } }`, 1 + 5],
    ['edges and nodes of a page each count the page', `{ components(first: 5) { edges { node { id } } nodes { id } } }`, 1 + 5 * 2 + 5],
    ['a page larger than the services allow counts what they allow (500)', `{ components(first: 100000) { nodes { id } } }`, 1 + 500],
    ['ids in the filter bound the page', `{ components(filter: { ids: ["a", "b"] }) { nodes { id } } }`, 1 + 2],
    ['a page keeps its size inside a fragment on the connection', `{ components(first: 5) { ...Page } } fragment Page on ComponentConnection { nodes { id } }`, 1 + 5],
    ['a list no argument bounds counts ten', `{ component(id: "a") { memberOf { id } } }`, 1 + 10],
    ['nested lists multiply', `{ component(id: "a") { memberOf { members { id } } } }`, 1 + 10 * (1 + 10)],
    ['a history counts first rows', `{ statusHistory(first: 20) { id } }`, 20],
    ['a history counts at most 1,000 rows', `{ changeHistory(first: 5000) { id } }`, 1_000],
    ['impact is a propagation plus each failure', `{ impact(failures: [{ id: "a" }, { id: "b" }]) { summary { peopleDown } } }`, 500 + 2 + 1 + 1],
    ['impact at a past instant adds the replay', `{ impact(failures: [{ id: "a" }], at: "2026-01-01T00:00:00Z") { summary { peopleDown } } }`, 500 + 1 + 2_000 + 2],
    ['a page of impacted nodes counts up to 10,000', `{ impact(failures: [{ id: "a" }]) { nodes(first: 10000) { nodes { id } } } }`, 501 + 1 + 1 + 10_000],
    ['cyclicSupport is a propagation, and its nodes without first count as a list no argument bounds', `{ impact(failures: [{ id: "a" }]) { cyclicSupport { cycle { id } nodes { id } } } }`, 501 + 1 + 500 + 10 * (1 + 10 + 10)],
    ['cyclicSupport nodes(first) counts first, nodeCount is free', `{ impact(failures: [{ id: "a" }]) { cyclicSupport { cycle { id } nodes(first: 3) { id } nodeCount } } }`, 501 + 1 + 500 + 10 * (1 + 10 + 3)],
    ['cyclicSupport nodes(first) never counts more than the whole list', `{ impact(failures: [{ id: "a" }]) { cyclicSupport { nodes(first: 100000) { id } } } }`, 501 + 1 + 500 + 10 * (1 + 10)],
    ['rootCauses weighs maxEvaluations', `{ rootCauses(symptoms: ["a"], maxEvaluations: 1000) { candidates } }`, 1_200 + 5 * 1_000 + 1 + 1],
    ['rootCauses counts at most the 10,000 evaluations the service allows', `{ rootCauses(symptoms: ["a"], maxEvaluations: 99999) { candidates } }`, 1_200 + 5 * 10_000 + 1 + 1],
    ['rootCauses returns limit causes', `{ rootCauses(symptoms: ["a"], limit: 3) { causes { distance } } }`, 1_200 + 5 * 200 + 1 + 1 + 3],
    ['singlePointsOfFailure of single components is one upstream search', `{ singlePointsOfFailure(target: "a") { candidates } }`, 1_200 + 1],
    ['singlePointsOfFailure of pairs weighs maxPairChecks', `{ singlePointsOfFailure(target: "a", maxSetSize: 2, maxPairChecks: 1000) { candidates } }`, 1_200 + 700 + 1],
    ['dependencyGraph weighs depth and maxNodes, and returns maxNodes nodes', `{ dependencyGraph(root: "a", depth: 2, maxNodes: 6) { nodes { id } } }`, 50 + 6 + 1 + 6],
    ['serviceChain weighs maxDepth', `{ serviceChain(id: "a", maxDepth: 20) { truncated } }`, 600 + 1],
    ['a mutation is a write transaction', `mutation { deleteEntity(id: "a") { deleted { id } } }`, 10 + 1 + 1],
    ['importCsv weighs its lines', `mutation { importCsv(components: "id,name\\na,A\\nb,B") { dryRun } }`, 1_000 + 3 + 1],
    [
      'importNetwork weighs its text, a router or link per 100 bytes',
      `mutation { importNetwork(format: GML, text: "${'x'.repeat(500)}", network: { id: "n", name: "N", idPrefix: "n" }) { dryRun } }`,
      1_000 + 5 + 1,
    ],
    ['importTopology weighs its nodes and relationships', `mutation { importTopology(document: { nodes: [{}, {}], relationships: [{}] }) { dryRun } }`, 1_000 + 3 + 1],
    ['the branches of an abstract type are summed', `{ node(id: "a") { ... on Component { memberOf { id } } ... on Service { memberOf { id } } } }`, 1 + 10 + 10],
    ['__typename is free', `{ component(id: "a") { __typename } }`, 1],
  ])('%s', (_case, query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  test.each([
    ['an unknown first takes the schema default', undefined, 1 + 50],
    ['a first sent as a variable counts as sent', { n: 5 }, 1 + 5],
    ['a first of the wrong type takes the schema default (coercion refuses it later)', { n: 'ten' }, 1 + 50],
  ])('%s', (_case, variables, expected) => {
    expect(cost(`query ($n: Int) { components(first: $n) { nodes { id } } }`, variables)).toBe(expected);
  });

  test('a list sent as a variable counts its items', () => {
    const query = `query ($f: [FailureInput!]!) { impact(failures: $f) { summary { peopleDown } } }`;
    expect(cost(query)).toBe(500 + 1 + 2);
    expect(cost(query, { f: Array.from({ length: 300 }, (_, i) => ({ id: `n${i}` })) })).toBe(500 + 300 + 2);
  });
});

describe('the weight table', () => {
  test.each(Object.keys(FIELD_WEIGHTS))('%s names a field or type of the schema', (key) => {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    expect(isObjectType(type) || isInterfaceType(type)).toBe(true);
    if (fieldName !== '*' && (isObjectType(type) || isInterfaceType(type))) expect(type.getFields()[fieldName]).toBeDefined();
  });

  test.each(Object.entries(FIELD_WEIGHTS))('%s gives its reason', (_key, weight) => {
    expect(weight.reason.length).toBeGreaterThan(20);
  });

  test('every root question with a size argument is weighed or paged', () => {
    const sizeArguments = ['first', 'maxEvaluations', 'maxPairChecks', 'maxSetSize', 'maxDepth', 'depth', 'maxNodes', 'failures', 'symptoms', 'down'];
    const unweighed = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!]
      .flatMap((root) => Object.values(root.getFields()).map((field) => ({ root, field })))
      .filter(({ field }) => field.args.some((a) => sizeArguments.includes(a.name)))
      // A `first` page of a connection is priced by the generic rule (MAX_PAGE_SIZE).
      .filter(({ field }) => !(field.args.some((a) => a.name === 'first') && getNamedType(field.type).name.endsWith('Connection')))
      .filter(({ root, field }) => !FIELD_WEIGHTS[`${root.name}.${field.name}`] && !FIELD_WEIGHTS[`${root.name}.*`])
      .map(({ root, field }) => `${root.name}.${field.name}`);
    expect(unweighed).toEqual([]);
  });
});
