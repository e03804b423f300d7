import { rm } from 'node:fs/promises';
import { Database } from '../../src/neo4j/connectDatabase';

/** Stops the Neo4j globalSetup started and removes its data folder. */
export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as Record<string, unknown>).__cascadeDatabase as Database | undefined;
  await database?.close();
  await rm(`/tmp/cascade-test-neo4j-${process.pid}`, { recursive: true, force: true });
}
