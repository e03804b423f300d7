import { World } from '../domain/world';
import { Gateway } from '../neo4j/gateway';
import { EntityStore } from '../store/entityStore';
import { writeWorld } from '../store/worldStore';
import { exampleWorld } from '../seed/exampleWorld';

/** Loads the example world (idempotent); `whenEmpty` leaves a database that holds data alone. */
export async function seedExampleWorld(
  gateway: Gateway,
  options: { whenEmpty: boolean },
  world: World = exampleWorld,
): Promise<{ seeded: boolean; nodes: number; relationships: number }> {
  if (options.whenEmpty && (await new EntityStore(gateway).countAll()) > 0) {
    return { seeded: false, nodes: 0, relationships: 0 };
  }
  // Recorded like an import, node by node and relationship by relationship, as the actor "seed".
  const written = await writeWorld(gateway, world, { recordAs: 'seed' });
  return { seeded: true, nodes: written.nodes, relationships: written.relationships };
}
