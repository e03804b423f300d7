import { GraphQLError, OperationDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { SelectionFold, selectionFold } from './selectionFold';

/** Measures the operations of one document; built once per document, so shared fragments are measured once. */
export type OperationMeasure = (context: ValidationContext) => (operation: OperationDefinitionNode) => number;

/**
 * A validation rule that measures each operation whole (its fragments included) and refuses one
 * over `max`. It returns false from the operation and fragment visits: the measure has already seen
 * everything below, and a rule that walks once stays linear in the document's size.
 */
export function operationLimitRule(
  max: number,
  measureFor: OperationMeasure,
  refuse: (value: number, operation: OperationDefinitionNode) => GraphQLError,
): ValidationRule {
  return (context) => {
    const measure = measureFor(context);
    return {
      OperationDefinition(operation) {
        const value = measure(operation);
        if (value > max) context.reportError(refuse(value, operation));
        return false;
      },
      FragmentDefinition: () => false,
    };
  };
}

/**
 * An OperationMeasure from a fold over the operation's selections, fragments looked up in the
 * document being validated; `whole` adds what lies outside the selections (e.g. the operation's own directives).
 */
export function measureByFold(
  fold: SelectionFold,
  whole: (measure: (set: SelectionSetNode) => number, operation: OperationDefinitionNode) => number = (measure, operation) =>
    measure(operation.selectionSet),
): OperationMeasure {
  return (context) => {
    const measure = selectionFold((name) => context.getFragment(name) ?? undefined, fold);
    return (operation) => whole(measure, operation);
  };
}
