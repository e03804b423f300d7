import { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { EntityLabel } from '../../domain/entities';
import { RelationQuery } from '../../store/entityStore';
import { RELATIONS } from './relationFields';

/**
 * The relation fields a query asks directly of the entity this field returns (through fragments
 * too), as relations to read with the entity in one statement. Fragments on other types are
 * skipped; a field asked twice (aliases) is read once.
 */
export function requestedRelations(info: GraphQLResolveInfo, label: EntityLabel): RelationQuery[] {
  const relations = RELATIONS[label] ?? {};
  const found = new Map<string, RelationQuery>();
  const visit = (selectionSet: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === 'Field') {
        const relation = relations[selection.name.value];
        if (relation) found.set(selection.name.value, { type: relation.type, direction: relation.direction, label: relation.label });
      } else if (selection.kind === 'InlineFragment') {
        if (!selection.typeCondition || selection.typeCondition.name.value === label) visit(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment: FragmentDefinitionNode | undefined = info.fragments[name];
        // A fragment spread twice, or spreading itself, is read once.
        if (!fragment || seen.has(name) || fragment.typeCondition.name.value !== label) continue;
        visit(fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, new Set());
  return [...found.values()];
}
