import { DocumentNode, FieldNode, FragmentDefinitionNode, FragmentSpreadNode, InlineFragmentNode, Kind, SelectionSetNode } from 'graphql';

/** A fragment by name: ValidationContext.getFragment, or fragmentLookup(document). */
export type FragmentLookup = (name: string) => FragmentDefinitionNode | undefined;

/** The fragments of a document by name (the first of a duplicated name; UniqueFragmentNames reports the rest). */
export function fragmentLookup(document: DocumentNode): FragmentLookup {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(definition.name.value)) {
      fragments.set(definition.name.value, definition);
    }
  }
  return (name) => fragments.get(name);
}

/** What one measure makes of a field or a fragment given its inner value, and how siblings add up. */
export interface SelectionFold {
  field(node: FieldNode, inner: number): number;
  fragment(node: InlineFragmentNode | FragmentSpreadNode, inner: number): number;
  siblings(a: number, b: number): number;
}

/** Measures past this are all the same refusal; capping keeps sums of sums finite and printable. */
export const MEASURE_CAP = Number.MAX_SAFE_INTEGER;

/**
 * Folds selection sets bottom-up with a measure that does not depend on where a fragment is spread
 * (depth, aliases, directives). Each named fragment is folded once and remembered, so a document
 * costs its own size, not the size of its expansion (ten fragments each spreading the next twice
 * expand a thousandfold). A spread met again while its own fragment is being folded is a cycle: it
 * counts as empty, and graphql's NoFragmentCycles reports it.
 */
export function selectionFold(fragments: FragmentLookup, fold: SelectionFold): (selectionSet: SelectionSetNode) => number {
  const folded = new Map<string, number>();
  const folding = new Set<string>();

  const foldSet = (set: SelectionSetNode | undefined): number => {
    let value = 0;
    for (const selection of set?.selections ?? []) {
      value = Math.min(fold.siblings(value, foldSelection(selection)), MEASURE_CAP);
    }
    return value;
  };

  const foldSelection = (selection: SelectionSetNode['selections'][number]): number => {
    switch (selection.kind) {
      case Kind.FIELD:
        return fold.field(selection, foldSet(selection.selectionSet));
      case Kind.INLINE_FRAGMENT:
        return fold.fragment(selection, foldSet(selection.selectionSet));
      case Kind.FRAGMENT_SPREAD:
        return fold.fragment(selection, foldSpread(selection.name.value));
    }
  };

  const foldSpread = (name: string): number => {
    const known = folded.get(name);
    if (known !== undefined) return known;
    const fragment = fragments(name);
    // Unknown: KnownFragmentNames reports it. Being folded: a cycle.
    if (!fragment || folding.has(name)) return 0;
    folding.add(name);
    const value = foldSet(fragment.selectionSet);
    folding.delete(name);
    folded.set(name, value);
    return value;
  };

  return foldSet;
}
