import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  DEFAULT_REQUEST_LIMITS,
  RequestLimits,
  limitParseOptions,
  limitPlugins,
  limitValidationRules,
} from '../../src/graphql/limits/requestLimits';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });

/** Apollo wired as server.ts wires it; nothing here reaches a resolver, so none are needed. */
async function serverWith(overrides: Partial<RequestLimits>) {
  const limits = { ...DEFAULT_REQUEST_LIMITS, ...overrides };
  const apollo = new ApolloServer({
    schema,
    introspection: true,
    validationRules: limitValidationRules(limits),
    parseOptions: limitParseOptions(limits),
    plugins: limitPlugins(limits),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  return apollo;
}

async function ask(overrides: Partial<RequestLimits>, query: string, variables?: Record<string, unknown>) {
  const apollo = await serverWith(overrides);
  try {
    const response = await apollo.executeOperation({ query, variables });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    return { status: response.http.status, data: result?.data, errors: (result?.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message })) };
  } finally {
    await apollo.stop();
  }
}

describe('Apollo with the limits', () => {
  test.each([
    ['too many tokens', { maxTokens: 10 }, `{ a: node(id: "a") { id } b: node(id: "b") { id } }`, 'TOO_MANY_TOKENS', 'Query exceeds the limit of 10 tokens', undefined],
    ['too deep', { maxDepth: 2 }, `{ component(id: "a") { owner { id } } }`, 'QUERY_TOO_DEEP', 'Query depth 3 exceeds the limit of 2', undefined],
    ['too many aliases', { maxAliases: 0 }, `{ a: component(id: "a") { id } }`, 'TOO_MANY_ALIASES', 'Query alias count 1 exceeds the limit of 0', undefined],
    ['too many directives', { maxDirectives: 0 }, `{ component(id: "a") @skip(if: false) { id } }`, 'TOO_MANY_DIRECTIVES', 'Query directive count 1 exceeds the limit of 0', undefined],
    ['too costly', { maxCost: 10 }, `{ components { nodes { id } } }`, 'QUERY_TOO_COSTLY', 'Query cost 51 exceeds the limit of 10', undefined],
    [
      'too costly through its variables',
      { maxCost: 600 },
      `query ($f: [FailureInput!]!) { impact(failures: $f) { summary { peopleDown } } }`,
      'QUERY_TOO_COSTLY',
      'Query cost 802 exceeds the limit of 600',
      { f: Array.from({ length: 300 }, (_, i) => ({ id: `n${i}` })) },
    ],
    [
      'too costly through a variable default the request leaves as it is',
      { maxCost: 300 },
      `query ($n: Int = 400) { components(first: $n) { nodes { id } } }`,
      'QUERY_TOO_COSTLY',
      'Query cost 401 exceeds the limit of 300',
      undefined,
    ],
    ['introspection while it is off', { introspection: false }, `{ __type(name: "Query") { name } }`, 'INTROSPECTION_DISABLED', 'Introspection is disabled on this server (__type)', undefined],
  ])('a request %s is refused with HTTP 400 and its own code', async (_case, limits, query, code, message, variables) => {
    const answer = await ask(limits, query, variables);
    expect(answer).toEqual({ status: 400, data: undefined, errors: [{ code, message }] });
  });

  test('a request within the limits runs', async () => {
    expect(await ask({}, `{ __typename }`)).toMatchObject({ data: { __typename: 'Query' }, errors: [] });
  });

  test('a validation error keeps its suggestion while introspection is on', async () => {
    const { errors } = await ask({}, `{ component(id: "a") { nme } }`);
    expect(errors).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', message: 'Cannot query field "nme" on type "Component". Did you mean "name"?' }]);
  });

  test.each([
    ['a misspelt field', `{ component(id: "a") { nme } }`, undefined, 'GRAPHQL_VALIDATION_FAILED', 'Cannot query field "nme" on type "Component".'],
    [
      'a misspelt enum value in a variable',
      `query ($k: ComponentKind) { components(filter: { kind: $k }) { totalCount } }`,
      { k: 'ROUTR' },
      'BAD_USER_INPUT',
      'Variable "$k" got invalid value "ROUTR"; Value "ROUTR" does not exist in "ComponentKind" enum.',
    ],
  ])('with introspection off, %s gets no "Did you mean"', async (_case, query, variables, code, message) => {
    const { errors } = await ask({ introspection: false }, query, variables);
    expect(errors).toEqual([{ code, message }]);
  });
});
