import { InvalidInputError, Problem } from '../../domain/errors';
import type { RequestLimits } from './requestLimits';

/**
 * The defaults let every query of README.md and docs/ through (a unit test holds them to it) and refuse the
 * known attacks: the 200-level memberOf nest, and a thousand aliased impact questions.
 */
export const DEFAULT_REQUEST_LIMITS: Readonly<RequestLimits> = {
  // The guides' deepest query is 5 levels; 15 leaves room for six hops of node -> dependsOn -> node.
  maxDepth: 15,
  // The guides use none; a dashboard comparing a dozen what-ifs side by side stays well under.
  maxAliases: 30,
  // About 5 s of server work (a unit is ~0.1 ms, fieldWeights.ts); the guides' costliest question, the
  // pair search of singlePointsOfFailure at its default maxPairChecks, is ~39,000.
  maxCost: 50_000,
  // The guides' longest block is a few hundred tokens; bulk input (importTopology's document, CSV text) travels
  // as variables or strings, which are one token each however long.
  maxTokens: 5_000,
  // Only @include and @skip exist; 50 is more than any hand-written query uses.
  maxDirectives: 50,
  // On, as before this limit existed (codegen and explorers need it); production sets it false.
  introspection: true,
};

const INTEGER_VARIABLES: { name: string; key: Exclude<keyof RequestLimits, 'introspection'>; min: number }[] = [
  { name: 'CASCADE_MAX_DEPTH', key: 'maxDepth', min: 1 },
  // Zero aliases or directives is a policy a server may choose; zero depth, cost or tokens refuses everything.
  { name: 'CASCADE_MAX_ALIASES', key: 'maxAliases', min: 0 },
  { name: 'CASCADE_MAX_COST', key: 'maxCost', min: 1 },
  { name: 'CASCADE_MAX_TOKENS', key: 'maxTokens', min: 1 },
  { name: 'CASCADE_MAX_DIRECTIVES', key: 'maxDirectives', min: 0 },
];

/**
 * The request limits from the environment (CASCADE_MAX_DEPTH, CASCADE_MAX_ALIASES, CASCADE_MAX_COST,
 * CASCADE_MAX_TOKENS, CASCADE_MAX_DIRECTIVES, CASCADE_INTROSPECTION=true|false); unset or empty takes
 * the default. Every bad value is named at once (BAD_USER_INPUT), so start-up fails with all of them.
 */
export function readRequestLimits(env: NodeJS.ProcessEnv): RequestLimits {
  const limits: RequestLimits = { ...DEFAULT_REQUEST_LIMITS };
  const problems: Problem[] = [];
  for (const { name, key, min } of INTEGER_VARIABLES) {
    const text = env[name]?.trim();
    if (!text) continue;
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) {
      problems.push({ path: name, message: `must be a whole number of at least ${min}, got "${env[name]}"` });
    } else {
      limits[key] = value;
    }
  }
  const introspection = env.CASCADE_INTROSPECTION?.trim();
  if (introspection === 'true' || introspection === 'false') {
    limits.introspection = introspection === 'true';
  } else if (introspection) {
    problems.push({ path: 'CASCADE_INTROSPECTION', message: `must be true or false, got "${env.CASCADE_INTROSPECTION}"` });
  } else if (env.NODE_ENV === 'production') {
    // Apollo's own default: a production server does not describe itself (nor suggest field names).
    limits.introspection = false;
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return limits;
}
