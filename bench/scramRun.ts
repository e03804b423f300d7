/**
 * Running SCRAM (https://scram-pra.org, the Debian package `scram`, 0.16.2) on a fault tree file and
 * reading its report: the minimal cut sets ("products") of the top gate and SCRAM's own timing.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';

export const SCRAM = process.env.CASCADE_SCRAM ?? 'scram';

/** SCRAM's version line ("SCRAM 0.16.2 ()"), or null when it is not installed. */
export function scramVersion(): string | null {
  const run = spawnSync(SCRAM, ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  // 0.16.2 prints "SCRAM 0.16.2 ()": an empty build note.
  return run.stdout.split('\n')[0].replace(/\s*\(\)\s*$/, '').trim() || null;
}

/** SCRAM's qualitative algorithms: the row compares with BDD; MOCUS is the fallback reference. */
export type ScramAlgorithm = 'bdd' | 'zbdd' | 'mocus';

/** The arguments of one run: products of order 2 at most, the report to a file. */
export function scramArgs(algorithm: ScramAlgorithm, input: string, output: string): string[] {
  return [`--${algorithm}`, '--limit-order', '2', '--no-indent', '-o', output, input];
}

/** Limits of a probe run: SCRAM's BDD can take all the machine's memory on a large tree. */
export interface ScramLimits {
  timeoutMs: number;
  memoryBytes: number;
}

/**
 * Runs SCRAM once and resolves with the wall time of the whole process, from spawn to exit. With
 * limits it runs under `prlimit --as` and a timeout (the wrapper's own start is then included).
 */
export function runScram(algorithm: ScramAlgorithm, input: string, output: string, limits?: ScramLimits): Promise<number> {
  const [file, args] = limits
    ? ['prlimit', [`--as=${limits.memoryBytes}`, '--', SCRAM, ...scramArgs(algorithm, input, output)]]
    : [SCRAM, scramArgs(algorithm, input, output)];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    execFile(file, args, { maxBuffer: 64 * 2 ** 20, timeout: limits?.timeoutMs ?? 0, killSignal: 'SIGKILL' }, (error, _stdout, stderr) => {
      const ms = performance.now() - t0;
      if (!error) resolve(ms);
      else if (error.killed) reject(new Error(`scram --${algorithm} did not finish within ${(limits!.timeoutMs / 1000).toFixed(0)} s`));
      else reject(new Error(`scram --${algorithm} failed: ${String(stderr).trim().split('\n').slice(-3).join(' ') || error.message}`));
    });
  });
}

export interface ScramReport {
  /** Minimal cut sets as sorted lists of basic event names. */
  products: string[][];
  /** SCRAM's own "products" calculation time for the top gate, in ms (the analysis without I/O). */
  analysisMs: number | null;
}

export async function readScramReport(file: string): Promise<ScramReport> {
  return parseScramReport(await fsp.readFile(file, 'utf8'));
}

/** Reads a SCRAM 0.16 report: `<sum-of-products name="top">` with `<product order="k">` of basic events. */
export function parseScramReport(xml: string): ScramReport {
  const time = /<calculation-time name="top">\s*<products>([^<]+)<\/products>/.exec(xml);
  const sum = /<sum-of-products name="top"[^>]*?(\/>|>([\s\S]*?)<\/sum-of-products>)/.exec(xml);
  if (!sum) throw new Error('no <sum-of-products name="top"> in the SCRAM report');
  const products: string[][] = [];
  for (const m of (sum[2] ?? '').matchAll(/<product\b[^>]*>([\s\S]*?)<\/product>/g)) {
    products.push([...m[1].matchAll(/<basic-event name="([^"]+)"\s*\/>/g)].map((e) => e[1]).sort());
  }
  return { products, analysisMs: time ? Number(time[1]) * 1000 : null };
}
