import { World } from '../src/domain/world';
import { Gateway } from '../src/neo4j/gateway';
import { toNeo4jProperties } from '../src/neo4j/toNeo4jProperties';

/**
 * Rows per write transaction. One transaction for a whole 100k-component world (~650k rows) would
 * not fit the heap; 5,000 rows keep each transaction small and the round trips few.
 */
export const LOAD_BATCH = 5_000;

export interface LoadReport {
  nodes: number;
  relationships: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

/**
 * How relationships are written. `benchCreateRelationships` (the default) CREATEs them and is for an
 * empty graph only; `mergeRelationships` is the seed's upsert (cypher/mergeRelationships/<TYPE>.cypher,
 * one statement per type), which checks every pair first and is slower.
 */
export type RelationshipStatement = 'benchCreateRelationships' | 'mergeRelationships';

/**
 * Writes a (large) world into the graph, one write transaction per batch, nodes first: nodes with
 * the seed's `mergeNodes`, relationships with `relationshipStatement`. Unlike the seed this is not
 * atomic: a run that dies half-way leaves a partial graph (the bench marks complete loads).
 */
export async function loadWorld(
  gateway: Gateway,
  world: World,
  log: (msg: string) => void,
  relationshipStatement: RelationshipStatement = 'benchCreateRelationships',
): Promise<LoadReport> {
  const started = performance.now();
  for (let i = 0; i < world.nodes.length; i += LOAD_BATCH) {
    const rows = world.nodes
      .slice(i, i + LOAD_BATCH)
      .map((n) => ({ label: n.label, id: n.id, properties: toNeo4jProperties(n.properties) }));
    const [row] = await gateway.writeTransaction((tx) => tx.run('mergeNodes', { nodes: rows }));
    if (Number(row?.written ?? 0) !== rows.length) throw new Error(`mergeNodes wrote ${String(row?.written)} of ${rows.length} nodes`);
    progress(log, 'nodes', i + rows.length, world.nodes.length, started);
  }
  const nodesDone = performance.now();
  for (let i = 0; i < world.relationships.length; i += LOAD_BATCH) {
    const rows = world.relationships
      .slice(i, i + LOAD_BATCH)
      .map((r) => ({ type: r.type, from: r.from, to: r.to, properties: toNeo4jProperties(r.properties ?? {}) }));
    const written = await gateway.writeTransaction(async (tx) => {
      if (relationshipStatement === 'benchCreateRelationships') {
        const [row] = await tx.run(relationshipStatement, { relationships: rows });
        return Number(row?.written ?? 0);
      }
      // The seed's upsert has one statement per relationship type.
      let total = 0;
      for (const type of new Set(rows.map((r) => r.type))) {
        const [row] = await tx.run(`mergeRelationships/${type}`, { relationships: rows.filter((r) => r.type === type) });
        total += Number(row?.written ?? 0);
      }
      return total;
    });
    if (written !== rows.length) {
      throw new Error(`${relationshipStatement} wrote ${written} of ${rows.length}: some endpoint is missing`);
    }
    progress(log, 'relationships', i + rows.length, world.relationships.length, nodesDone);
  }
  const done = performance.now();
  const nodeSeconds = (nodesDone - started) / 1000;
  const relationshipSeconds = (done - nodesDone) / 1000;
  const report = {
    nodes: world.nodes.length,
    relationships: world.relationships.length,
    nodeSeconds,
    relationshipSeconds,
    nodesPerSecond: world.nodes.length / nodeSeconds,
    relationshipsPerSecond: world.relationships.length / relationshipSeconds,
  };
  log(
    `loaded ${report.nodes} nodes in ${nodeSeconds.toFixed(1)} s (${Math.round(report.nodesPerSecond)}/s), ` +
      `${report.relationships} relationships in ${relationshipSeconds.toFixed(1)} s (${Math.round(report.relationshipsPerSecond)}/s)`,
  );
  return report;
}

function progress(log: (msg: string) => void, what: string, done: number, total: number, since: number): void {
  // Every 100k rows and at the end: enough to see that a long load is moving.
  if (done % 100_000 >= LOAD_BATCH && done !== total) return;
  const seconds = (performance.now() - since) / 1000;
  log(`  ${what}: ${done}/${total} (${Math.round(done / Math.max(seconds, 1e-3))}/s)`);
}
