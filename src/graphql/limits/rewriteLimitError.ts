import { GraphQLError } from 'graphql';
import { limitCodeOf } from './limitError';
import type { RequestLimits } from './requestLimits';

/**
 * graphql's parse() with maxTokens throws this (16.x spells it "more that"); no other sign tells
 * the token cap from a typo.
 */
const TOKEN_CAP = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;
/** graphql's suggestions end a message: `... Did you mean "id" or "ids"?`, `... Did you mean the enum value "DOWN"?`. */
const SUGGESTION = / ?Did you mean .+\?$/;

/**
 * An error as a client of these limits sees it, rewritten IN PLACE (Apollo formats the very objects
 * its plugins are handed): graphql's token cap becomes TOO_MANY_TOKENS; a limit rule's refusal,
 * which Apollo wraps as GRAPHQL_VALIDATION_FAILED, gets its own code back; and without
 * introspection, "Did you mean ..." goes, since it would name the schema's fields one guess at a time.
 */
export function rewriteLimitError(error: GraphQLError, limits: RequestLimits): GraphQLError {
  const tokens = TOKEN_CAP.exec(error.message);
  if (tokens) {
    error.extensions.code = 'TOO_MANY_TOKENS';
    error.message = `Query exceeds the limit of ${tokens[1]} tokens`;
  }
  const code = limitCodeOf(error.originalError);
  if (code) error.extensions.code = code;
  if (!limits.introspection) error.message = error.message.replace(SUGGESTION, '');
  return error;
}
