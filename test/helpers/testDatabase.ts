import { loadCypherFiles } from '../../src/neo4j/cypherFiles';
import { Gateway, createDriver } from '../../src/neo4j/gateway';

/** A gateway to the run's Neo4j (started by globalSetup); fails loudly when there is none. */
export function testGateway(): Gateway {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: globalSetup did not start a Neo4j');
  const driver = createDriver(uri, process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  return new Gateway(driver, process.env.NEO4J_DATABASE ?? 'neo4j', loadCypherFiles());
}
