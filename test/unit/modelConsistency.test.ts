import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { ENTITY_LABELS } from '../../src/domain/entities';
import { RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES } from '../../src/domain/relationshipTypes';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

const root = join(__dirname, '..', '..');
const schema = buildSchema(loadTypeDefs());
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

/** The model's vocabulary is written in a few places on purpose (SDL, Cypher, JSON Schema): keep them one. */
describe('the model is the same everywhere it is written down', () => {
  test('every relationship type has endpoint rules, a GraphQL enum value and its own upsert statement', () => {
    expect(Object.keys(RELATIONSHIP_ENDPOINTS).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    expect(enumValues('RelationshipType').sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    expect(readdirSync(join(root, 'cypher', 'mergeRelationships')).sort()).toEqual(RELATIONSHIP_TYPES.map((t) => `${t}.cypher`).sort());
    for (const type of RELATIONSHIP_TYPES) {
      const cypher = readFileSync(join(root, 'cypher', 'mergeRelationships', `${type}.cypher`), 'utf8');
      expect(cypher).toContain(`MERGE (a)-[r:${type}]->(b)`);
      expect(cypher).toContain(`OPTIONAL MATCH (a)-[existing:${type}]->(b)`);
    }
  });

  test('the JSON Schema of the topology document lists the same labels and relationship types', () => {
    const jsonSchema = JSON.parse(readFileSync(join(root, 'schema', 'topology-document.schema.json'), 'utf8'));
    expect(jsonSchema.properties.nodes.items.properties.label.enum.sort()).toEqual([...ENTITY_LABELS].sort());
    expect(jsonSchema.properties.relationships.items.properties.type.enum.sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  test('every entity label is a GraphQL type implementing Node, with an upsert mutation', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    for (const label of ENTITY_LABELS) {
      expect(schema.getImplementations(schema.getType('Node') as never).objects.map((o) => o.name)).toContain(label);
      expect(mutations).toContain(`upsert${label}`);
    }
  });

  test('the model guide documents every relationship type in its table', () => {
    const guide = readFileSync(join(root, 'docs', 'model.md'), 'utf8');
    for (const type of RELATIONSHIP_TYPES) expect(guide).toMatch(new RegExp(`^\\| [A-Z_, ]*\\b${type}\\b`, 'm'));
  });
});
