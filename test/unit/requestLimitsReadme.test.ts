import { makeExecutableSchema } from '@graphql-tools/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentNode, Kind, OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { aliasCount } from '../../src/graphql/limits/aliasCount';
import { directiveCount } from '../../src/graphql/limits/directiveCount';
import { queryCost } from '../../src/graphql/limits/queryCost';
import { queryDepth } from '../../src/graphql/limits/queryDepth';
import { DEFAULT_REQUEST_LIMITS, limitParseOptions, limitValidationRules } from '../../src/graphql/limits/requestLimits';
import { fragmentLookup } from '../../src/graphql/limits/selectionFold';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { documentationFiles, repositoryRoot } from '../helpers/docExamples';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });
const limits = DEFAULT_REQUEST_LIMITS;

/** Each operation of each ```graphql block of README.md and docs/*.md, named by file, block and position. */
function readmeOperations(): [string, DocumentNode][] {
  const blocks = documentationFiles().flatMap((file) => {
    const text = readFileSync(join(repositoryRoot, file), 'utf8');
    return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match, b): [string, string] => [`${file} block ${b + 1}`, match[1]]);
  });
  return blocks.flatMap(([name, text]) => {
    const document = parse(text, limitParseOptions(limits));
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    return document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((operation, o): [string, DocumentNode] => [`${name}, operation ${o + 1}`, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }]);
  });
}

function measure(document: DocumentNode) {
  const operation = document.definitions[0] as OperationDefinitionNode;
  const fragments = fragmentLookup(document);
  return {
    depth: queryDepth(operation, fragments),
    aliases: aliasCount(operation, fragments),
    directives: directiveCount(operation, fragments),
    cost: queryCost(schema, operation, fragments),
  };
}

describe('the default limits let every query of the README and the guides through', () => {
  const operations = readmeOperations();

  test('the README and the guides have GraphQL examples to check', () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
  });

  test.each(operations)('%s is valid and within every default limit', (_name, document) => {
    const { depth, aliases, directives, cost } = measure(document);
    expect(depth).toBeLessThanOrEqual(limits.maxDepth);
    expect(aliases).toBeLessThanOrEqual(limits.maxAliases);
    expect(directives).toBeLessThanOrEqual(limits.maxDirectives);
    // Not vacuous: every operation asks for something that costs.
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(limits.maxCost);
    expect(validate(schema, document, [...specifiedRules, ...limitValidationRules(limits)])).toEqual([]);
  });
});

describe('the default limits refuse the known attacks', () => {
  test('a 9 KiB query nesting memberOf 200 levels deep is too deep and too costly', () => {
    let inner = 'id';
    for (let i = 0; i < 200; i++) inner = `memberOf { members { ... on Component { ${inner} } } }`;
    const query = `{ component(id: "bank.web-1") { ${inner} } }`;
    expect(query.length).toBeLessThan(10_000);
    const errors = validate(schema, parse(query, limitParseOptions(limits)), limitValidationRules(limits));
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY']);
    expect(errors[0].message).toBe('Query depth 402 exceeds the limit of 15');
  });

  test('1,000 aliases of impact are too many aliases and too costly', () => {
    const query = `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: impact(failures: [{ id: "bank.web-1" }]) { summary { peopleDown } }`).join(' ')} }`;
    const errors = validate(schema, parse(query), limitValidationRules(limits));
    expect(errors.map((e) => e.message)).toEqual(['Query alias count 1000 exceeds the limit of 30', 'Query cost 503000 exceeds the limit of 50000']);
  });

  test('1,000 aliases of impact do not even parse under the default token cap', () => {
    const query = `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: impact(failures: [{ id: "bank.web-1" }]) { summary { peopleDown } }`).join(' ')} }`;
    expect(() => parse(query, limitParseOptions(limits))).toThrow(/Document contains more tha[nt] 5000 tokens/);
  });
});
