import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { aliasCount } from '../../src/graphql/limits/aliasCount';
import { directiveCount } from '../../src/graphql/limits/directiveCount';
import { queryCost } from '../../src/graphql/limits/queryCost';
import { queryDepth } from '../../src/graphql/limits/queryDepth';
import {
  DEFAULT_REQUEST_LIMITS,
  RequestLimits,
  limitParseOptions,
  limitValidationRules,
  rewriteLimitError,
} from '../../src/graphql/limits/requestLimits';
import { MEASURE_CAP, fragmentLookup } from '../../src/graphql/limits/selectionFold';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });

/** Every measure of the document's first operation. */
function measures(query: string, options = {}) {
  const document = parse(query, options);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = fragmentLookup(document);
  return {
    depth: queryDepth(operation, fragments),
    aliases: aliasCount(operation, fragments),
    directives: directiveCount(operation, fragments),
    cost: queryCost(schema, operation, fragments),
  };
}

function refusals(query: string, limits: Partial<RequestLimits> = {}): readonly GraphQLError[] {
  return validate(schema, parse(query), [...specifiedRules, ...limitValidationRules({ ...DEFAULT_REQUEST_LIMITS, ...limits })]);
}

describe('what the limits measure', () => {
  test.each([
    ['a field with a selection is one level deeper than its parent', `{ component(id: "a") { owner { id } } }`, { depth: 3 }],
    ['a fragment spread adds its fields at the level it is spread', `{ component(id: "a") { ...C } } fragment C on Component { owner { id } }`, { depth: 3 }],
    ['an inline fragment adds no level of its own', `{ node(id: "a") { ... on Component { memberOf { id } } } }`, { depth: 3 }],
    ['the introspection query counts one level, MaxIntrospectionDepthRule bounding the rest', `{ __schema { types { fields { type { ofType { name } } } } } }`, { depth: 1, cost: 0 }],
    ['an alias counts once per field it names', `{ a: component(id: "a") { x: id } b: component(id: "b") { id } }`, { aliases: 3 }],
    [
      'aliases inside a fragment count at every spread',
      `{ a: component(id: "a") { ...C } b: component(id: "b") { ...C } } fragment C on Component { x: id y: name }`,
      { aliases: 6 },
    ],
    [
      'directives count on the operation variables, fields, inline fragments and spreads',
      `query ($on: Boolean!) { component(id: "a") @include(if: $on) { id @skip(if: false) ... on Component @include(if: true) { name } ...C @skip(if: false) } } fragment C on Component { kind @include(if: true) }`,
      { directives: 5 },
    ],
  ])('%s', (_case, query, expected) => {
    expect(measures(query)).toMatchObject(expected);
  });
});

describe('a request over a limit is refused with its own code, naming the limit', () => {
  test.each([
    ['too deep', `{ component(id: "a") { owner { id } } }`, { maxDepth: 2 }, 'QUERY_TOO_DEEP', 'Query depth 3 exceeds the limit of 2'],
    [
      'too deep through fragments',
      `{ component(id: "a") { ...C } } fragment C on Component { owner { id } }`,
      { maxDepth: 2 },
      'QUERY_TOO_DEEP',
      'Query depth 3 exceeds the limit of 2',
    ],
    [
      'too many aliases',
      `{ a: component(id: "a") { id } b: component(id: "b") { id } }`,
      { maxAliases: 1 },
      'TOO_MANY_ALIASES',
      'Query alias count 2 exceeds the limit of 1',
    ],
    [
      'too many directives',
      `{ component(id: "a") @include(if: true) { id @skip(if: false) } }`,
      { maxDirectives: 1 },
      'TOO_MANY_DIRECTIVES',
      'Query directive count 2 exceeds the limit of 1',
    ],
    ['too costly', `{ components(first: 200) { nodes { id } } }`, { maxCost: 100 }, 'QUERY_TOO_COSTLY', 'Query cost 201 exceeds the limit of 100'],
    ['introspection while it is off', `{ __schema { queryType { name } } }`, { introspection: false }, 'INTROSPECTION_DISABLED', 'Introspection is disabled on this server (__schema)'],
  ])('%s', (_case, query, limits, code, message) => {
    const errors = refusals(query, limits);
    expect(errors.map((e) => [e.extensions.code, e.message])).toEqual([[code, message]]);
  });

  test.each([
    ['depth', `{ component(id: "a") { owner { id } } }`, { maxDepth: 3 }],
    ['aliases', `{ a: component(id: "a") { id } }`, { maxAliases: 1 }],
    ['directives', `{ component(id: "a") @include(if: true) { id } }`, { maxDirectives: 1 }],
    ['cost', `{ components(first: 200) { nodes { id } } }`, { maxCost: 201 }],
  ])('a request exactly at its %s limit passes', (_case, query, limits) => {
    expect(refusals(query, limits)).toEqual([]);
  });

  test('__typename stays allowed with introspection off', () => {
    expect(refusals(`{ __typename }`, { introspection: false })).toEqual([]);
  });

  test('each operation of a document is measured on its own', () => {
    const errors = refusals(`query Shallow { component(id: "a") { id } } query Deep { component(id: "a") { owner { id } } }`, { maxDepth: 2 });
    expect(errors.map((e) => e.message)).toEqual(['Query depth 3 exceeds the limit of 2']);
    expect(errors[0].locations).toEqual([{ line: 1, column: 45 }]);
  });
});

describe('documents built to hurt', () => {
  test('a fragment cycle is left to NoFragmentCycles, without the limits recursing forever', () => {
    const query = `{ ...A } fragment A on Query { node(id: "a") { ...B } } fragment B on Node { ... on Component { memberOf { members { ...B } } } }`;
    expect(measures(query)).toMatchObject({ depth: 3 });
    expect(refusals(query).map((e) => e.message)).toEqual(['Cannot spread fragment "B" within itself.']);
  });

  test('fragments that each spread the next twice are measured once each, and their expansion refused', () => {
    const chain = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Query { a${i}: node(id: "a") { id } ...F${i + 1} ...F${i + 1} }`).join('\n');
    const query = `{ ...F0 }\n${chain}\nfragment F60 on Query { __typename }`;
    expect(measures(query)).toMatchObject({ aliases: MEASURE_CAP, cost: MEASURE_CAP, depth: 2 });
    expect(refusals(query).map((e) => e.extensions.code)).toEqual(['TOO_MANY_ALIASES', 'QUERY_TOO_COSTLY']);
  });

  test('a 2 MB document is measured in one pass', () => {
    const query = `{ ${Array.from({ length: 40_000 }, (_, i) => `a${i}: components(first: 5) { nodes { id name } }`).join(' ')} }`;
    expect(query.length).toBeGreaterThan(2_000_000);
    expect(measures(query, { maxTokens: undefined })).toEqual({ depth: 3, aliases: 40_000, directives: 0, cost: 40_000 * 6 });
  });

  test('a document over the token cap is refused while parsing, TOO_MANY_TOKENS once rewritten', () => {
    let error: GraphQLError | undefined;
    try {
      parse(`{ a: node(id: "a") { id } b: node(id: "b") { id } }`, limitParseOptions({ ...DEFAULT_REQUEST_LIMITS, maxTokens: 10 }));
    } catch (e) {
      error = e as GraphQLError;
    }
    expect(error?.message).toMatch(/^Syntax Error: Document contains more tha[nt] 10 tokens\. Parsing aborted\.$/);
    rewriteLimitError(error!, DEFAULT_REQUEST_LIMITS);
    expect([error?.extensions.code, error?.message]).toEqual(['TOO_MANY_TOKENS', 'Query exceeds the limit of 10 tokens']);
  });
});

describe('errors as clients see them', () => {
  const unknownField = () => validate(schema, parse(`{ component(id: "a") { nme } }`))[0];

  test('suggestions stay while introspection is on: the schema is public anyway', () => {
    expect(rewriteLimitError(unknownField(), DEFAULT_REQUEST_LIMITS).message).toBe('Cannot query field "nme" on type "Component". Did you mean "name"?');
  });

  test('suggestions go when introspection is off, so the schema cannot be guessed from them', () => {
    const limits = { ...DEFAULT_REQUEST_LIMITS, introspection: false };
    expect(rewriteLimitError(unknownField(), limits).message).toBe('Cannot query field "nme" on type "Component".');
  });

  test('a limit error wrapped by Apollo gets its own code back', () => {
    const [refusal] = refusals(`{ component(id: "a") { owner { id } } }`, { maxDepth: 2 });
    const wrapped = new GraphQLError(refusal.message, { originalError: refusal, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(rewriteLimitError(wrapped, DEFAULT_REQUEST_LIMITS).extensions.code).toBe('QUERY_TOO_DEEP');
  });
});
