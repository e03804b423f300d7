import { FieldNode, GraphQLNamedType, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode, ValidationRule } from 'graphql';
import { MAX_PAGE_SIZE } from '../../domain/connection';
import { FieldArguments, VariableValues, fieldArguments } from './fieldArguments';
import { DEFAULT_LIST_SIZE, pageOf } from './fieldWeights';
import { outputFields, shapeOf } from './fieldShape';
import { limitError } from './limitError';
import { operationLimitRule } from './operationLimitRule';
import { FragmentLookup, MEASURE_CAP } from './selectionFold';

const add = (a: number, b: number) => Math.min(a + b, MEASURE_CAP);
const times = (a: number, b: number) => Math.min(a * b, MEASURE_CAP);

/**
 * The page a `first` argument asks for (checkPageSize allows up to MAX_PAGE_SIZE), cut to the ids a
 * filter names: `components(filter: { ids: [3 ids] })` returns three at most.
 */
function genericPage(args: FieldArguments, hasFirst: boolean): number | undefined {
  const ids = args.count('filter.ids');
  const first = hasFirst ? pageOf(args, MAX_PAGE_SIZE) : undefined;
  if (ids === undefined) return first;
  return first === undefined ? ids : Math.min(first, ids);
}

/**
 * Measures the cost of a document's operations, argument-aware:
 *
 *   cost(field) = work(args) + items x (1 if it returns objects, 0 if scalars, + cost(its selections))
 *
 * `work` and the list lengths come from fieldWeights.ts; a list no argument bounds counts
 * DEFAULT_LIST_SIZE items, so each level of `memberOf { members { ... } }` multiplies by ten.
 * Inline fragments and spreads add their selections' cost (the branches of an abstract type are
 * summed: an upper bound). A fragment is costed once per page size it is spread at, and a spread
 * of a fragment being costed is a cycle that counts nothing (NoFragmentCycles reports it).
 * Introspection fields are free: MaxIntrospectionDepthRule bounds them, and __typename is a constant.
 */
export function costMeasure(schema: GraphQLSchema, fragments: FragmentLookup, variables?: VariableValues): (operation: OperationDefinitionNode) => number {
  const costed = new Map<string, number>();
  const costing = new Set<string>();

  const typeNamed = (name: string) => schema.getType(name) ?? undefined;

  const setCost = (set: SelectionSetNode, type: GraphQLNamedType | undefined, page: number | undefined): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost = add(cost, fieldCost(selection, type, page));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : type;
        cost = add(cost, setCost(selection.selectionSet, inner, page));
      } else {
        cost = add(cost, spreadCost(selection.name.value, page));
      }
    }
    return cost;
  };

  const spreadCost = (name: string, page: number | undefined): number => {
    const key = `${name}@${page ?? ''}`;
    const known = costed.get(key);
    if (known !== undefined) return known;
    const fragment = fragments(name);
    if (!fragment || costing.has(key)) return 0;
    costing.add(key);
    const cost = setCost(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), page);
    costing.delete(key);
    costed.set(key, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType | undefined, page: number | undefined): number => {
    if (node.name.value.startsWith('__')) return 0;
    // An unknown field costs nothing here: FieldsOnCorrectTypeRule refuses it.
    const field = parent && outputFields(parent)?.[node.name.value];
    if (!parent || !field) return 0;
    const shape = shapeOf(parent, field);
    const args = shape.readsArguments ? fieldArguments(node, field, variables) : undefined;
    const size = args && genericPage(args, shape.hasFirst);
    const items = shape.isList ? ((args && shape.weight?.items?.(args)) ?? size ?? page ?? DEFAULT_LIST_SIZE) : 1;
    const innerPage = shape.isList || !args ? undefined : (shape.weight?.page?.(args) ?? size);
    const inner = node.selectionSet ? setCost(node.selectionSet, shape.returned, innerPage) : 0;
    const work = args ? Math.max(shape.weight?.work?.(args) ?? 0, 0) : 0;
    return add(work, times(Math.max(items, 0), add(shape.isLeaf ? 0 : 1, inner)));
  };

  return (operation) => {
    const root = schema.getRootType(operation.operation) ?? undefined;
    return Math.ceil(setCost(operation.selectionSet, root, undefined));
  };
}

/** The cost of one operation (see costMeasure); `variables` as the request sends them, when known. */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentLookup,
  variables?: VariableValues,
): number {
  return costMeasure(schema, fragments, variables)(operation);
}

export function costError(cost: number, max: number, operation?: OperationDefinitionNode) {
  return limitError('QUERY_TOO_COSTLY', `Query cost ${cost} exceeds the limit of ${max}`, operation);
}

/**
 * Refuses an operation costing more than `max` (QUERY_TOO_COSTLY), its variables unknown (their
 * arguments take the schema defaults); limitPlugins checks again with the request's variables.
 */
export function maxCostRule(max: number): ValidationRule {
  return operationLimitRule(
    max,
    (context) => costMeasure(context.getSchema(), (name) => context.getFragment(name) ?? undefined),
    (value, operation) => costError(value, max, operation),
  );
}
