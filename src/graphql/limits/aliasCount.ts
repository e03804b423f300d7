import { OperationDefinitionNode, ValidationRule } from 'graphql';
import { limitError } from './limitError';
import { measureByFold, operationLimitRule } from './operationLimitRule';
import { FragmentLookup, SelectionFold, selectionFold } from './selectionFold';

/**
 * Aliases as executed: a fragment's aliases count at every spread, since each spread runs them
 * again (ten spreads of a fragment with ten aliased impact questions ask a hundred).
 */
const aliases: SelectionFold = {
  field: (node, inner) => (node.alias ? 1 : 0) + inner,
  fragment: (_node, inner) => inner,
  siblings: (a, b) => a + b,
};

/** How many aliased fields an operation runs, its fragments expanded. */
export function aliasCount(operation: OperationDefinitionNode, fragments: FragmentLookup): number {
  return selectionFold(fragments, aliases)(operation.selectionSet);
}

/** Refuses an operation with more than `max` aliases (TOO_MANY_ALIASES). */
export function maxAliasesRule(max: number): ValidationRule {
  return operationLimitRule(
    max,
    measureByFold(aliases),
    (value, operation) => limitError('TOO_MANY_ALIASES', `Query alias count ${value} exceeds the limit of ${max}`, operation),
  );
}
