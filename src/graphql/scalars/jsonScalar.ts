import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/** Passes JSON through unchanged; documents are validated by the service that reads them. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
