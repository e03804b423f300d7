import { ImpactKind } from '../impact/impactGraph';
import { BindingRule, ruleOrder, ruleValue } from './bindingRule';
import { ENTITY_LABEL } from './monitoringEvent';

/** An entity an event can bind to: one that carries a state. */
export interface BindableNode {
  id: string;
  kind: ImpactKind;
  name: string;
}

/** Finds entities by id and by name (names need not be unique). */
export interface BindingIndex {
  byId(id: string): BindableNode | undefined;
  byName(name: string): readonly BindableNode[];
}

export interface EventBinding {
  /** The bound entity, or null. */
  entityId: string | null;
  /** `cascade_id` when the event named it, else the id of the rule that bound it. */
  via: string | null;
  /** The value looked up (the named id, or what the binding rule made). */
  value: string | null;
  /** Why it is not bound; null when bound. */
  reason: string | null;
}

/**
 * Which entity an event is about. A named entity (`cascade_id`, a resource id) is taken as it is, or
 * the event stays unbound: a wrong name is not guessed around. Otherwise the rules are tried in
 * priority order and the first that finds exactly one entity binds it; an ambiguous rule is skipped.
 */
export function bindEvent(event: { entityId: string | null; labels: Readonly<Record<string, string>> }, rules: readonly BindingRule[], index: BindingIndex): EventBinding {
  if (event.entityId !== null) {
    const node = index.byId(event.entityId);
    return node
      ? { entityId: node.id, via: ENTITY_LABEL, value: event.entityId, reason: null }
      : { entityId: null, via: null, value: event.entityId, reason: `"${event.entityId}" names no entity that has a state` };
  }
  const notes: string[] = [];
  for (const rule of [...rules].sort(ruleOrder)) {
    const value = ruleValue(rule, event.labels);
    if (value === null) continue;
    const found = (rule.property === 'ID' ? [index.byId(value)] : index.byName(value)).filter(
      (node): node is BindableNode => node !== undefined && (rule.kind === null || node.kind === rule.kind),
    );
    if (found.length === 1) return { entityId: found[0].id, via: rule.id, value, reason: null };
    notes.push(found.length === 0 ? `rule ${rule.id}: no entity with ${rule.property.toLowerCase()} "${value}"` : `rule ${rule.id}: ${found.length} entities named "${value}"`);
  }
  const reason = notes.length > 0 ? notes.join('; ') : `no ${ENTITY_LABEL} label and no binding rule applies to its labels`;
  return { entityId: null, via: null, value: null, reason };
}
