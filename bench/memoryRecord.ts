import { readFileSync } from 'node:fs';

interface MemoryPoint {
  when: string;
  /** The bench process (it runs the API in process): resident and JS heap, MiB. */
  rss: number;
  heapUsed: number;
  /** Neo4j's JVM: resident now and its peak, MiB (null where /proc cannot tell). */
  neo4jRss: number | null;
  neo4jPeak: number | null;
}

const MIB = 2 ** 20;

/**
 * Memory of the API (the bench process) and of Neo4j at named points of a run, for the large-estate
 * figures the issue asks for. The JS heap is read after a full collection when node runs with
 * --expose-gc (`npm run bench` does), so the difference between two points is what stayed, not
 * garbage waiting for collection.
 */
export class MemoryRecord {
  readonly points: MemoryPoint[] = [];

  constructor(private readonly neo4jPid: () => number | null) {}

  take(when: string): void {
    (globalThis as { gc?: () => void }).gc?.();
    const usage = process.memoryUsage();
    const status = procStatus(this.neo4jPid());
    this.points.push({ when, rss: usage.rss / MIB, heapUsed: usage.heapUsed / MIB, neo4jRss: status.rss, neo4jPeak: status.peak });
  }

  render(): string {
    if (this.points.length === 0) return '';
    const mib = (v: number | null) => (v === null ? 'n/a' : v.toFixed(0));
    const lines = [
      `| memory (MiB${(globalThis as { gc?: unknown }).gc ? ', JS heap after a full collection' : ', JS heap without a forced collection'}) | bench+API RSS | bench+API JS heap | Neo4j RSS | Neo4j peak RSS |`,
      '|---|---:|---:|---:|---:|',
    ];
    for (const p of this.points) lines.push(`| ${p.when} | ${mib(p.rss)} | ${mib(p.heapUsed)} | ${mib(p.neo4jRss)} | ${mib(p.neo4jPeak)} |`);
    const [first, second] = this.points;
    if (second) lines.push(`| held topology (second less first) | ${mib(second.rss - first.rss)} | ${mib(second.heapUsed - first.heapUsed)} | | |`);
    return lines.join('\n');
  }
}

/** VmRSS and VmHWM of a process in MiB, from /proc (Linux); nulls elsewhere. */
function procStatus(pid: number | null): { rss: number | null; peak: number | null } {
  if (pid === null) return { rss: null, peak: null };
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => {
      const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
      return m ? Number(m[1]) / 1024 : null;
    };
    return { rss: kib('VmRSS'), peak: kib('VmHWM') };
  } catch {
    return { rss: null, peak: null };
  }
}
