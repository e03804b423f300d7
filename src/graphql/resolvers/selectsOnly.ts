import { GraphQLResolveInfo } from 'graphql';

/**
 * Whether the field being resolved asks nothing of its value but these fields: plain fields only,
 * without fragments or directives (anything else may ask more, and counts as more). Lets a
 * resolver skip a read that only the fields left out need.
 */
export function selectsOnly(info: Pick<GraphQLResolveInfo, 'fieldNodes'>, fields: readonly string[]): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) => selection.kind === 'Field' && (selection.directives ?? []).length === 0 && (selection.name.value === '__typename' || fields.includes(selection.name.value)),
    ),
  );
}
