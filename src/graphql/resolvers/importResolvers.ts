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
  },
  ImportResult: {
    nodes: (result) => result.nodeCounts,
    relationships: (result) => result.relationshipCounts,
  },
};
