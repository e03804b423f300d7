/**
 * A world is a whole graph in plain data: what the example seed, bulk imports and test fixtures
 * write. Properties are flat (Neo4j stores no maps), ids are global and chosen by the data's owner.
 */
export type PropertyValue = string | number | boolean | string[] | number[] | null;

export interface WorldNode {
  /** One domain label (see docs/model.md (The graph model)); every node also gets the Entity label. */
  label: string;
  id: string;
  properties: Record<string, PropertyValue> & { name: string };
}

export interface WorldRelationship {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, PropertyValue>;
}

export interface World {
  nodes: WorldNode[];
  relationships: WorldRelationship[];
}
