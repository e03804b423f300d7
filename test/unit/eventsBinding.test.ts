import { BindableNode, BindingIndex, bindEvent } from '../../src/domain/events/bindEvent';
import { BindingRule, ruleValue, validateBindingRule } from '../../src/domain/events/bindingRule';
import { InvalidInputError } from '../../src/domain/errors';

const NODES: BindableNode[] = [
  { id: 'isp.core-rtr-1', kind: 'Component', name: 'hbc1-cr1' },
  { id: 'isp.core-rtr-2', kind: 'Component', name: 'hbc1-cr2' },
  { id: 'bank.netbanking', kind: 'Service', name: 'Net banking' },
  { id: 'bank.web-1', kind: 'Component', name: 'web' },
  { id: 'bank.web-2', kind: 'Component', name: 'web' },
];
const INDEX: BindingIndex = {
  byId: (id) => NODES.find((n) => n.id === id),
  byName: (name) => NODES.filter((n) => n.name === name),
};
const rule = (overrides: Partial<BindingRule>): BindingRule => ({ id: 'r', description: null, priority: 100, template: '{instance}', pattern: null, property: 'ID', kind: null, ...overrides });
const HOST = rule({ id: 'host-name', template: '{instance}', pattern: '^([^:]+)', property: 'NAME', kind: 'Component' });
const JOB = rule({ id: 'job-service', template: '{job}.{service}', property: 'ID', kind: 'Service' });
const HOSTNAME = rule({ id: 'hostname-id', priority: 10, template: 'isp.{hostname}', property: 'ID' });

describe('binding an event to an entity', () => {
  test.each([
    ['a cascade_id names it directly', { entityId: 'isp.core-rtr-1', labels: {} }, [], { entityId: 'isp.core-rtr-1', via: 'cascade_id' }],
    ['a named entity that does not exist stays unbound, rules are not tried', { entityId: 'isp.nope', labels: { instance: 'hbc1-cr1' } }, [HOST], { entityId: null, reason: '"isp.nope" names no entity that has a state' }],
    ['instance without its port, matched against a component name', { entityId: null, labels: { instance: 'hbc1-cr2:9100' } }, [HOST], { entityId: 'isp.core-rtr-2', via: 'host-name', value: 'hbc1-cr2' }],
    ['job and service make a service id', { entityId: null, labels: { job: 'bank', service: 'netbanking' } }, [HOST, JOB], { entityId: 'bank.netbanking', via: 'job-service' }],
    ['a rule of another kind does not bind', { entityId: null, labels: { job: 'isp', service: 'core-rtr-1' } }, [JOB], { entityId: null }],
    ['a rule whose labels are missing is skipped', { entityId: null, labels: { hostname: 'core-rtr-1' } }, [HOST, HOSTNAME], { entityId: 'isp.core-rtr-1', via: 'hostname-id' }],
    ['the lower priority number wins', { entityId: null, labels: { hostname: 'core-rtr-2', instance: 'hbc1-cr1' } }, [HOST, HOSTNAME], { entityId: 'isp.core-rtr-2', via: 'hostname-id' }],
    ['an ambiguous name is skipped for the next rule', { entityId: null, labels: { instance: 'web', hostname: 'core-rtr-1' } }, [rule({ id: 'a', priority: 1, property: 'NAME' }), HOSTNAME], { entityId: 'isp.core-rtr-1', via: 'hostname-id' }],
    ['ambiguity alone leaves it unbound, saying so', { entityId: null, labels: { instance: 'web' } }, [rule({ id: 'a', property: 'NAME' })], { entityId: null, reason: 'rule a: 2 entities named "web"' }],
    ['no rule applies', { entityId: null, labels: { alertname: 'X' } }, [HOST], { entityId: null, reason: 'no cascade_id label and no binding rule applies to its labels' }],
  ])('%s', (_case, event, rules, expected) => {
    expect(bindEvent(event, rules, INDEX)).toMatchObject(expected);
  });
});

describe('a rule makes a value of labels', () => {
  test.each([
    ['{instance}', null, { instance: 'a:9100' }, 'a:9100'],
    ['{instance}', '^([^:]+)', { instance: 'a:9100' }, 'a'],
    ['{instance}', '^x', { instance: 'a:9100' }, null],
    ['{job}.{service}', null, { job: 'bank' }, null],
    ['{job}.{service}', null, { job: 'bank', service: 'db' }, 'bank.db'],
    ['{job}', null, { job: '' }, null],
  ])('%s with pattern %s', (template, pattern, labels, expected) => {
    expect(ruleValue(rule({ template, pattern }), labels)).toBe(expected);
  });
});

describe('a binding rule is validated whole', () => {
  test('a good rule gets its defaults', () => {
    expect(validateBindingRule({ id: 'r1', template: ' {instance} ' })).toEqual({ id: 'r1', description: null, priority: 100, template: '{instance}', pattern: null, property: 'ID', kind: null });
  });

  test.each([
    ['a bad id', { id: ' ', template: '{a}' }, 'id'],
    ['no placeholder', { id: 'r', template: 'fixed' }, 'template'],
    ['a stray brace', { id: 'r', template: '{a}}' }, 'template'],
    ['a bad regular expression', { id: 'r', template: '{a}', pattern: '([' }, 'pattern'],
    ['an unknown property', { id: 'r', template: '{a}', property: 'LOCATION' }, 'property'],
    ['an unknown kind', { id: 'r', template: '{a}', kind: 'Organization' }, 'kind'],
    ['a negative priority', { id: 'r', template: '{a}', priority: -1 }, 'priority'],
  ])('%s is refused', (_case, input, path) => {
    try {
      validateBindingRule(input);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details.problems).toEqual([expect.objectContaining({ path })]);
    }
  });
});
