import { ASTNode, GraphQLError } from 'graphql';

/** The stable codes of the refusals, one per limit: clients may switch on them. */
export const LIMIT_CODES = [
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_TOKENS',
  'TOO_MANY_DIRECTIVES',
  'INTROSPECTION_DISABLED',
] as const;

export type LimitCode = (typeof LIMIT_CODES)[number];

/** A request refused before execution, with its code; the message names the limit. */
export function limitError(code: LimitCode, message: string, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code } });
}

/** The limit code an error carries, if it is one of these refusals. */
export function limitCodeOf(error: unknown): LimitCode | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const code = error.extensions.code;
  return LIMIT_CODES.find((known) => known === code);
}
