import { Resolvers } from '../generated/resolvers-types';
import { JSONScalar } from '../scalars/jsonScalar';

/** Bulk import and export of the topology document. */
export const importResolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    exportTopology: (_parent, _args, { services }) => services.imports.export(),
  },
  Mutation: {
    importTopology: (_parent, { document, dryRun }, { services }) => services.imports.import(document, dryRun ?? false),
    importCsv: (_parent, { components, dependencies, dryRun }, { services }) =>
      services.imports.importCsv(
        components ? { name: 'components.csv', text: components } : null,
        dependencies ? { name: 'dependencies.csv', text: dependencies } : null,
        dryRun ?? false,
      ),
  },
  ImportResult: {
    nodes: (result) => result.nodeCounts,
    relationships: (result) => result.relationshipCounts,
  },
};
