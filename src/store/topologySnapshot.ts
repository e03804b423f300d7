import { createReadStream, createWriteStream, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { TopologyData } from '../domain/impact/topology';
import { Fingerprint } from './topologyStore';

const FORMAT = 'cascade-topology-snapshot';
/** 2: one header line, then the lists in lines of at most `chunkItems` items (1 was one JSON text). */
const VERSION = 2;
const LISTS = ['nodes', 'edges', 'networkEnds', 'groups', 'facts'] as const;
type ListName = (typeof LISTS)[number];

export interface Snapshot {
  fingerprint: Fingerprint;
  data: TopologyData;
}

interface Header {
  format: string;
  version: number;
  fingerprint: Fingerprint;
  dataVersion: string;
  counts: Record<ListName, number>;
}

/**
 * The in-memory topology kept on disk with the fingerprint it was taken at, so that a restart
 * reads one file and catches up with the changes recorded since (a few statements) instead of
 * reading the whole graph from Neo4j (tens of seconds at 100k components, minutes at 1M). A
 * snapshot of another epoch, or one the graph no longer matches, is set aside by the cache and a
 * full load follows: a snapshot can make a start faster, never an answer older.
 *
 * Written and read line by line, never as one text: at 1M components the topology is ~630 MB of
 * JSON, more than one JavaScript string can hold, and a single JSON.stringify failed there.
 */
export class TopologySnapshotFile {
  private readonly chunkItems: number;

  constructor(
    readonly file: string,
    options: { chunkItems?: number } = {},
  ) {
    this.chunkItems = options.chunkItems ?? 10_000;
  }

  /** The snapshot, or null when there is none or it cannot be read whole (a full load follows). */
  async read(): Promise<Snapshot | null> {
    try {
      await fsp.access(this.file);
    } catch {
      return null;
    }
    const lines = createInterface({ input: createReadStream(this.file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let header: Header | null = null;
    const lists: Record<ListName, unknown[]> = { nodes: [], edges: [], networkEnds: [], groups: [], facts: [] };
    try {
      for await (const line of lines) {
        if (line === '') continue;
        const parsed = JSON.parse(line) as unknown;
        if (!header) {
          header = parsed as Header;
          if (header.format !== FORMAT || header.version !== VERSION || !header.fingerprint || typeof header.dataVersion !== 'string' || !header.counts) return null;
          continue;
        }
        const { list, items } = parsed as { list: ListName; items: unknown[] };
        if (!LISTS.includes(list) || !Array.isArray(items)) return null;
        for (const item of items) lists[list].push(item);
      }
    } catch {
      return null;
    } finally {
      lines.close();
    }
    // A file cut short (a full disk, a copy interrupted) is not a snapshot.
    if (!header || LISTS.some((list) => lists[list].length !== header!.counts[list])) return null;
    return {
      fingerprint: header.fingerprint,
      data: { version: header.dataVersion, ...(lists as unknown as Omit<TopologyData, 'version'>) },
    };
  }

  /** Written to a temporary file and renamed, so a crash never leaves half a snapshot. */
  async write(snapshot: Snapshot): Promise<void> {
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const out = createWriteStream(temporary, { encoding: 'utf8' });
    const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
    failed.catch(() => undefined);
    const put = async (line: string) => {
      // Respect backpressure: tens of megabytes must not pile up in memory while the disk catches up.
      if (!out.write(`${line}\n`)) await Promise.race([once(out, 'drain'), failed]);
    };
    try {
      const { data } = snapshot;
      const counts = Object.fromEntries(LISTS.map((list) => [list, data[list].length])) as Record<ListName, number>;
      const header: Header = { format: FORMAT, version: VERSION, fingerprint: snapshot.fingerprint, dataVersion: data.version, counts };
      await put(JSON.stringify(header));
      for (const list of LISTS) {
        const items: readonly unknown[] = data[list];
        for (let from = 0; from < items.length; from += this.chunkItems) await put(JSON.stringify({ list, items: items.slice(from, from + this.chunkItems) }));
      }
      out.end();
      await Promise.race([once(out, 'finish'), failed]);
    } catch (error) {
      // The stream opens its file asynchronously: a failure before that (bad data) would otherwise
      // remove nothing and let the open create the file afterwards. Closed first, then removed.
      const closed = out.closed ? Promise.resolve() : once(out, 'close').then(() => undefined, () => undefined);
      out.destroy();
      await closed;
      await fsp.rm(temporary, { force: true });
      throw error;
    }
    await fsp.rename(temporary, this.file);
  }
}
