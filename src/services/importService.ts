import { CsvFile, csvToDocument } from '../domain/csvDocument';
import { InvalidInputError, Problem, relocateProblems } from '../domain/errors';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, DocumentValidator, LabelLookup, TopologyDocument, validateDocument } from '../domain/topologyDocument';
import { PropertyValue, WorldNode, WorldRelationship } from '../domain/world';
import { parseGml } from '../domain/network/gml';
import { parseGraphml } from '../domain/network/graphml';
import { NetworkToWorldOptions, networkToWorld } from '../domain/network/networkToWorld';
import { Gateway } from '../neo4j/gateway';
import { WorldWrite, writeWorld, writeWorldFrom } from '../store/worldStore';

export interface ImportResult extends WorldWrite {
  dryRun: boolean;
  /** What the conversion left out (e.g. a network file's self-loops); empty for documents. */
  notes?: string[];
}

export type NetworkFormat = 'GRAPHML' | 'GML';

/** A document as streams (a large file), re-readable: validation and writing each read it once. */
export interface DocumentSource {
  header(): Promise<{ format?: unknown; version?: unknown }>;
  nodes(): AsyncIterable<{ index: number; value: unknown }>;
  relationships(): AsyncIterable<{ index: number; value: unknown }>;
}

export type ImportProgress = (phase: 'validating nodes' | 'validating relationships' | 'writing nodes' | 'writing relationships', done: number) => void;

/**
 * Bulk import and export of the topology document. An import is validated completely first (every
 * problem with its path), then written in one transaction: a failed import leaves the graph as it
 * was, and importing the same document again reports everything unchanged. A dry run goes through
 * the same write and checks (quorums included) and rolls back: its counts are the real ones.
 */
export class ImportService {
  constructor(
    private readonly gateway: Gateway,
    private readonly actor = 'anonymous',
  ) {}

  async import(input: unknown, dryRun = false): Promise<ImportResult> {
    const { problems, document } = await validateDocument(input, this.graphLabels());
    if (problems.length > 0 || !document) throw new InvalidInputError(problems);
    // Each node and relationship it creates or changes is recorded (before, after): replays cross it.
    // A dry run writes and checks everything the same way in a transaction it then rolls back.
    const written = await writeWorld(this.gateway, document, { recordAs: this.actor, dryRun });
    return { dryRun, ...written };
  }

  /**
   * A large document, streamed: validated completely (every problem with its path) while it is
   * written in one transaction, in batches, on a second read of the source; the transaction commits
   * only once the validation has found nothing, and rolls back otherwise. The client validates
   * while Neo4j writes, instead of one waiting for the other. A source that is not a topology
   * document is refused before anything is written. Memory grows with the number of nodes.
   */
  async importStream(source: DocumentSource, dryRun = false, progress?: ImportProgress): Promise<ImportResult> {
    const validator = new DocumentValidator(this.graphLabels());
    const header = await source.header();
    validator.header(header.format, header.version);
    if (validator.problems.length > 0) throw new InvalidInputError(validator.problems);
    const stop = new AbortController();
    const validation = this.validate(source, validator, stop, progress).then(
      (problems) => {
        if (problems.length > 0) stop.abort();
        return problems;
      },
      (error: unknown) => {
        stop.abort();
        throw error;
      },
    );
    // Awaited below on every path; until then a failure here must not count as unhandled.
    validation.catch(() => undefined);
    const values = <T>(items: AsyncIterable<{ value: unknown }>) =>
      (async function* () {
        for await (const { value } of items) yield value as T;
      })();
    try {
      const written = await writeWorldFrom(
        this.gateway,
        { nodes: () => values<WorldNode>(source.nodes()), relationships: () => values<WorldRelationship>(source.relationships()) },
        {
          recordAs: this.actor,
          dryRun,
          signal: stop.signal,
          progress: (phase, done) => progress?.(phase === 'nodes' ? 'writing nodes' : 'writing relationships', done),
          beforeCommit: async () => {
            const problems = await validation;
            if (problems.length > 0) throw new InvalidInputError(problems);
          },
        },
      );
      return { dryRun, ...written };
    } catch (error) {
      // A write that failed on what the validation refuses reports the validation's problems.
      const problems = await validation;
      if (problems.length > 0) throw new InvalidInputError(problems);
      throw error;
    }
  }

  /**
   * Every problem of the source's nodes and relationships (the header is checked first). The first
   * problem stops the write beside it: it would be rolled back anyway.
   */
  private async validate(source: DocumentSource, validator: DocumentValidator, stop: AbortController, progress?: ImportProgress): Promise<Problem[]> {
    for await (const { index, value } of source.nodes()) {
      await validator.node(index, value);
      if (validator.nodes % 10_000 === 0) progress?.('validating nodes', validator.nodes);
      if (validator.problems.length > 0) stop.abort();
    }
    for await (const { index, value } of source.relationships()) {
      await validator.relationship(index, value);
      if (validator.relationships % 10_000 === 0) progress?.('validating relationships', validator.relationships);
      if (validator.problems.length > 0) stop.abort();
      if (validator.full) break;
    }
    return validator.finish();
  }

  /**
   * A network file (GraphML or GML, as network teams and the Internet Topology Zoo publish them):
   * parsed with every problem by line, turned into a Network of routers and links
   * (networkToWorld), then imported like a document: validated whole, written all or nothing.
   */
  async importNetwork(format: NetworkFormat, text: string, options: NetworkToWorldOptions, dryRun = false): Promise<ImportResult> {
    const parsed = format === 'GRAPHML' ? parseGraphml(text) : parseGml(text);
    if (parsed.problems.length > 0 || !parsed.document) throw new InvalidInputError(parsed.problems);
    const { world, notes } = networkToWorld(parsed.document, options);
    const result = await this.import({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, ...world }, dryRun);
    return { ...result, notes };
  }

  /**
   * The validator's look-ups into the graph, none at all when it holds no entity (an import into an
   * empty database: ~130k ids asked for nothing at 100k components). Asked once per validation; a
   * write in between is caught by the import's own transaction, which looks again.
   */
  private graphLabels(): LabelLookup {
    let empty: Promise<boolean> | undefined;
    return async (ids) => ((await (empty ??= this.graphIsEmpty())) ? new Map() : this.labelsOf(ids));
  }

  private async graphIsEmpty(): Promise<boolean> {
    const [row] = await this.gateway.read('entityCountAll');
    return Number(row?.total ?? 0) === 0;
  }

  /** The labels the given ids have in the graph (one statement). */
  async labelsOf(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.gateway.read('labelsOfIds', { ids });
    return new Map(rows.map((r) => [String(r.id), String(r.label)]));
  }

  /** Components and dependencies from CSV: the same checks and transaction, problems by file and line. */
  async importCsv(components: CsvFile | null, dependencies: CsvFile | null, dryRun = false): Promise<ImportResult> {
    const conversion = csvToDocument(components, dependencies);
    if (conversion.problems.length > 0) throw new InvalidInputError(conversion.problems);
    try {
      return await this.import(conversion.document, dryRun);
    } catch (error) {
      throw relocateProblems(error, conversion.locate);
    }
  }

  /** The whole graph as a document, in a stable order (ids, then type/from/to). */
  async export(): Promise<TopologyDocument> {
    const nodes = await this.gateway.read('exportNodes');
    const relationships = await this.gateway.read('exportRelationships');
    return {
      format: DOCUMENT_FORMAT,
      version: DOCUMENT_VERSION,
      nodes: nodes.map((row) => {
        const { id: _id, revision: _revision, ...properties } = row.properties as Record<string, PropertyValue>;
        return { label: String(row.label), id: String(row.id), properties: sortKeys(properties) as never };
      }),
      relationships: relationships.map((row) => {
        const properties = sortKeys(row.properties as Record<string, PropertyValue>);
        return { type: String(row.type), from: String(row.from), to: String(row.to), ...(Object.keys(properties).length > 0 ? { properties } : {}) };
      }),
    };
  }
}

function sortKeys(properties: Record<string, PropertyValue>): Record<string, PropertyValue> {
  return Object.fromEntries(Object.entries(properties).sort(([a], [b]) => a.localeCompare(b)));
}
