import { InvalidInputError, Problem } from '../errors';
import { IMPACT_KINDS, ImpactKind } from '../impact/impactGraph';
import { isValidId } from '../validation/validateEntityInput';

/**
 * How an event that does not name its entity finds it: the rule fills `template` with the event's
 * labels and looks the value up as an entity's id or name. `{instance}` with the pattern
 * `^([^:]+)` turns `hbc1-cr1:9100` into `hbc1-cr1`; `{job}.{service}` makes `bank.netbanking`.
 */
export interface BindingRule {
  id: string;
  description: string | null;
  /** Lower first; the first rule that finds exactly one entity binds the event. */
  priority: number;
  /** Text with `{label}` placeholders; an event without one of those labels is not for this rule. */
  template: string;
  /** A regular expression each label value must match; its first group, if any, is what is kept. */
  pattern: string | null;
  /** What the value is compared with. */
  property: 'ID' | 'NAME';
  /** Only entities of this kind (e.g. Component, Service); null: any that carries a state. */
  kind: ImpactKind | null;
}

export const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The rule as stored, or every problem with it at once (BAD_USER_INPUT). */
export function validateBindingRule(input: {
  id: string;
  description?: string | null;
  priority?: number | null;
  template: string;
  pattern?: string | null;
  property?: string | null;
  kind?: string | null;
}): BindingRule {
  const problems: Problem[] = [];
  if (!isValidId(input.id)) problems.push({ path: 'id', message: 'must be 1-200 characters: letters, digits and . _ : @ / -' });
  const priority = input.priority ?? 100;
  if (!Number.isInteger(priority) || priority < 0 || priority > 10_000) problems.push({ path: 'priority', message: 'must be an integer from 0 to 10000' });
  const template = input.template.trim();
  if (template.length === 0 || template.length > 200) problems.push({ path: 'template', message: 'must be 1-200 characters' });
  else if (placeholders(template).length === 0) problems.push({ path: 'template', message: 'must name at least one label, e.g. {instance}' });
  else if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) problems.push({ path: 'template', message: 'has a brace that is not part of a {label} placeholder' });
  const pattern = input.pattern?.trim() || null;
  if (pattern !== null) {
    if (pattern.length > 200) problems.push({ path: 'pattern', message: 'must be at most 200 characters' });
    else {
      try {
        new RegExp(pattern);
      } catch (error) {
        problems.push({ path: 'pattern', message: `is not a regular expression: ${(error as Error).message}` });
      }
    }
  }
  const property = input.property ?? 'ID';
  if (property !== 'ID' && property !== 'NAME') problems.push({ path: 'property', message: 'must be ID or NAME' });
  const kind = input.kind ?? null;
  if (kind !== null && !(IMPACT_KINDS as readonly string[]).includes(kind)) problems.push({ path: 'kind', message: `must be one of ${IMPACT_KINDS.join(', ')}` });
  const description = input.description?.trim() || null;
  if (description !== null && description.length > 500) problems.push({ path: 'description', message: 'must be at most 500 characters' });
  if (problems.length > 0) throw new InvalidInputError(problems);
  return { id: input.id, description, priority, template, pattern, property: property as BindingRule['property'], kind: kind as ImpactKind | null };
}

/** The label names a template uses, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** The value a rule makes of these labels, or null when the event lacks a label or a value does not match. */
export function ruleValue(rule: BindingRule, labels: Readonly<Record<string, string>>): string | null {
  const regex = rule.pattern === null ? null : new RegExp(rule.pattern);
  let missing = false;
  const value = rule.template.replace(PLACEHOLDER, (_all, name: string) => {
    const raw = labels[name];
    if (raw === undefined) {
      missing = true;
      return '';
    }
    if (regex === null) return raw;
    const match = regex.exec(raw);
    if (!match) missing = true;
    return match ? (match[1] ?? match[0]) : '';
  });
  return missing || value === '' ? null : value;
}

/** Rules in the order they are tried: priority, then id. */
export function ruleOrder(a: BindingRule, b: BindingRule): number {
  return a.priority - b.priority || a.id.localeCompare(b.id);
}
