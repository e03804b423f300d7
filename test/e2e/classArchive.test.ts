import { execFile } from 'node:child_process';
import { ensureLauncherBuilt } from '../../src/neo4j/localNeo4j';

// The class archive is what keeps Neo4j's start within seconds on a small machine
// (src/neo4j/classArchive.ts). The JVM silently falls back to loading classes from jars when an
// archive does not fit, so a broken archive would only show as slow starts: check here that the
// launcher has one and that the JVM really maps the launcher's classes from it.
test('the embedded launcher starts from a class archive that the JVM maps', async () => {
  const { classpath, jvmFlags } = await ensureLauncherBuilt(() => undefined);
  expect(jvmFlags).toEqual([expect.stringMatching(/^-XX:SharedArchiveFile=.*neo4j-local\.jsa$/)]);

  // -Xshare:on makes an archive that cannot be mapped an error; the launcher, given no arguments,
  // prints its usage and exits, after loading its main class (logged with where it came from).
  const { code, out } = await new Promise<{ code: number; out: string }>((resolve) => {
    execFile('java', ['-Xshare:on', ...jvmFlags, '-Xlog:class+load=info', '-cp', classpath, 'cascade.neo4jlocal.LocalNeo4j'], { timeout: 60_000, maxBuffer: 64 * 2 ** 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code) : 0, out: `${stdout}${stderr}` }),
    );
  });
  expect(out).toContain('NEO4J_FAILED usage: LocalNeo4j');
  expect(code).toBe(1);
  expect(out).toMatch(/cascade\.neo4jlocal\.LocalNeo4j source: shared objects file \(top\)/);
}, 300_000);
