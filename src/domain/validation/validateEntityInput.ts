import { Entity, EntityLabel } from '../entities';
import { ENTITY_FIELDS } from '../entityFields';
import { Problem } from '../errors';
import { AGREED_PERIODS } from '../availability/agreedPeriod';

/** An upsert as given: fields present are set, fields given as null are cleared, others kept. */
export type EntityChanges = Record<string, unknown>;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/;

/** Ids are the owner's: 1-200 characters, letters, digits and . _ : @ / -, starting with a letter or digit. */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}
const LEVELS = ['LOW', 'MEDIUM', 'HIGH'];

/** Closed vocabularies (GraphQL enums check them on the API; documents need the same check). */
const ENUMS: Partial<Record<EntityLabel, Record<string, string[]>>> = {
  ConsumerGroup: { role: ['CUSTOMER', 'USER', 'SPONSOR'] },
  Component: {
    kind: ['SERVER', 'ROUTER', 'SWITCH', 'FIREWALL', 'LOAD_BALANCER', 'NETWORK_LINK', 'DATABASE', 'STORAGE', 'DATA_CENTRE', 'POWER', 'COOLING', 'FACILITY', 'TEAM', 'TOOL', 'APPLICATION', 'DISPLAY', 'DEVICE'],
    availabilitySource: ['VENDOR', 'MEASURED', 'ASSUMED'],
  },
  ServiceInterface: { channel: ['WEB', 'MOBILE_APP', 'ATM', 'COUNTER', 'PORTAL', 'API', 'PHONE', 'DASHBOARD', 'NETWORK'] },
  Cost: { effect: ['INTRODUCED', 'REMOVED'] },
  Risk: { effect: ['INTRODUCED', 'REMOVED'], nature: ['THREAT', 'OPPORTUNITY'] },
  Service: { availabilityTargetPeriod: [...AGREED_PERIODS] },
  ServiceLevel: { period: [...AGREED_PERIODS] },
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fields a new entity of each label must have (besides id and name). */
const REQUIRED_ON_CREATE: Partial<Record<EntityLabel, string[]>> = {
  ConsumerGroup: ['size', 'role'],
  Component: ['kind'],
  Cost: ['effect'],
  Risk: ['effect', 'nature'],
};

/**
 * Every problem with an upsert, each naming its field: the state the entity would have after the
 * write (existing values merged with the changes) must be valid. `memberCount` is the number of
 * members a redundancy group has, when it is one.
 */
export function validateEntityInput(
  label: EntityLabel,
  id: string,
  changes: EntityChanges,
  existing: Entity | null,
  memberCount = 0,
): Problem[] {
  const problems: Problem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const after: Record<string, unknown> = { ...(existing ?? {}), ...changes };
  const has = (field: string) => after[field] !== null && after[field] !== undefined;

  if (!isValidId(id)) {
    problem('id', 'must be 1-200 characters: letters, digits and . _ : @ / -, starting with a letter or digit');
  }
  if (existing && existing.label !== label) problem('id', `belongs to a ${existing.label}, not a ${label}`);
  if (!existing && !has('name')) problem('name', 'is required for a new entity');
  if (changes.name !== undefined && (typeof changes.name !== 'string' || changes.name.trim() === '' || changes.name.length > 300)) {
    problem('name', 'must be a non-empty text of at most 300 characters');
  }
  for (const field of REQUIRED_ON_CREATE[label] ?? []) {
    if (!existing && !has(field)) problem(field, 'is required for a new entity');
    else if (existing && changes[field] === null) problem(field, 'cannot be cleared');
  }
  for (const [field, allowed] of Object.entries(ENUMS[label] ?? {})) {
    const value = changes[field];
    if (value !== undefined && value !== null && !allowed.includes(String(value))) problem(field, `must be one of ${allowed.join(', ')}`);
  }
  for (const field of Object.keys(changes)) {
    if (field !== 'name' && field !== 'description' && !(field in ENTITY_FIELDS[label])) problem(field, `is not a field of ${label}`);
  }
  for (const [field, kind] of Object.entries(ENTITY_FIELDS[label])) {
    const value = changes[field];
    if (value === undefined || value === null) continue;
    if (kind === 'list' && !(Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== ''))) {
      problem(field, 'must be a list of non-empty texts');
    }
    if (kind === 'integer' && !(Number.isInteger(value) && (value as number) >= 0)) problem(field, 'must be a whole number, 0 or more');
    if (kind === 'number' && !(typeof value === 'number' && Number.isFinite(value))) problem(field, 'must be a number');
    if (kind === 'boolean' && typeof value !== 'boolean') problem(field, 'must be true or false');
  }

  switch (label) {
    case 'RedundancyGroup': {
      if (has('minUp') && has('minUpPercent')) problem('minUp', 'give minUp or minUpPercent, not both');
      const percent = after.minUpPercent as number | null | undefined;
      if (typeof percent === 'number' && (percent <= 0 || percent > 100)) problem('minUpPercent', 'must be more than 0 and at most 100');
      const minUp = after.minUp as number | null | undefined;
      if (typeof minUp === 'number' && memberCount > 0 && minUp > memberCount) {
        problem('minUp', `is ${minUp} but the group has only ${memberCount} members`);
      }
      break;
    }
    case 'Component':
      problems.push(...componentFigureProblems(after));
      break;
    case 'Service': {
      const target = after.availabilityTarget as number | null | undefined;
      if (typeof target === 'number' && (target < 0 || target > 100)) problem('availabilityTarget', 'is a percentage: between 0 and 100');
      break;
    }
    case 'ServiceRelationship': {
      for (const field of ['periodStart', 'periodEnd']) {
        const value = after[field];
        if (has(field) && !(typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)))) {
          problem(field, 'must be a date like 2026-01-31');
        }
      }
      if (typeof after.periodStart === 'string' && typeof after.periodEnd === 'string' && after.periodStart > after.periodEnd) {
        problem('periodEnd', 'is before periodStart');
      }
      break;
    }
    case 'Cost': {
      if (typeof after.amount === 'number' && after.amount < 0) problem('amount', 'must not be negative: effect says whether it is introduced or removed');
      break;
    }
    case 'Risk': {
      for (const field of ['probability', 'impact']) {
        if (has(field) && !LEVELS.includes(String(after[field]))) problem(field, `must be one of ${LEVELS.join(', ')}`);
      }
      if (typeof after.costOfImpact === 'number' && after.costOfImpact < 0) problem('costOfImpact', 'must not be negative');
      break;
    }
    default:
      break;
  }
  return problems;
}

/**
 * A component's availability figure as it would be stored: availability in (0, 1], MTBF and MTTR
 * positive and given together, and availability, when given beside them, agreeing with them.
 */
function componentFigureProblems(after: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const number = (field: string) => (typeof after[field] === 'number' ? (after[field] as number) : null);
  const [availability, mtbf, mttr] = [number('availability'), number('mtbfHours'), number('mttrHours')];
  if (availability !== null && !(availability > 0 && availability <= 1)) problems.push({ path: 'availability', message: 'is the probability that it is up: more than 0 and at most 1' });
  if (mtbf !== null && !(mtbf > 0)) problems.push({ path: 'mtbfHours', message: 'must be more than 0 hours' });
  if (mttr !== null && !(mttr > 0)) problems.push({ path: 'mttrHours', message: 'must be more than 0 hours' });
  if ((mtbf === null) !== (mttr === null)) problems.push({ path: mtbf === null ? 'mtbfHours' : 'mttrHours', message: 'mtbfHours and mttrHours come together' });
  if (problems.length === 0 && availability !== null && mtbf !== null && mttr !== null && Math.abs(mtbf / (mtbf + mttr) - availability) > 1e-9) {
    problems.push({ path: 'availability', message: `${availability} disagrees with MTBF / (MTBF + MTTR) = ${mtbf / (mtbf + mttr)}` });
  }
  return problems;
}
