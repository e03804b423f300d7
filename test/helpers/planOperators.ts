import { loadCypherFiles } from '../../src/neo4j/cypherFiles';
import { createDriver } from '../../src/neo4j/gateway';

/**
 * The operators of a named statement's plan (EXPLAIN on the test database), each as
 * "OperatorType details", parents before children: what plan tests match indexes and scans in.
 */
export async function planOperators(statement: string): Promise<string[]> {
  const driver = createDriver(process.env.NEO4J_URI!, process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  try {
    const { summary } = await driver.executeQuery(`EXPLAIN ${loadCypherFiles().get(statement)!}`, {}, { database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): void => {
      operators.push(`${plan.operatorType.replace(/@.*/, '')} ${String(plan.arguments.Details ?? '')}`);
      plan.children.forEach((child) => walk(child as typeof plan));
    };
    walk(summary.plan as never);
    return operators;
  } finally {
    await driver.close();
  }
}
