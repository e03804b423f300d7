// A class-data-sharing (CDS) archive for the embedded Neo4j launcher: the classes Neo4j loads while it
// starts and answers its first statements, parsed and verified once and then mapped by every start.
//
// Why: on this 2-core machine most of Neo4j's start is the JVM loading and verifying ~20k classes
// from jars, not opening the store. The 100k bench database became Bolt-ready in 30.3 s and 40.2 s
// without the archive and 14.9 s and 25.7 s with it, alternating, at load 2-6 (docs/performance.md).
//
// How (JDK 13+ dynamic archive): one training start with -XX:ArchiveClassesAtExit writes the
// archive when the JVM exits; later starts pass -XX:SharedArchiveFile. The JVM checks the archive
// itself (same JVM build, same classpath, jars unchanged) and, if it does not fit, warns and loads
// classes the ordinary way, so a stale archive costs time, never correctness.
import { spawn } from 'node:child_process';
import { existsSync, promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';

const ARCHIVE = 'neo4j-local.jsa';
/** Beside the archive: for which JVM and classpath it was made, or that training failed there. */
const RECORD = 'neo4j-local.jsa.json';
const TRAINING_TIMEOUT_MS = 5 * 60_000;

/**
 * Statements the training start answers, so the Cypher parser, planner and runtimes are loaded
 * (and archived) too, not only the store: the API's first questions after a start pay for them.
 * Shapes like the API's own: schema, UNWIND MERGE writes, traversals, aggregation, deletes.
 */
const TRAINING_STATEMENTS = [
  'CREATE CONSTRAINT training_id IF NOT EXISTS FOR (n:Training) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX training_kind IF NOT EXISTS FOR (n:Training) ON (n.kind)',
  "UNWIND range(1, 200) AS i MERGE (n:Training {id: toString(i)}) SET n.name = 'n' + i, n.kind = CASE WHEN i % 2 = 0 THEN 'A' ELSE 'B' END",
  'UNWIND range(2, 200) AS i MATCH (a:Training {id: toString(i)}), (b:Training {id: toString(i - 1)}) MERGE (a)-[r:DEPENDS_ON]->(b) SET r.weight = i',
  'MATCH (n:Training) OPTIONAL MATCH (n)-[r]->(m) RETURN n.id AS id, collect(m.id) AS to, count(r) AS c ORDER BY id',
  "MATCH p = (:Training {id: '200'})-[:DEPENDS_ON*1..50]->() RETURN length(p) AS l ORDER BY l DESC LIMIT 1",
  "MATCH (n:Training) WHERE n.kind = $kind WITH n.kind AS k, count(*) AS c, collect(n { .id, .name }) AS rows RETURN k, c, size(rows)",
  'MATCH (n:Training) DETACH DELETE n',
];

interface Record {
  java: string;
  classpath: string;
  /** The jars' modification times: the JVM refuses an archive whose jars changed (a rebuild). */
  jarTimes: number[];
  ok: boolean;
}

async function jarTimes(classpath: string): Promise<number[]> {
  return Promise.all(classpath.split(path.delimiter).map((jar) => fsp.stat(jar).then((s) => Math.round(s.mtimeMs), () => -1)));
}

function recordOf(target: string): Promise<Record | null> {
  return fsp
    .readFile(path.join(target, RECORD), 'utf8')
    .then((text) => JSON.parse(text) as Record)
    .catch(() => null);
}

/**
 * The JVM flags that use the archive, [] when there is none for this JVM and classpath, or null
 * when it has not been tried yet (the caller then trains, under its build lock).
 */
export async function classArchiveFlags(target: string, java: string, classpath: string): Promise<string[] | null> {
  const record = await recordOf(target);
  if (!record || record.java !== java || record.classpath !== classpath) return null;
  if (JSON.stringify(record.jarTimes) !== JSON.stringify(await jarTimes(classpath))) return null;
  const archive = path.join(target, ARCHIVE);
  return record.ok && existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`] : [];
}

/**
 * One training start of Neo4j on an empty temporary folder with -XX:ArchiveClassesAtExit. Writes
 * the archive (or a record that training failed, so later starts do not try again for this JVM
 * and classpath) and returns classArchiveFlags' answer. Never throws: without an archive Neo4j
 * only starts slower.
 */
export async function trainClassArchive(opts: {
  target: string;
  java: string;
  classpath: string;
  jvmFlags: string[];
  mainClass: string;
  port: number;
  log: (msg: string) => void;
}): Promise<string[]> {
  const { target, java, classpath, log } = opts;
  const archive = path.join(target, ARCHIVE);
  const partial = `${archive}.partial`;
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cascade-cds-'));
  const started = Date.now();
  log('neo4j-local: one training start to write a class archive (faster starts from now on)...');
  let ok = false;
  try {
    await fsp.rm(partial, { force: true });
    await trainingRun({ ...opts, archive: partial, dataDir });
    await fsp.rename(partial, archive);
    ok = true;
    log(`neo4j-local: class archive written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    log(`neo4j-local: no class archive (${(e as Error).message}); Neo4j starts without one`);
    await fsp.rm(partial, { force: true });
  } finally {
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
  const record: Record = { java, classpath, jarTimes: await jarTimes(classpath), ok };
  await fsp.writeFile(path.join(target, RECORD), `${JSON.stringify(record)}\n`);
  return ok ? [`-XX:SharedArchiveFile=${archive}`] : [];
}

async function trainingRun(opts: {
  archive: string;
  dataDir: string;
  classpath: string;
  jvmFlags: string[];
  mainClass: string;
  port: number;
}): Promise<void> {
  const args = [
    ...opts.jvmFlags,
    `-XX:ArchiveClassesAtExit=${opts.archive}`,
    // The dump warns once per class it skips (signed jars, ...): hundreds of lines nobody reads.
    '-Xlog:disable',
    '-Xlog:all=error:stderr',
    '-Xmx512m',
    '-cp',
    opts.classpath,
    opts.mainClass,
    '--port',
    String(opts.port),
    '--data',
    opts.dataDir,
    '--pagecache',
    '64m',
    '--exit-on-stdin-close',
  ];
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderrTail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    stderrTail = (stderrTail + d).slice(-2000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), TRAINING_TIMEOUT_MS);
  try {
    const uri = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d: string) => {
        out += d;
        const m = /^NEO4J_READY (\S+)$/m.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('error', reject);
      void exited.then((code) => reject(new Error(`training JVM exited (code ${code}) before it was ready: ${stderrTail.trim().slice(-300)}`)));
    });
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'));
    try {
      const session = driver.session();
      try {
        for (const statement of TRAINING_STATEMENTS) {
          if (/^(CREATE (CONSTRAINT|INDEX))/.test(statement)) await session.run(statement);
          else if (/MERGE|DELETE/.test(statement)) await session.executeWrite((tx) => tx.run(statement));
          else await session.executeRead((tx) => tx.run(statement, { kind: 'A' }));
        }
      } finally {
        await session.close();
      }
    } finally {
      await driver.close();
    }
    // Closing stdin makes the launcher exit normally, which is when the JVM writes the archive.
    child.stdin.end();
    const code = await exited;
    if (code !== 0) throw new Error(`training JVM exited with code ${code}`);
    if (!existsSync(opts.archive)) throw new Error('the JVM wrote no archive');
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
