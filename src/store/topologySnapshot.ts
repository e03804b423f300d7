import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { TopologyData } from '../domain/impact/topology';
import { Fingerprint } from './topologyStore';

const FORMAT = 'cascade-topology-snapshot';
const VERSION = 1;

export interface Snapshot {
  fingerprint: Fingerprint;
  data: TopologyData;
}

/**
 * The in-memory topology kept on disk with the fingerprint it was taken at, so that a restart
 * reads one file and catches up with the changes recorded since (a few statements) instead of
 * reading the whole graph from Neo4j (tens of seconds at 100k components). A snapshot of another
 * epoch, or one the graph no longer matches, is set aside by the cache and a full load follows: a
 * snapshot can make a start faster, never an answer older.
 */
export class TopologySnapshotFile {
  constructor(readonly file: string) {}

  /** The snapshot, or null when there is none or it cannot be read (a full load follows). */
  async read(): Promise<Snapshot | null> {
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = JSON.parse(text) as { format?: unknown; version?: unknown } & Partial<Snapshot>;
      if (parsed.format !== FORMAT || parsed.version !== VERSION || !parsed.fingerprint || !parsed.data) return null;
      return { fingerprint: parsed.fingerprint, data: parsed.data };
    } catch {
      return null;
    }
  }

  /** Written to a temporary file and renamed, so a crash never leaves half a snapshot. */
  async write(snapshot: Snapshot): Promise<void> {
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await fsp.writeFile(temporary, JSON.stringify({ format: FORMAT, version: VERSION, ...snapshot }));
    await fsp.rename(temporary, this.file);
  }
}
