import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const IMPACT = `query($failures: [FailureInput!]!) {
  impact(failures: $failures) {
    summary {
      components { down degraded } redundancyGroups { down degraded } services { down degraded }
      serviceInterfaces { down degraded } offerings { down degraded } consumerGroups { down degraded }
      organizations { down degraded } peopleDown peopleDegraded
    }
    failures { id state distance }
    services: nodes(kinds: [Service]) { nodes { id state } }
    offerings: nodes(kinds: [ServiceOffering]) { nodes { id state } }
    consumerGroups {
      consumerGroup { id size } state people
      offerings { id state chain { id kind state via } }
      chain { id kind state via }
    }
    organizations { organization { id } state roles servicesProvided { id } offeringsConsumed { id } }
  }
}`;

interface Answer {
  summary: Record<string, unknown>;
  failures: { id: string; state: string; distance: number }[];
  services: { id: string; state: string }[];
  offerings: { id: string; state: string }[];
  consumerGroups: {
    consumerGroup: { id: string; size: number };
    state: string;
    people: number;
    offerings: { id: string; state: string; chain: { id: string; kind: string; state: string; via: string | null }[] }[];
    chain: { id: string; kind: string; state: string; via: string | null }[];
  }[];
  organizations: { organization: { id: string }; state: string; roles: string[]; servicesProvided: { id: string }[]; offeringsConsumed: { id: string }[] }[];
}

async function impact(failures: { id: string; state?: string }[]): Promise<Answer> {
  const res = await server.query<{ impact: Answer & { services: { nodes: Answer['services'] }; offerings: { nodes: Answer['offerings'] } } }>(IMPACT, { failures });
  expect(res.errors).toBeUndefined();
  const answer = res.data!.impact;
  return { ...answer, services: answer.services.nodes, offerings: answer.offerings.nodes };
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

const SERVICES_BEHIND_THE_CORE = [
  'bank.atm',
  'bank.branch-counter',
  'bank.hr-portal',
  'bank.internet-connectivity',
  'bank.netbanking',
  'isp.business-internet',
  'isp.mpls-vpn',
  'rim.infrastructure-monitoring',
];
const OFFERINGS_BEHIND_THE_CORE = [
  'bank.offering.branch-banking',
  'bank.offering.business-netbanking',
  'bank.offering.cash-withdrawal',
  'bank.offering.hr-self-service',
  'bank.offering.retail-netbanking',
  'isp.offering.business-internet-1g',
  'isp.offering.mpls-vpn',
  'rim.offering.bank-monitoring',
];
const GROUPS_BEHIND_THE_CORE: Record<string, number> = {
  'bank.cg.retail-account-holders': 2400000,
  'bank.cg.business-account-holders': 185000,
  'bank.cg.employees': 12500,
  'isp.cg.business-customers': 1800,
  'isp.cg.enterprise-wan-customers': 320,
  'bank.cg.it-operations': 140,
  'bank.cg.cio-office': 9,
};
const PEOPLE_BEHIND_THE_CORE = 2599769;

describe('impact: the ISP core routers of the example world', () => {
  test('both core routers down: everything behind the core stops, and the chain reaches the account holders', async () => {
    const answer = await impact([{ id: 'isp.core-rtr-1' }, { id: 'isp.core-rtr-2' }]);

    expect(answer.failures).toEqual([
      { id: 'isp.core-rtr-1', state: 'DOWN', distance: 0 },
      { id: 'isp.core-rtr-2', state: 'DOWN', distance: 0 },
    ]);
    expect(ids(answer.services)).toEqual(SERVICES_BEHIND_THE_CORE);
    expect(answer.services.every((s) => s.state === 'DOWN')).toBe(true);
    expect(ids(answer.offerings)).toEqual(OFFERINGS_BEHIND_THE_CORE);
    expect(answer.offerings.every((o) => o.state === 'DOWN')).toBe(true);
    expect(Object.fromEntries(answer.consumerGroups.map((g) => [g.consumerGroup.id, g.people]))).toEqual(GROUPS_BEHIND_THE_CORE);
    expect(answer.consumerGroups.every((g) => g.state === 'DOWN')).toBe(true);
    expect(answer.summary).toMatchObject({ peopleDown: PEOPLE_BEHIND_THE_CORE, peopleDegraded: 0, services: { down: 8, degraded: 0 } });

    expect(answer.organizations).toEqual([
      {
        organization: { id: 'bank' },
        state: 'DOWN',
        roles: ['PROVIDER', 'CONSUMER'],
        servicesProvided: expect.arrayContaining(['bank.netbanking', 'bank.internet-connectivity', 'bank.atm', 'bank.branch-counter', 'bank.hr-portal'].map((id) => ({ id }))),
        offeringsConsumed: expect.arrayContaining(['isp.offering.business-internet-1g', 'isp.offering.mpls-vpn', 'rim.offering.bank-monitoring'].map((id) => ({ id }))),
      },
      { organization: { id: 'isp' }, state: 'DOWN', roles: ['PROVIDER'], servicesProvided: expect.arrayContaining([{ id: 'isp.business-internet' }, { id: 'isp.mpls-vpn' }]), offeringsConsumed: [] },
      { organization: { id: 'rim' }, state: 'DOWN', roles: ['PROVIDER', 'CONSUMER'], servicesProvided: [{ id: 'rim.infrastructure-monitoring' }], offeringsConsumed: [{ id: 'isp.offering.business-internet-1g' }] },
    ]);

    const retail = answer.consumerGroups.find((g) => g.consumerGroup.id === 'bank.cg.retail-account-holders')!;
    const netbanking = retail.offerings.find((o) => o.id === 'bank.offering.retail-netbanking')!;
    expect(netbanking.chain.map((step) => [step.via, step.id])).toEqual([
      [null, 'isp.core-rtr-1'],
      ['HAS_MEMBER', 'isp.core-routers'],
      ['DEPENDS_ON', 'isp.business-internet'],
      ['DEPENDS_ON', 'bank.internet-connectivity'],
      ['DEPENDS_ON', 'bank.netbanking'],
      ['INCLUDES', 'bank.offering.retail-netbanking'],
    ]);
    // The group's own chain ends at the group, through one of its offerings, from a failed router.
    expect(retail.chain[0]).toMatchObject({ id: 'isp.core-rtr-1', kind: 'Component', via: null });
    expect(retail.chain.at(-1)).toEqual({ id: 'bank.cg.retail-account-holders', kind: 'ConsumerGroup', state: 'DOWN', via: 'TARGETS' });
  });

  test('one core router down: the pair keeps quorum, so the same reach is DEGRADED and nobody is cut off', async () => {
    const answer = await impact([{ id: 'isp.core-rtr-1' }]);
    expect(ids(answer.services)).toEqual(SERVICES_BEHIND_THE_CORE);
    expect(answer.services.every((s) => s.state === 'DEGRADED')).toBe(true);
    expect(answer.consumerGroups.every((g) => g.state === 'DEGRADED')).toBe(true);
    expect(answer.summary).toMatchObject({
      components: { down: 1 },
      redundancyGroups: { down: 0 },
      peopleDown: 0,
      peopleDegraded: PEOPLE_BEHIND_THE_CORE,
    });
  });

  test('the bank\'s single access circuit cuts the bank off but not the ISP\'s other customers', async () => {
    const answer = await impact([{ id: 'isp.access-link.bank' }]);
    const down = answer.services.filter((s) => s.state === 'DOWN').map((s) => s.id);
    expect(down).toEqual(expect.arrayContaining(['bank.internet-connectivity', 'bank.netbanking']));
    expect(down).not.toContain('isp.business-internet');
    const groups = Object.fromEntries(answer.consumerGroups.map((g) => [g.consumerGroup.id, g.state]));
    expect(groups['bank.cg.retail-account-holders']).toBe('DOWN');
    expect(groups['isp.cg.business-customers']).toBeUndefined();
  });

  test('a group reached through several offerings is counted once', async () => {
    const answer = await impact([{ id: 'bank.accounts-db' }]);
    const retail = answer.consumerGroups.filter((g) => g.consumerGroup.id === 'bank.cg.retail-account-holders');
    expect(retail).toHaveLength(1);
    expect(retail[0].offerings.length).toBeGreaterThan(1);
    const total = answer.consumerGroups.filter((g) => g.state === 'DOWN').reduce((sum, g) => sum + g.people, 0);
    expect(answer.summary.peopleDown).toBe(total);
  });

  test('a DEGRADED failure passes on as DEGRADED', async () => {
    const answer = await impact([{ id: 'isp.business-internet', state: 'DEGRADED' }]);
    expect(answer.services.find((s) => s.id === 'bank.netbanking')?.state).toBe('DEGRADED');
    expect(answer.summary.peopleDown).toBe(0);
  });

  test('asking changes nothing in the graph', async () => {
    const [before] = await server.gateway.read('graphCounts');
    await impact([{ id: 'isp.core-rtr-1' }, { id: 'isp.core-rtr-2' }]);
    const [after] = await server.gateway.read('graphCounts');
    expect(after).toEqual(before);
  });
});
