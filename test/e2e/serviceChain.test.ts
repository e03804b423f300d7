import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const CHAIN = `query($id: ID!, $direction: ChainDirection, $maxDepth: Int) {
  serviceChain(id: $id, direction: $direction, maxDepth: $maxDepth) {
    links {
      direction
      provider { id }
      consumer { id }
      consumerGroup { id }
      service { id }
      offering { id }
      relationship { id }
      strength
      hops
    }
    organizations { id }
    truncated
    truncatedBy
  }
}`;

type Ref = { id: string } | null;
interface Chain {
  links: {
    direction: string;
    provider: { id: string };
    consumer: Ref;
    consumerGroup: Ref;
    service: Ref;
    offering: Ref;
    relationship: Ref;
    strength: string;
    hops: number;
  }[];
  organizations: { id: string }[];
  truncated: boolean;
  truncatedBy: string[];
}

async function chain(variables: Record<string, unknown>): Promise<Chain> {
  const res = await server.query<{ serviceChain: Chain }>(CHAIN, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.serviceChain;
}

/** Links as `provider > consumer: service (offering / relationship) STRENGTH hops side`, groups in brackets. */
const links = (c: Chain) =>
  c.links.map((l) => {
    const consumer = l.consumer?.id ?? `[${l.consumerGroup?.id}]`;
    const cover = l.offering || l.relationship ? ` (${l.offering?.id ?? '-'} / ${l.relationship?.id ?? '-'})` : '';
    return `${l.provider.id} > ${consumer}: ${l.service?.id ?? '-'}${cover} ${l.strength} ${l.hops} ${l.direction === 'UPSTREAM' ? 'up' : 'down'}`;
  });
const organizations = (c: Chain) => c.organizations.map((o) => o.id);

const NETBANKING_UPSTREAM = [
  // Two boundaries out: the providers of the bank's providers (monitoring's only softly).
  'bank > rim: bank.internet-connectivity SOFT 2 up',
  'isp > rim: isp.business-internet (isp.offering.business-internet-1g / sr.isp-rim) SOFT 2 up',
  'power-utility > isp: power-utility.grid-supply HARD 2 up',
  'power-utility > rim: power-utility.grid-supply SOFT 2 up',
  // The bank's own providers.
  'isp > bank: isp.business-internet (isp.offering.business-internet-1g / sr.isp-bank) HARD 1 up',
  'power-utility > bank: power-utility.grid-supply (power-utility.offering.commercial-supply / sr.power-utility-bank) HARD 1 up',
  'rim > bank: rim.infrastructure-monitoring (rim.offering.bank-monitoring / sr.rim-bank) SOFT 1 up',
];
const NETBANKING_DOWNSTREAM = [
  'bank > [bank.cg.business-account-holders]: bank.netbanking (bank.offering.business-netbanking / -) HARD 1 down',
  'bank > [bank.cg.retail-account-holders]: bank.netbanking (bank.offering.retail-netbanking / -) HARD 1 down',
];

describe('serviceChain over the example world', () => {
  test('net banking: the ISP, the utility and the monitoring provider upstream, the account holders downstream', async () => {
    const answer = await chain({ id: 'bank.netbanking' });
    expect(links(answer)).toEqual([...NETBANKING_UPSTREAM, ...NETBANKING_DOWNSTREAM]);
    expect(organizations(answer)).toEqual(['power-utility', 'isp', 'rim', 'bank']);
    expect(answer).toMatchObject({ truncated: false, truncatedBy: [] });
  });

  test('each side alone gives its half of the chain', async () => {
    const up = await chain({ id: 'bank.netbanking', direction: 'UPSTREAM' });
    expect(links(up)).toEqual(NETBANKING_UPSTREAM);
    const down = await chain({ id: 'bank.netbanking', direction: 'DOWNSTREAM' });
    expect(links(down)).toEqual(NETBANKING_DOWNSTREAM);
    expect(organizations(down)).toEqual(['bank']);
  });

  test('maxDepth 1 keeps the bank\'s own providers and consumers and says it cut', async () => {
    const answer = await chain({ id: 'bank.netbanking', maxDepth: 1 });
    expect(links(answer)).toEqual([...NETBANKING_UPSTREAM.slice(4), ...NETBANKING_DOWNSTREAM]);
    expect(organizations(answer)).toEqual(['isp', 'power-utility', 'rim', 'bank']);
    expect(answer).toMatchObject({ truncated: true, truncatedBy: ['maxDepth'] });
  });

  test('downstream of business internet: its customers, the bank and what the bank offers on top', async () => {
    const answer = await chain({ id: 'isp.business-internet', direction: 'DOWNSTREAM' });
    expect(links(answer)).toEqual([
      'isp > bank: isp.business-internet (isp.offering.business-internet-1g / sr.isp-bank) HARD 1 down',
      'isp > rim: isp.business-internet (isp.offering.business-internet-1g / sr.isp-rim) HARD 1 down',
      'isp > [isp.cg.business-customers]: isp.business-internet (isp.offering.business-internet-1g / -) HARD 1 down',
      'bank > rim: bank.internet-connectivity HARD 2 down',
      'bank > [bank.cg.business-account-holders]: bank.netbanking (bank.offering.business-netbanking / -) HARD 2 down',
      'bank > [bank.cg.employees]: bank.hr-portal (bank.offering.hr-self-service / -) HARD 2 down',
      'bank > [bank.cg.retail-account-holders]: bank.netbanking (bank.offering.retail-netbanking / -) HARD 2 down',
      // The bank needs monitoring only softly, whatever its contract with Bluefin says.
      'rim > bank: rim.infrastructure-monitoring (rim.offering.bank-monitoring / sr.rim-bank) SOFT 2 down',
      'rim > [bank.cg.cio-office]: rim.infrastructure-monitoring (rim.offering.bank-monitoring / sr.rim-bank) HARD 2 down',
      'rim > [bank.cg.it-operations]: rim.infrastructure-monitoring (rim.offering.bank-monitoring / sr.rim-bank) HARD 2 down',
      'bank > [bank.cg.business-account-holders]: bank.branch-counter (bank.offering.branch-banking / -) SOFT 3 down',
      'bank > [bank.cg.retail-account-holders]: bank.atm (bank.offering.cash-withdrawal / -) SOFT 3 down',
      'bank > [bank.cg.retail-account-holders]: bank.branch-counter (bank.offering.branch-banking / -) SOFT 3 down',
    ]);
    expect(organizations(answer)).toEqual(['isp', 'bank', 'rim']);
  });

  test('an offering as subject: its consumers downstream, its service\'s providers upstream', async () => {
    const answer = await chain({ id: 'rim.offering.bank-monitoring' });
    expect(links(answer)).toEqual([
      'isp > bank: isp.business-internet (isp.offering.business-internet-1g / sr.isp-bank) HARD 2 up',
      'power-utility > bank: power-utility.grid-supply (power-utility.offering.commercial-supply / sr.power-utility-bank) HARD 2 up',
      'power-utility > isp: power-utility.grid-supply HARD 2 up',
      'bank > rim: bank.internet-connectivity HARD 1 up',
      'isp > rim: isp.business-internet (isp.offering.business-internet-1g / sr.isp-rim) HARD 1 up',
      'power-utility > rim: power-utility.grid-supply HARD 1 up',
      'rim > bank: rim.infrastructure-monitoring (rim.offering.bank-monitoring / sr.rim-bank) HARD 1 down',
      'rim > [bank.cg.cio-office]: rim.infrastructure-monitoring (rim.offering.bank-monitoring / sr.rim-bank) HARD 1 down',
      'rim > [bank.cg.it-operations]: rim.infrastructure-monitoring (rim.offering.bank-monitoring / sr.rim-bank) HARD 1 down',
    ]);
    expect(organizations(answer)).toEqual(['power-utility', 'isp', 'bank', 'rim']);
  });

  test('at most three statements, plus one for the entities the answer names', async () => {
    const before = server.gateway.statementCount;
    await chain({ id: 'bank.netbanking' });
    expect(server.gateway.statementCount - before).toBe(4);
    const bare = server.gateway.statementCount;
    const res = await server.query(`{ serviceChain(id: "bank.netbanking") { truncated } }`);
    expect(res.errors).toBeUndefined();
    expect(server.gateway.statementCount - bare).toBe(3);
  });
});

describe('serviceChain errors', () => {
  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

  test('an unknown id is NOT_FOUND and named', async () => {
    const res = await server.query(CHAIN, { id: 'no.such.service' });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', ids: ['no.such.service'] } });
  });

  test('a component is no subject of a value chain', async () => {
    const res = await server.query(CHAIN, { id: 'isp.core-rtr-1' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('service or an offering');
  });

  test.each([0, 51])('maxDepth %p is BAD_USER_INPUT', async (maxDepth) => {
    const res = await server.query(CHAIN, { id: 'bank.netbanking', maxDepth });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
