import { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

const IDENTITY_FIELDS = new Set(['id', '__typename']);

/**
 * True when the query asks nothing of the entities this field returns but their id (and
 * __typename), through fragments too: then ids the engine already holds answer it, with no read
 * of the entities from Neo4j. Anything else asked, or no selection, is false.
 */
export function asksOnlyId(info: GraphQLResolveInfo): boolean {
  const only = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    (selectionSet?.selections ?? []).every((selection) => {
      if (selection.kind === 'Field') return IDENTITY_FIELDS.has(selection.name.value);
      if (selection.kind === 'InlineFragment') return only(selection.selectionSet, seen);
      const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
      if (!fragment) return false;
      // A fragment spread twice, or spreading itself, is looked at once.
      return seen.has(fragment.name.value) || only(fragment.selectionSet, new Set([...seen, fragment.name.value]));
    });
  return info.fieldNodes.every((node) => node.selectionSet !== undefined && only(node.selectionSet, new Set()));
}
