import { OperationDefinitionNode, SelectionSetNode, ValidationRule } from 'graphql';
import { limitError } from './limitError';
import { measureByFold, operationLimitRule } from './operationLimitRule';
import { FragmentLookup, SelectionFold, selectionFold } from './selectionFold';

/** Directives on fields and fragments, a fragment's own counted at every spread (each runs them). */
const directives: SelectionFold = {
  field: (node, inner) => (node.directives?.length ?? 0) + inner,
  fragment: (node, inner) => (node.directives?.length ?? 0) + inner,
  siblings: (a, b) => a + b,
};

function countOperation(measure: (set: SelectionSetNode) => number, operation: OperationDefinitionNode): number {
  const onVariables = (operation.variableDefinitions ?? []).reduce((sum, v) => sum + (v.directives?.length ?? 0), 0);
  return (operation.directives?.length ?? 0) + onVariables + measure(operation.selectionSet);
}

/** How many directives an operation carries: on itself, its variables and its selections, fragments expanded. */
export function directiveCount(operation: OperationDefinitionNode, fragments: FragmentLookup): number {
  return countOperation(selectionFold(fragments, directives), operation);
}

/** Refuses an operation with more than `max` directives (TOO_MANY_DIRECTIVES). */
export function maxDirectivesRule(max: number): ValidationRule {
  return operationLimitRule(
    max,
    measureByFold(directives, countOperation),
    (value, operation) => limitError('TOO_MANY_DIRECTIVES', `Query directive count ${value} exceeds the limit of ${max}`, operation),
  );
}
