import { ParseOptions, ValidationRule } from 'graphql';

/**
 * Limits every GraphQL request meets before it executes. STUB: the limits helper replaces this file's
 * internals; the exported names and their meaning are the contract server.ts relies on.
 */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  /** Introspection on/off; when off, field suggestions ("Did you mean") are also removed. */
  introspection: boolean;
}

export function readRequestLimits(env: NodeJS.ProcessEnv): RequestLimits {
  void env;
  return { maxDepth: 15, maxAliases: 30, maxCost: 50_000, maxTokens: 5_000, maxDirectives: 50, introspection: true };
}

/** Validation rules that refuse a document over a limit, each with its own extensions.code. */
export function limitValidationRules(limits: RequestLimits): ValidationRule[] {
  void limits;
  return [];
}

/** Options for graphql's parse(): the token cap, so a huge document is refused while parsing. */
export function limitParseOptions(limits: RequestLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}
