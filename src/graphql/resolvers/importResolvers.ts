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
    importNetwork: (_parent, { format, text, network, dryRun }, { services }) =>
      services.imports.importNetwork(
        format,
        text,
        { networkId: network.id, networkName: network.name, idPrefix: network.idPrefix, ...(network.owner ? { ownerId: network.owner } : {}) },
        dryRun ?? false,
      ),
  },
  ImportResult: {
    nodes: (result) => result.nodeCounts,
    relationships: (result) => result.relationshipCounts,
    notes: (result) => result.notes ?? [],
  },
};
