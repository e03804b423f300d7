// Embedded Neo4j 5.26 (neo4j-local/, a tiny Maven project) for machines with Java but no container runtime.
// Protocol with the JVM: one stdout line "NEO4J_READY bolt://127.0.0.1:PORT", or "NEO4J_FAILED ..." on stderr
// and a non-zero exit. See neo4j-local/src/main/java/cascade/neo4jlocal/LocalNeo4j.java.
import * as os from 'node:os';
import { execFile, spawn } from 'node:child_process';
import { existsSync, promises as fsp } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { classArchiveFlags, trainClassArchive } from './classArchive';
import { SupervisedProcess, supervise } from './neo4jSupervisor';

export const INSTALL_HINT = 'Install Java 17+ (java) and Maven 3.8+ (mvn), or Docker, or set NEO4J_URI';

// Neo4j 5 on Java 17 needs these opens (see docs in STACK.md, "Neo4j without Docker").
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];
const MAIN_CLASS = 'cascade.neo4jlocal.LocalNeo4j';
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
// A cold build downloads ~345 MB; a lock older than this is from a build that died without cleaning up.
const LOCK_STALE_MS = 15 * 60_000;

/** Walks up from this file: it runs from src/neo4j (jest, tsx) and from dist/src/neo4j (built). */
function findLauncherDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'neo4j-local');
    if (existsSync(path.join(candidate, 'pom.xml'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`neo4j-local/pom.xml not found above ${__dirname}`);
  }
}

function run(cmd: string, args: string[], opts: { cwd?: string; timeoutMs: number }): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: opts.cwd, timeout: opts.timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const out = `${stdout}${stderr}`;
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') return reject(err);
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, out });
    });
  });
}

async function requireTool(cmd: 'java' | 'mvn'): Promise<string> {
  let res: { code: number; out: string };
  try {
    res = await run(cmd, cmd === 'java' ? ['-version'] : ['-v'], { timeoutMs: 30_000 });
  } catch {
    throw new Error(`Cannot run embedded Neo4j: '${cmd}' not found on PATH. ${INSTALL_HINT}.`);
  }
  if (cmd === 'java') {
    const major = Number(/version "(\d+)/.exec(res.out)?.[1] ?? 0);
    if (major < 17) throw new Error(`Cannot run embedded Neo4j: java is version ${major || 'unknown'}, need 17+. ${INSTALL_HINT}.`);
  }
  return res.out;
}

async function mtimeMs(file: string): Promise<number> {
  return (await fsp.stat(file)).mtimeMs;
}

async function newestInput(dir: string): Promise<number> {
  let newest = await mtimeMs(path.join(dir, 'pom.xml'));
  const walk = async (d: string): Promise<void> => {
    for (const e of await fsp.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else newest = Math.max(newest, await mtimeMs(p));
    }
  };
  await walk(path.join(dir, 'src'));
  return newest;
}

/** The runnable classpath if the last build is newer than every input and its jars are still in ~/.m2. */
async function builtClasspath(dir: string): Promise<string | undefined> {
  const target = path.join(dir, 'target');
  // A stamp written after a successful build: Maven leaves classes untouched when only the pom changes,
  // so their mtimes cannot tell "built" from "stale".
  const stamp = path.join(target, '.build-stamp');
  const cpFile = path.join(target, 'classpath.txt');
  const jar = path.join(target, 'neo4j-local.jar');
  if (![stamp, cpFile, jar].every((f) => existsSync(f))) return undefined;
  if ((await mtimeMs(stamp)) < (await newestInput(dir))) return undefined;
  const deps = (await fsp.readFile(cpFile, 'utf8')).trim();
  if (!deps || !deps.split(path.delimiter).every((jar) => existsSync(jar))) return undefined;
  // The packaged jar, not target/classes: the class archive accepts jars only (see classArchive.ts).
  return [jar, deps].join(path.delimiter);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Exclusive-create lock file; waits while another live process holds it, breaks it when stale. */
async function withBuildLock<T>(lockFile: string, log: (msg: string) => void, fn: () => Promise<T>): Promise<T> {
  let announced = false;
  for (;;) {
    try {
      const fh = await fsp.open(lockFile, 'wx');
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const [pidText, age] = await Promise.all([
      fsp.readFile(lockFile, 'utf8').catch(() => ''),
      fsp.stat(lockFile).then((s) => Date.now() - s.mtimeMs, () => 0),
    ]);
    const holder = Number(pidText.trim());
    if ((holder > 0 && !pidAlive(holder)) || age > LOCK_STALE_MS) {
      log(`neo4j-local: removing stale build lock (pid ${holder || '?'}, ${Math.round(age / 1000)} s old)`);
      await fsp.rm(lockFile, { force: true });
      continue;
    }
    if (!announced) log(`neo4j-local: waiting for build in process ${holder || '?'}`);
    announced = true;
    await new Promise((r) => setTimeout(r, 500));
  }
  try {
    return await fn();
  } finally {
    await fsp.rm(lockFile, { force: true });
  }
}

/**
 * Builds neo4j-local with Maven when its output is missing or older than its sources, else reuses it.
 * Returns the full `java -cp` value (the launcher's jar plus the runtime dependency jars) and the
 * JVM flags that map the class archive, after training one the first time (classArchive.ts).
 */
export async function ensureLauncherBuilt(log: (msg: string) => void): Promise<{ classpath: string; jvmFlags: string[] }> {
  const java = (await requireTool('java')).trim();
  const dir = findLauncherDir();
  const target = path.join(dir, 'target');
  const { classpath } = await ensureLauncherJar(dir, log);
  const flags = await classArchiveFlags(target, java, classpath);
  if (flags) return { classpath, jvmFlags: flags };
  return withBuildLock(path.join(target, '.build.lock'), log, async () => {
    const trainedMeanwhile = await classArchiveFlags(target, java, classpath);
    if (trainedMeanwhile) return { classpath, jvmFlags: trainedMeanwhile };
    const port = await freeLoopbackPort();
    const jvmFlags = await trainClassArchive({ target, java, classpath, jvmFlags: JVM_FLAGS, mainClass: MAIN_CLASS, port, log });
    return { classpath, jvmFlags };
  });
}

async function ensureLauncherJar(dir: string, log: (msg: string) => void): Promise<{ classpath: string }> {
  const ready = await builtClasspath(dir);
  if (ready) return { classpath: ready };

  await requireTool('mvn');
  const target = path.join(dir, 'target');
  await fsp.mkdir(target, { recursive: true });
  return withBuildLock(path.join(target, '.build.lock'), log, async () => {
    // Another process may have finished the build while we waited for the lock.
    const builtMeanwhile = await builtClasspath(dir);
    if (builtMeanwhile) return { classpath: builtMeanwhile };
    log('neo4j-local: building the embedded Neo4j launcher with Maven (first run downloads ~345 MB)...');
    const started = Date.now();
    const stampTime = new Date();
    const res = await run('mvn', ['-q', '-B', '-f', path.join(dir, 'pom.xml'), '-DskipTests', 'package'], {
      cwd: dir,
      timeoutMs: 20 * 60_000,
    });
    if (res.code !== 0) {
      throw new Error(`neo4j-local: 'mvn package' failed (exit ${res.code}):\n${res.out.slice(-4000)}`);
    }
    // Stamp with the build's start time so a source edited during the build still counts as newer.
    const stamp = path.join(target, '.build-stamp');
    await fsp.writeFile(stamp, `${stampTime.toISOString()}\n`);
    await fsp.utimes(stamp, stampTime, stampTime);
    const classpath = await builtClasspath(dir);
    if (!classpath) throw new Error('neo4j-local: build succeeded but target/classpath.txt or target/neo4j-local.jar is missing');
    log(`neo4j-local: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { classpath };
  });
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface EmbeddedNeo4j {
  uri: string;
  /** The JVM's pid now: it changes when the JVM is restarted. */
  readonly pid: number;
  /** Times the JVM was restarted after it exited on its own. */
  readonly restarts: number;
  /** Stops the JVM; it is not restarted after this. */
  stop(): Promise<void>;
}

/**
 * Neo4j's memory when nobody says otherwise, sized to the machine: a sixth of its memory for the
 * heap (768 MB to 4 GB) and an eighth for the page cache (256 MB to 2 GB). An import is one
 * transaction, all or nothing, and a 100k-component estate needs ~3.2 GB of heap for it (768 MB
 * stopped it with TOO_LARGE); a small machine keeps the old small figures.
 * CASCADE_NEO4J_HEAP and CASCADE_NEO4J_PAGECACHE (JVM sizes such as 2g or 512m) override.
 */
export function memoryFor(totalBytes: number, env: NodeJS.ProcessEnv): { heap: string; pageCache: string } {
  const mb = (bytes: number, min: number, max: number) => `${Math.round(Math.min(max, Math.max(min, bytes / 2 ** 20)))}m`;
  const size = (value: string | undefined, fallback: string) => {
    if (value === undefined || value.trim() === '') return fallback;
    if (!/^\d+[kmg]$/i.test(value.trim())) throw new Error(`a JVM memory size such as 2g or 512m was expected, got "${value}"`);
    return value.trim();
  };
  return {
    heap: size(env.CASCADE_NEO4J_HEAP, mb(totalBytes / 6, 768, 4096)),
    pageCache: size(env.CASCADE_NEO4J_PAGECACHE, mb(totalBytes / 8, 256, 2048)),
  };
}

type LaunchOptions = { dataDir: string; heap?: string; pageCache?: string; log: (msg: string) => void };

/**
 * Starts Neo4j embedded (building the launcher first if needed) and keeps it running: when the JVM
 * exits without stop() (a crash, an OOM kill, kill -9) it is started again on the same port and
 * data folder, so the driver's URI stays valid and committed data is recovered from the transaction
 * log. The OS releases the store lock with the dead process, so the restart can take the folder.
 */
export async function startEmbeddedNeo4j(opts: LaunchOptions & { port?: number }): Promise<EmbeddedNeo4j> {
  const { classpath, jvmFlags } = await ensureLauncherBuilt(opts.log);
  await fsp.mkdir(opts.dataDir, { recursive: true });
  // A port picked here can be taken before the JVM binds it: retry a fresh pick (only when we picked it).
  for (let attempt = 1; ; attempt++) {
    const port = opts.port ?? (await freeLoopbackPort());
    try {
      const first = await launch(classpath, jvmFlags, port, opts);
      const supervisor = supervise(first, { start: () => launch(classpath, jvmFlags, port, opts), name: 'neo4j-local', log: opts.log });
      return {
        uri: first.uri,
        get pid() {
          return supervisor.pid;
        },
        get restarts() {
          return supervisor.restarts;
        },
        stop: () => supervisor.stop(),
      };
    } catch (e) {
      const clash = /NEO4J_FAILED .*(in use|BindException)/i.test((e as Error).message);
      if (opts.port !== undefined || !clash || attempt >= 3) throw e;
      opts.log(`neo4j-local: port ${port} was taken, retrying on another`);
    }
  }
}

function launch(classpath: string, jvmFlags: string[], port: number, opts: LaunchOptions): Promise<SupervisedProcess & { uri: string }> {
  const args = [
    ...JVM_FLAGS,
    ...jvmFlags,
    `-Xmx${opts.heap ?? memoryFor(os.totalmem(), process.env).heap}`,
    '-cp',
    classpath,
    MAIN_CLASS,
    '--port',
    String(port),
    '--data',
    path.resolve(opts.dataDir),
    '--pagecache',
    opts.pageCache ?? memoryFor(os.totalmem(), process.env).pageCache,
    // The JVM exits when this pipe closes, so a crashed or exited Node process leaves no orphan.
    '--exit-on-stdin-close',
  ];
  const started = Date.now();
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderrTail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    stderrTail = (stderrTail + d).slice(-4000);
  });
  const exited = new Promise<string>((resolve) => {
    const how = () => (child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}`);
    if (child.exitCode !== null || child.signalCode !== null) resolve(how());
    else child.once('exit', () => resolve(how()));
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };

  return new Promise((resolve, reject) => {
    let stdoutBuf = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Kill before reporting: the caller gets no handle to stop it.
      child.kill('SIGKILL');
      if (/store_lock|FileLockException/.test(stderrTail)) {
        reject(
          new Error(
            `the data folder ${path.resolve(opts.dataDir)} is in use by another Neo4j (is \`npm start\` already running?). ` +
              'Stop that process, or point CASCADE_NEO4J_DATA at another folder, or set NEO4J_URI to share one server.',
          ),
        );
        return;
      }
      reject(new Error(`Embedded Neo4j failed to start: ${why}\n--- java stderr (tail) ---\n${stderrTail.trim()}`));
    };
    const timer = setTimeout(() => fail(`no NEO4J_READY line within ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS);
    child.once('error', (e) => fail(`could not run java: ${e.message}. ${INSTALL_HINT}.`));
    // 'close', not 'exit': it fires after stderr is drained, so the tail holds NEO4J_FAILED.
    child.once('close', (code, signal) => fail(`java exited (${signal ?? `code ${code}`}) before it was ready`));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (settled) return; // keep draining so the pipe never fills
      stdoutBuf += d;
      const m = /^NEO4J_READY (\S+)$/m.exec(stdoutBuf);
      if (!m) return;
      settled = true;
      clearTimeout(timer);
      // Let Node exit if the caller never calls stop(): stdin then closes and the JVM follows.
      child.unref();
      for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as net.Socket).unref?.();
      opts.log(`neo4j-local: Neo4j ready at ${m[1]} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);
      resolve({ uri: m[1], pid: child.pid as number, exited, stop });
    });
  });
}
