import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
const created = new Set<string>();

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.gateway.write('deleteEntitiesByIds', { ids: [...created] });
  await server.close();
});

/** Shorthand for server.ok: the data of a query that must succeed. */
const ok = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.ok<T>(query, variables);

async function fails(query: string, variables: Record<string, unknown> = {}) {
  const res = await server.query(query, variables);
  expect(res.errors).toHaveLength(1);
  return res.errors![0];
}

const UPSERT_COMPONENT = `mutation($input: ComponentInput!, $rev: Int) {
  upsertComponent(input: $input, expectedRevision: $rev) { id name kind revision }
}`;

async function component(id: string, fields: Record<string, unknown> = {}) {
  created.add(id);
  return (await ok(UPSERT_COMPONENT, { input: { id, name: id, kind: 'SERVER', ...fields } })).upsertComponent;
}

async function counts() {
  const [row] = await server.gateway.read('graphCounts');
  return row;
}

describe('upserts', () => {
  test('an identical upsert changes nothing: same revision, no history entry, no new topology version', async () => {
    await component('test.mut.same', { location: 'Hall D', description: 'twin' });
    const version = async () => (await server.gateway.read('topologyFingerprint'))[0].version;
    const [versionBefore, historyBefore] = [await version(), (await ok(`{ changeHistory(id: "test.mut.same") { id } }`)).changeHistory];
    const again = await ok(UPSERT_COMPONENT, { input: { id: 'test.mut.same', name: 'test.mut.same', kind: 'SERVER', location: 'Hall D', description: 'twin' } });
    expect(again.upsertComponent.revision).toBe(1);
    // Fields left out are kept, so a subset of the stored values is no change either; null equals absent.
    const subset = await ok(UPSERT_COMPONENT, { input: { id: 'test.mut.same', location: 'Hall D', directed: null }, rev: 1 });
    expect(subset.upsertComponent.revision).toBe(1);
    expect((await ok(`{ changeHistory(id: "test.mut.same") { id } }`)).changeHistory).toEqual(historyBefore);
    expect(await version()).toBe(versionBefore);
    const changed = await ok(UPSERT_COMPONENT, { input: { id: 'test.mut.same', location: 'Hall E' } });
    expect(changed.upsertComponent.revision).toBe(2);
  });

  test('create, then update with the current revision, then a stale update is a CONFLICT', async () => {
    expect(await component('test.mut.web-9')).toEqual({ id: 'test.mut.web-9', name: 'test.mut.web-9', kind: 'SERVER', revision: 1 });
    const updated = await ok(UPSERT_COMPONENT, { input: { id: 'test.mut.web-9', location: 'Hall B' }, rev: 1 });
    expect(updated.upsertComponent).toMatchObject({ name: 'test.mut.web-9', revision: 2 });
    const stale = await fails(UPSERT_COMPONENT, { input: { id: 'test.mut.web-9', name: 'late' }, rev: 1 });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', expectedRevision: 1, actualRevision: 2 });
  });

  test('two concurrent updates of one revision: one applies, the other is rejected', async () => {
    await component('test.mut.race');
    const [a, b] = await Promise.all([
      server.query(UPSERT_COMPONENT, { input: { id: 'test.mut.race', name: 'A' }, rev: 1 }),
      server.query(UPSERT_COMPONENT, { input: { id: 'test.mut.race', name: 'B' }, rev: 1 }),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions?.code : 'applied')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'applied']);
    const winner = [a, b].find((r) => !r.errors)!.data as any;
    const { component: now } = await ok(`{ component(id: "test.mut.race") { name revision } }`);
    expect(now).toEqual({ name: winner.upsertComponent.name, revision: 2 });
  });

  test('concurrent updates without a revision both apply, in order', async () => {
    await component('test.mut.order');
    await Promise.all(['A', 'B', 'C'].map((name) => ok(UPSERT_COMPONENT, { input: { id: 'test.mut.order', name } })));
    const { component: now } = await ok(`{ component(id: "test.mut.order") { revision } }`);
    expect(now.revision).toBe(4);
  });

  test.each([
    ['a negative size', `mutation { upsertConsumerGroup(input: { id: "test.mut.cg", name: "G", size: -5, role: USER }) { id } }`, [{ path: 'size', message: 'must be a whole number, 0 or more' }]],
    ['a new entity without a name', `mutation { upsertComponent(input: { id: "test.mut.noname", kind: SERVER }) { id } }`, [{ path: 'name', message: 'is required for a new entity' }]],
    ['both minUp and minUpPercent', `mutation { upsertRedundancyGroup(input: { id: "test.mut.g", name: "G", minUp: 1, minUpPercent: 50 }) { id } }`, [{ path: 'minUp', message: 'give minUp or minUpPercent, not both' }]],
    ['minUp larger than the group', `mutation { upsertRedundancyGroup(input: { id: "bank.web-cluster", minUp: 5 }) { id } }`, [{ path: 'minUp', message: 'is 5 but the group has only 3 members' }]],
    ['an id of another kind', `mutation { upsertComponent(input: { id: "bank", name: "x", kind: SERVER }) { id } }`, [{ path: 'id', message: 'belongs to a Organization, not a Component' }]],
    ['a malformed id', `mutation { upsertComponent(input: { id: "has spaces", name: "x", kind: SERVER }) { id } }`, [{ path: 'id', message: expect.stringContaining('must be 1-200 characters') }]],
    ['several problems at once', `mutation { upsertRisk(input: { id: "test.mut.risk", name: "R", effect: INTRODUCED, nature: THREAT, probability: "SOMETIMES", costOfImpact: -1 }) { id } }`, [
      { path: 'probability', message: 'must be one of LOW, MEDIUM, HIGH' },
      { path: 'costOfImpact', message: 'must not be negative' },
    ]],
  ])('%s is BAD_USER_INPUT naming the field, and changes nothing', async (_case, mutation, problems) => {
    const before = await counts();
    const error = await fails(mutation);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', problems });
    expect(await counts()).toEqual(before);
  });
});

describe('relationships', () => {
  const CONNECT = `mutation($input: RelationshipInput!) { connect(input: $input) { type from { id } to { id } strength created } }`;

  test('connect creates, then updates; impact sees the new dependency at once', async () => {
    await component('test.mut.app');
    const first = await ok(CONNECT, { input: { type: 'DEPENDS_ON', from: 'test.mut.app', to: 'isp.core-routers' } });
    expect(first.connect).toEqual({ type: 'DEPENDS_ON', from: { id: 'test.mut.app' }, to: { id: 'isp.core-routers' }, strength: 'HARD', created: true });
    const again = await ok(CONNECT, { input: { type: 'DEPENDS_ON', from: 'test.mut.app', to: 'isp.core-routers', strength: 'SOFT' } });
    expect(again.connect).toMatchObject({ strength: 'SOFT', created: false });
    const { impact } = await ok(`{ impact(failures: [{ id: "isp.core-rtr-1" }, { id: "isp.core-rtr-2" }]) { nodes(kinds: [Component]) { nodes { id state } } } }`);
    expect(impact.nodes.nodes).toContainEqual({ id: 'test.mut.app', state: 'DEGRADED' });
  });

  test('unknown ends are NOT_FOUND and wrong kinds BAD_USER_INPUT, naming the end', async () => {
    await component('test.mut.lonely');
    const unknown = await fails(CONNECT, { input: { type: 'DEPENDS_ON', from: 'test.mut.lonely', to: 'test.mut.nowhere' } });
    expect(unknown.extensions).toEqual({ code: 'NOT_FOUND', ids: ['test.mut.nowhere'] });
    const wrong = await fails(CONNECT, { input: { type: 'DEPENDS_ON', from: 'test.mut.lonely', to: 'bank' } });
    expect(wrong.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'to', message: 'a Organization cannot be the end of DEPENDS_ON (expects Component or Service or RedundancyGroup or Connectivity)' }],
    });
    const strength = await fails(CONNECT, { input: { type: 'OWNED_BY', from: 'test.mut.lonely', to: 'bank', strength: 'SOFT' } });
    expect(strength.extensions?.problems).toEqual([{ path: 'strength', message: 'only DEPENDS_ON has a strength' }]);
  });

  test('removing a member below the group\'s minUp is refused', async () => {
    await component('test.mut.m1');
    await component('test.mut.m2');
    created.add('test.mut.pair');
    await ok(`mutation { upsertRedundancyGroup(input: { id: "test.mut.pair", name: "Pair", minUp: 2 }) { id } }`);
    for (const member of ['test.mut.m1', 'test.mut.m2']) {
      await ok(CONNECT, { input: { type: 'HAS_MEMBER', from: 'test.mut.pair', to: member } });
    }
    const error = await fails(`mutation { disconnect(input: { type: HAS_MEMBER, from: "test.mut.pair", to: "test.mut.m1" }) { removed } }`);
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'to', message: 'removing it would leave 1 members in a group that needs 2; lower minUp first' }],
    });
  });

  test('disconnect removes once, then reports nothing to remove', async () => {
    await component('test.mut.a');
    await component('test.mut.b');
    await ok(CONNECT, { input: { type: 'DEPENDS_ON', from: 'test.mut.a', to: 'test.mut.b' } });
    const DISCONNECT = `mutation { disconnect(input: { type: DEPENDS_ON, from: "test.mut.a", to: "test.mut.b" }) { removed } }`;
    expect((await ok(DISCONNECT)).disconnect.removed).toBe(true);
    expect((await ok(DISCONNECT)).disconnect.removed).toBe(false);
  });
});

describe('deletes', () => {
  test('deleting what others depend on is refused and changes nothing; with cascade it lists what went', async () => {
    await component('test.mut.db');
    await component('test.mut.user');
    await ok(`mutation { connect(input: { type: DEPENDS_ON, from: "test.mut.user", to: "test.mut.db" }) { created } }`);
    await ok(`mutation { connect(input: { type: OWNED_BY, from: "test.mut.db", to: "bank" }) { created } }`);
    const before = await counts();
    const refused = await fails(`mutation { deleteEntity(id: "test.mut.db") { deleted { id } } }`);
    expect(refused.extensions).toEqual({ code: 'HAS_DEPENDANTS', dependants: ['test.mut.user'] });
    expect(await counts()).toEqual(before);

    const { deleteEntity } = await ok(`mutation { deleteEntity(id: "test.mut.db", cascade: true) { deleted { id kind } removedRelationships { type from to } } }`);
    expect(deleteEntity.deleted).toEqual({ id: 'test.mut.db', kind: 'Component' });
    expect(deleteEntity.removedRelationships).toEqual(
      expect.arrayContaining([
        { type: 'DEPENDS_ON', from: 'test.mut.user', to: 'test.mut.db' },
        { type: 'OWNED_BY', from: 'test.mut.db', to: 'bank' },
      ]),
    );
    const gone = await server.query(`{ component(id: "test.mut.db") { id } }`);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('one rule for a group losing members: a delete, like a disconnect, may not leave fewer than minUp', async () => {
    created.add('test.mut.grp');
    await ok(`mutation { upsertRedundancyGroup(input: { id: "test.mut.grp", name: "Pair of three", minUp: 2 }) { id } }`);
    for (const m of ['test.mut.q1', 'test.mut.q2', 'test.mut.q3']) {
      await component(m);
      await ok(`mutation { connect(input: { type: HAS_MEMBER, from: "test.mut.grp", to: "${m}" }) { created } }`);
    }
    // 3 -> 2 members: the group still has its quorum, and the answer names the membership that went.
    const { deleteEntity } = await ok(`mutation { deleteEntity(id: "test.mut.q1", cascade: true) { removedRelationships { type from to } } }`);
    expect(deleteEntity.removedRelationships).toContainEqual({ type: 'HAS_MEMBER', from: 'test.mut.grp', to: 'test.mut.q1' });
    // 2 -> 1: refused by delete and by disconnect alike, and nothing changes.
    const before = await counts();
    const byDelete = await fails(`mutation { deleteEntity(id: "test.mut.q2", cascade: true) { deleted { id } } }`);
    expect(byDelete.extensions?.code).toBe('BAD_USER_INPUT');
    expect(byDelete.message).toContain('would leave 1 members in group "test.mut.grp", which needs 2');
    const byDisconnect = await fails(`mutation { disconnect(input: { type: HAS_MEMBER, from: "test.mut.grp", to: "test.mut.q2" }) { removed } }`);
    expect(byDisconnect.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    // Lowering minUp first makes both possible.
    await ok(`mutation { upsertRedundancyGroup(input: { id: "test.mut.grp", minUp: 1 }) { id } }`);
    expect((await ok(`mutation { deleteEntity(id: "test.mut.q2", cascade: true) { deleted { id } } }`)).deleteEntity.deleted.id).toBe('test.mut.q2');
  });

  test('deleting an unknown id is NOT_FOUND; a stale revision is a CONFLICT', async () => {
    expect((await fails(`mutation { deleteEntity(id: "test.mut.ghost") { deleted { id } } }`)).extensions?.code).toBe('NOT_FOUND');
    await component('test.mut.old');
    expect((await fails(`mutation { deleteEntity(id: "test.mut.old", expectedRevision: 7) { deleted { id } } }`)).extensions?.code).toBe('CONFLICT');
  });
});

describe('the history of graph changes', () => {
  test('records who changed what, when, with before and after, newest first', async () => {
    const alice = await server.apiKey('alice', 'EDITOR');
    // The old author header is ignored: the author is the authenticated key.
    const as = { ...alice.headers, 'x-cascade-user': 'mallory@elsewhere.example' };
    created.add('test.mut.hist');
    const write = (query: string) => server.query(query, {}, as).then((r) => expect(r.errors).toBeUndefined());
    await write(`mutation { upsertComponent(input: { id: "test.mut.hist", name: "History", kind: SERVER }) { id } }`);
    await write(`mutation { upsertComponent(input: { id: "test.mut.hist", location: "Hall C" }) { id } }`);
    await write(`mutation { connect(input: { type: DEPENDS_ON, from: "test.mut.hist", to: "bank.san-1", strength: SOFT }) { created } }`);
    await write(`mutation { deleteEntity(id: "test.mut.hist", cascade: true) { deleted { id } } }`);

    const { changeHistory } = await ok(`{ changeHistory(id: "test.mut.hist") { operation by at entityId relationshipType from to before after } }`);
    expect(changeHistory.map((c: { operation: string }) => c.operation)).toEqual(['DELETE', 'CONNECT', 'UPSERT', 'UPSERT']);
    expect(changeHistory.every((c: { by: string }) => c.by === alice.subject)).toBe(true);
    const [deleted, connected, updated, createdChange] = changeHistory;
    expect(createdChange).toMatchObject({ entityId: 'test.mut.hist', before: null, after: { name: 'History', kind: 'SERVER', revision: 1 } });
    expect(updated).toMatchObject({ before: { location: null, revision: 1 }, after: { location: 'Hall C', revision: 2 } });
    expect(connected).toMatchObject({ relationshipType: 'DEPENDS_ON', from: 'test.mut.hist', to: 'bank.san-1', before: null, after: { strength: 'SOFT' } });
    expect(deleted).toMatchObject({
      before: { name: 'History', relationships: [{ type: 'DEPENDS_ON', from: 'test.mut.hist', to: 'bank.san-1' }] },
      after: null,
    });
    expect(Date.parse(deleted.at)).toBeGreaterThanOrEqual(Date.parse(createdChange.at));
  });

  test('a write with the admin token is recorded as admin-token', async () => {
    await component('test.mut.admin');
    const { changeHistory } = await ok(`{ changeHistory(id: "test.mut.admin", first: 1) { by } }`);
    expect(changeHistory).toEqual([{ by: 'admin-token' }]);
  });
});
