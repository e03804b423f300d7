import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLDirective,
  GraphQLObjectType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  getDirectiveValues,
} from 'graphql';
import { Role, isRole } from '../domain/identity';

/**
 * The role an operation needs: the highest `@requires(role:)` among the root fields it selects
 * (through fragments too). Query and Subscription fields without the directive need a viewer; a
 * Mutation field without it needs an admin, so a mutation added without thought is closed, not open.
 * Decided before execution, so a refused operation runs nothing at all.
 */
export function requiredRole(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Role {
  const operation = pickOperation(document, operationName);
  if (!operation) return 'viewer';
  const root = schema.getRootType(operation.operation);
  if (!root) return 'viewer';
  const fallback: Role = operation.operation === 'mutation' ? 'admin' : 'viewer';
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const requires = schema.getDirective('requires') ?? undefined;
  let highest: Role = 'viewer';
  for (const field of rootFields(operation.selectionSet, fragments, new Set())) {
    const role = fieldRole(root, requires, field, fallback);
    if (RANK[role] > RANK[highest]) highest = role;
  }
  return highest;
}

const RANK: Record<Role, number> = { viewer: 0, operator: 1, editor: 2, admin: 3 };

function fieldRole(root: GraphQLObjectType, requires: GraphQLDirective | undefined, name: string, fallback: Role): Role {
  if (name.startsWith('__')) return 'viewer';
  const field = root.getFields()[name];
  const directive = requires && field?.astNode ? getDirectiveValues(requires, field.astNode) : undefined;
  const role = typeof directive?.role === 'string' ? directive.role.toLowerCase() : undefined;
  return isRole(role) ? role : fallback;
}

function pickOperation(document: DocumentNode, name?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((o) => o.name?.value === name) : operations.length === 1 ? operations[0] : undefined;
}

/** Root field names, through fragment spreads and inline fragments (each fragment visited once). */
function* rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): Generator<string> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) yield selection.name.value;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* rootFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) yield* rootFields(fragment.selectionSet, fragments, seen);
    }
  }
}
