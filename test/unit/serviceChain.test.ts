import { OfferingFacts, ValueChainLink } from '../../src/domain/graph/chainLinks';
import { chainOrder } from '../../src/domain/graph/chainOrder';
import { walkChainSide } from '../../src/domain/graph/chainSide';
import { GraphDirection } from '../../src/domain/graph/closure';
import { ServiceChain, buildServiceChain, checkChainDepth, offeringsToDescribe } from '../../src/domain/graph/serviceChain';
import { ValidationError } from '../../src/domain/errors';
import { buildClosure } from '../helpers/closureBuilder';

/**
 * Organisations are id prefixes (`isp.net` belongs to `isp`); nodes are services unless `components`
 * names them. Offerings are described in the compact form `offering: [services, targets, relationships]`
 * where a target is `group@organisation` and a relationship `id:provider>consumer`.
 */
interface Question {
  subject: string;
  stored: string[];
  directions?: GraphDirection[];
  components?: string[];
  beyond?: string[];
  offerings?: Record<string, [string[], string[], string[]]>;
  maxDepth?: number;
}

function chainOf(q: Question): ServiceChain {
  const kinds = Object.fromEntries((q.components ?? []).map((id) => [id, 'Component']));
  const sides = (q.directions ?? ['UPSTREAM', 'DOWNSTREAM']).map((direction) =>
    walkChainSide(buildClosure(q.subject, q.stored, { kinds, defaultKind: 'Service', beyond: q.beyond }), direction),
  );
  const offerings = new Map<string, OfferingFacts>(
    Object.entries(q.offerings ?? {}).map(([id, [serviceIds, targets, relationships]]) => [
      id,
      {
        id,
        organizationId: id.split('.')[0],
        serviceIds,
        targets: targets.map((t) => ({ consumerGroupId: t.split('@')[0], organizationId: t.split('@')[1] })),
        relationships: relationships.map((r) => {
          const [relationshipId, parties] = r.split(':');
          const [providerId, consumerId] = parties.split('>');
          return { relationshipId, providerId, consumerId };
        }),
      },
    ]),
  );
  return buildServiceChain({ id: q.subject, organizationId: q.subject.split('.')[0] }, sides, offerings, q.maxDepth ?? 10);
}

/** Links as `provider > consumer: service (offering / relationship) STRENGTH hops SIDE`, in answer order. */
function links(chain: ServiceChain): string[] {
  return chain.links.map((l: ValueChainLink) => {
    const consumer = l.consumerId ?? `[${l.consumerGroupId}]`;
    const cover = l.offeringId || l.relationshipId ? ` (${l.offeringId ?? '-'} / ${l.relationshipId ?? '-'})` : '';
    return `${l.providerId} > ${consumer}: ${l.serviceId ?? '-'}${cover} ${l.strength} ${l.hops} ${l.direction === 'UPSTREAM' ? 'up' : 'down'}`;
  });
}

describe('value chain links', () => {
  type Case = Question & { rule: string; links: string[]; organizations: string[] };
  const cases: Case[] = [
    {
      rule: 'a service resting on another organisation\'s service makes an upstream link',
      subject: 'bank.nb',
      stored: ['bank.nb -> isp.net'],
      links: ['isp > bank: isp.net HARD 1 up'],
      organizations: ['isp', 'bank'],
    },
    {
      rule: 'services of the subject\'s own organisation are walked through, not linked',
      subject: 'bank.nb',
      stored: ['bank.nb -> bank.ic', 'bank.ic -> isp.net'],
      links: ['isp > bank: isp.net HARD 1 up'],
      organizations: ['isp', 'bank'],
    },
    {
      rule: 'hops count organisation boundaries, so a provider\'s provider is two out',
      subject: 'bank.nb',
      stored: ['bank.nb -> isp.net', 'isp.net -> isp.ups', 'isp.ups -> power.grid'],
      components: ['isp.ups'],
      links: ['power > isp: power.grid HARD 2 up', 'isp > bank: isp.net HARD 1 up'],
      organizations: ['power', 'isp', 'bank'],
    },
    {
      rule: 'a dependency on another organisation\'s component is a boundary but names no service',
      subject: 'bank.nb',
      stored: ['bank.nb -> isp.link', 'isp.link -> power.grid'],
      components: ['isp.link'],
      links: ['power > isp: power.grid HARD 2 up'],
      organizations: ['power', 'isp', 'bank'],
    },
    {
      rule: 'a soft dependency makes its link and everything behind it SOFT',
      subject: 'bank.nb',
      stored: ['bank.nb ~> rim.mon', 'rim.mon -> isp.net', 'bank.nb -> isp.net'],
      links: ['isp > rim: isp.net SOFT 2 up', 'isp > bank: isp.net HARD 1 up', 'rim > bank: rim.mon SOFT 1 up'],
      organizations: ['isp', 'rim', 'bank'],
    },
    {
      rule: 'a relationship between the parties that covers an offering including the service names both',
      subject: 'bank.nb',
      stored: ['bank.nb -> isp.net'],
      offerings: { 'isp.off-1g': [['isp.net'], [], ['sr.a:isp>bank', 'sr.b:isp>rim']] },
      links: ['isp > bank: isp.net (isp.off-1g / sr.a) HARD 1 up'],
      organizations: ['isp', 'bank'],
    },
    {
      rule: 'downstream, an offering that includes the subject links to its groups and to its relationships\' consumers',
      subject: 'bank.nb',
      stored: ['bank.off -+> bank.nb', 'bank.off -T-> bank.cg'],
      offerings: { 'bank.off': [['bank.nb'], ['bank.cg@bank'], ['sr.x:bank>shop']] },
      links: ['bank > shop: bank.nb (bank.off / sr.x) HARD 1 down', 'bank > [bank.cg]: bank.nb (bank.off / -) HARD 1 down'],
      organizations: ['bank', 'shop'],
    },
    {
      rule: 'downstream crosses organisations through services that rest on the subject',
      subject: 'isp.net',
      directions: ['DOWNSTREAM'],
      stored: ['bank.ic -> isp.net', 'bank.nb -> bank.ic', 'bank.off -+> bank.nb', 'bank.off -T-> bank.cg'],
      offerings: { 'bank.off': [['bank.nb'], ['bank.cg@bank'], []] },
      links: ['isp > bank: isp.net HARD 1 down', 'bank > [bank.cg]: bank.nb (bank.off / -) HARD 2 down'],
      organizations: ['isp', 'bank'],
    },
    {
      rule: 'a group\'s relationship is the one whose consumer is the group\'s organisation',
      subject: 'rim.mon',
      directions: ['DOWNSTREAM'],
      stored: ['rim.off -+> rim.mon'],
      offerings: { 'rim.off': [['rim.mon'], ['bank.ops@bank', 'rim.staff@rim'], ['sr.rb:rim>bank']] },
      links: [
        'rim > bank: rim.mon (rim.off / sr.rb) HARD 1 down',
        'rim > [bank.ops]: rim.mon (rim.off / sr.rb) HARD 1 down',
        'rim > [rim.staff]: rim.mon (rim.off / -) HARD 1 down',
      ],
      organizations: ['rim', 'bank'],
    },
    {
      rule: 'a consumer\'s recorded soft need decides over the relationship that covers the same link',
      subject: 'isp.net',
      directions: ['DOWNSTREAM'],
      stored: ['isp.off -+> isp.net', 'bank.nb ~> isp.net'],
      offerings: { 'isp.off': [['isp.net'], [], ['sr.ib:isp>bank']] },
      links: ['isp > bank: isp.net (isp.off / sr.ib) SOFT 1 down'],
      organizations: ['isp', 'bank'],
    },
    {
      rule: 'an offering as subject links its own services to its consumers',
      subject: 'isp.off',
      stored: ['isp.off -+> isp.net', 'isp.off -T-> isp.cg', 'isp.net -> power.grid'],
      offerings: { 'isp.off': [['isp.net'], ['isp.cg@isp'], []] },
      links: ['power > isp: power.grid HARD 1 up', 'isp > [isp.cg]: isp.net (isp.off / -) HARD 1 down'],
      organizations: ['power', 'isp'],
    },
    {
      rule: 'organisations that provide to each other in a loop terminate, the upstream end first',
      subject: 'bank.nb',
      directions: ['UPSTREAM'],
      stored: ['bank.nb ~> rim.mon', 'rim.mon -> rim.col', 'rim.col -> bank.ic', 'bank.nb -> bank.ic'],
      components: ['rim.col'],
      links: ['bank > rim: bank.ic SOFT 2 up', 'rim > bank: rim.mon SOFT 1 up'],
      organizations: ['rim', 'bank'],
    },
  ];

  test.each(cases)('$rule', (c) => {
    const chain = chainOf(c);
    expect(links(chain)).toEqual(c.links);
    expect(chain.organizationIds).toEqual(c.organizations);
    expect(chain.truncated).toBe(false);
  });
});

describe('value chain caps', () => {
  const stored = ['a.s -> b.s', 'b.s -> c.s', 'c.s -> d.s'];

  test('maxDepth leaves further links out and says so', () => {
    const chain = chainOf({ subject: 'a.s', stored, maxDepth: 2 });
    expect(links(chain)).toEqual(['c > b: c.s HARD 2 up', 'b > a: b.s HARD 1 up']);
    expect(chain.organizationIds).toEqual(['c', 'b', 'a']);
    expect(chain.truncatedBy).toEqual(['maxDepth']);
  });

  test('a maxDepth that reaches every link truncates nothing', () => {
    const chain = chainOf({ subject: 'a.s', stored, maxDepth: 3 });
    expect(links(chain)).toHaveLength(3);
    expect(chain.truncated).toBe(false);
  });

  test('a walk cut by the store\'s bound says traversalLimit', () => {
    const chain = chainOf({ subject: 'a.s', stored, beyond: ['d.s'] });
    expect(links(chain)).toEqual(['c > b: c.s HARD 2 up', 'b > a: b.s HARD 1 up']);
    expect(chain.truncatedBy).toEqual(['traversalLimit']);
  });

  test('a cycle of services across organisations terminates', () => {
    const chain = chainOf({ subject: 'a.s', stored: ['a.s -> b.s', 'b.s -> c.s', 'c.s -> a.s'], directions: ['UPSTREAM'] });
    expect(links(chain)).toEqual(['a > c: a.s HARD 3 up', 'c > b: c.s HARD 2 up', 'b > a: b.s HARD 1 up']);
    expect(chain.organizationIds).toEqual(['c', 'b', 'a']);
  });

  test.each([0, 51, 2.5])('maxDepth %p is BAD_USER_INPUT', (maxDepth) => {
    expect(() => checkChainDepth(maxDepth)).toThrow(ValidationError);
  });

  test('maxDepth defaults to 10', () => {
    expect(checkChainDepth(undefined)).toBe(10);
    expect(checkChainDepth(null)).toBe(10);
  });
});

describe('what the store is asked for', () => {
  test('the services crossed and the offerings reached downstream', () => {
    const closure = buildClosure('isp.net', ['bank.ic -> isp.net', 'isp.off -+> isp.net', 'bank.nb -> bank.ic', 'bank.off -+> bank.nb'], { defaultKind: 'Service' });
    const sides = [walkChainSide(closure, 'UPSTREAM'), walkChainSide(closure, 'DOWNSTREAM')];
    expect(offeringsToDescribe(sides)).toEqual({ serviceIds: ['isp.net'], offeringIds: ['bank.off', 'isp.off'] });
  });
});

describe('chain order', () => {
  const link = (direction: 'UPSTREAM' | 'DOWNSTREAM', providerId: string, consumerId: string | null, hops: number) => ({ direction, providerId, consumerId, hops });

  test('every organisation comes after those it consumes from', () => {
    expect(
      chainOrder('bank', [
        link('UPSTREAM', 'isp', 'bank', 1),
        link('UPSTREAM', 'power', 'isp', 2),
        link('UPSTREAM', 'power', 'bank', 1),
        link('DOWNSTREAM', 'bank', 'shop', 1),
        link('DOWNSTREAM', 'shop', 'courier', 2),
      ]),
    ).toEqual(['power', 'isp', 'bank', 'shop', 'courier']);
  });

  test('unordered organisations go by position, then id', () => {
    expect(chainOrder('bank', [link('UPSTREAM', 'rim', 'bank', 1), link('UPSTREAM', 'isp', 'bank', 1), link('DOWNSTREAM', 'bank', 'a', 1)])).toEqual([
      'isp',
      'rim',
      'bank',
      'a',
    ]);
  });

  test('a loop breaks at the upstream end', () => {
    expect(chainOrder('bank', [link('UPSTREAM', 'rim', 'bank', 1), link('UPSTREAM', 'bank', 'rim', 2)])).toEqual(['rim', 'bank']);
  });

  test('consumer groups add no organisation', () => {
    expect(chainOrder('bank', [link('DOWNSTREAM', 'bank', null, 1)])).toEqual(['bank']);
  });
});
