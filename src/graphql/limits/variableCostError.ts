import { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode, valueFromASTUntyped } from 'graphql';
import { costError, queryCost } from './queryCost';
import { fragmentLookup } from './selectionFold';

/**
 * The cost refusal of an operation measured with a request's variables, or undefined when within
 * `maxCost`. Validation measures a document once, its variables unknown (`first: $n` counts the
 * schema default), so a request that sets them is measured again here, the operation's own
 * variable defaults filling what it leaves out. Operations without variables were measured whole.
 */
export function variableCostError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  maxCost: number,
): GraphQLError | undefined {
  if (!operation?.variableDefinitions?.length) return undefined;
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions) {
    if (definition.defaultValue) values[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  Object.assign(values, variables);
  const cost = queryCost(schema, operation, fragmentLookup(document), values);
  return cost > maxCost ? costError(cost, maxCost, operation) : undefined;
}
