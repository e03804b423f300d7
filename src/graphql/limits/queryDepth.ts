import { OperationDefinitionNode, ValidationRule } from 'graphql';
import { limitError } from './limitError';
import { measureByFold, operationLimitRule } from './operationLimitRule';
import { FragmentLookup, SelectionFold, selectionFold } from './selectionFold';

/**
 * Fields nest, fragments add no level of their own. __schema and __type count as one level:
 * graphql's MaxIntrospectionDepthRule already bounds what nests below them, and the standard
 * introspection query (ofType seven deep) must not need a higher limit.
 */
const depth: SelectionFold = {
  field: (node, inner) => (node.name.value === '__schema' || node.name.value === '__type' ? 1 : 1 + inner),
  fragment: (_node, inner) => inner,
  siblings: Math.max,
};

/** How deep an operation's fields nest: `{ a { b } }` is 2. */
export function queryDepth(operation: OperationDefinitionNode, fragments: FragmentLookup): number {
  return selectionFold(fragments, depth)(operation.selectionSet);
}

/** Refuses an operation nested deeper than `max` (QUERY_TOO_DEEP). */
export function maxDepthRule(max: number): ValidationRule {
  return operationLimitRule(
    max,
    measureByFold(depth),
    (value, operation) => limitError('QUERY_TOO_DEEP', `Query depth ${value} exceeds the limit of ${max}`, operation),
  );
}
