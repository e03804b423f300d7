import { loadCypherFiles } from '../../src/neo4j/cypherFiles';
import { createDriver } from '../../src/neo4j/gateway';
import { planOperators } from '../helpers/planOperators';

/**
 * Every round of monitoring events reads the open alerts of the entities involved (eventsBefore).
 * Resolved alerts are kept and each firing gets a new key, so an entity's alerts only grow: the
 * round must seek the open ones (Alert(entityId, open)), never read an entity's whole history or
 * every alert. Checked on the plans, which are what keeps a round's cost flat as history grows.
 */
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

describe('the alert statements of a round of events', () => {
  test('eventsBefore seeks the open alerts of each entity through Alert(entityId, open)', async () => {
    const operators = await planOperators('eventsBefore');
    expect(operators.filter((op) => /^NodeIndexSeek .*:Alert\(entityId, open\)/.test(op))).toHaveLength(1);
    // Alerts are only ever found by an index: by key (the unique constraint) or by entity and open.
    expect(operators.filter((op) => /^(NodeByLabelScan|NodeIndexScan|AllNodesScan) .*Alert/.test(op))).toEqual([]);
    expect(operators.filter((op) => /Alert\(entityId\)/.test(op))).toEqual([]);
  });

  // Planned once and kept (CYPHER replan=skip in each file): their plans must be index seeks from
  // the start, whatever the statistics, or a scan would stay for good.
  test.each(['eventsBefore', 'setStatuses', 'recordAlerts', 'recordUnboundEvents', 'recordStatusHolds'])('%s is planned once and finds every node through an index', async (statement) => {
    expect(loadCypherFiles().get(statement)).toMatch(/^CYPHER replan=skip$/m);
    const operators = await planOperators(statement);
    expect(operators.filter((op) => /^(NodeByLabelScan|NodeIndexScan|AllNodesScan)/.test(op))).toEqual([]);
    expect(operators.filter((op) => /^NodeUniqueIndexSeek|^NodeIndexSeek/.test(op)).length).toBeGreaterThan(0);
  });

  test('the index on entityId alone is gone: one index per alert write fewer', async () => {
    const driver = createDriver(process.env.NEO4J_URI!, process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
    try {
      const { records } = await driver.executeQuery(
        `SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE 'Alert' IN labelsOrTypes RETURN name, properties ORDER BY name`,
        {},
        { database },
      );
      expect(records.map((r) => [r.get('name'), r.get('properties')])).toEqual([
        ['alert_entity_open', ['entityId', 'open']],
        ['alert_key', ['key']],
      ]);
    } finally {
      await driver.close();
    }
  });
});
