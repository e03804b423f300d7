import { ParseOptions, ValidationRule } from 'graphql';
import { maxAliasesRule } from './aliasCount';
import { maxDirectivesRule } from './directiveCount';
import { noIntrospectionRule } from './noIntrospectionRule';
import { maxCostRule } from './queryCost';
import { maxDepthRule } from './queryDepth';

export { DEFAULT_REQUEST_LIMITS, readRequestLimits } from './readRequestLimits';
export { limitPlugins } from './limitPlugins';
export { rewriteLimitError } from './rewriteLimitError';
export { variableCostError } from './variableCostError';
export { LIMIT_CODES } from './limitError';
export type { LimitCode } from './limitError';

/**
 * Limits every GraphQL request meets before it executes, over HTTP (Apollo's validationRules,
 * parseOptions and limitPlugins) and WebSocket (parse with limitParseOptions, validate with
 * limitValidationRules). Each refusal has its own code (limitError.ts) and names the limit.
 */
export interface RequestLimits {
  /** Fields nested deeper than this are refused (QUERY_TOO_DEEP). */
  maxDepth: number;
  /** More aliases than this, fragments expanded, are refused (TOO_MANY_ALIASES). */
  maxAliases: number;
  /** An operation costing more than this is refused (QUERY_TOO_COSTLY); see queryCost.ts and fieldWeights.ts. */
  maxCost: number;
  /** graphql's parser stops past this many tokens (TOO_MANY_TOKENS). */
  maxTokens: number;
  /** More directives than this, fragments expanded, are refused (TOO_MANY_DIRECTIVES). */
  maxDirectives: number;
  /** Introspection on/off; when off, __schema and __type are refused and "Did you mean" suggestions removed. */
  introspection: boolean;
}

/** Validation rules that refuse a document over a limit, each with its own extensions.code. */
export function limitValidationRules(limits: RequestLimits): ValidationRule[] {
  return [
    maxDepthRule(limits.maxDepth),
    maxAliasesRule(limits.maxAliases),
    maxDirectivesRule(limits.maxDirectives),
    maxCostRule(limits.maxCost),
    ...(limits.introspection ? [] : [noIntrospectionRule]),
  ];
}

/** Options for graphql's parse(): the token cap, so a huge document is refused while parsing. */
export function limitParseOptions(limits: RequestLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}
