import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { classArchiveFlags } from '../../src/neo4j/classArchive';

// When a start maps the class archive, trains one first, or goes without: the record beside the
// archive must match this JVM, this classpath and these jars exactly, because the JVM refuses an
// archive that does not fit (it then only starts slower) and training again costs a whole start.
describe('which class archive a Neo4j start uses', () => {
  let dir: string;
  let jar: string;
  let classpath: string;
  const java = 'openjdk version "17.0.15"';

  beforeEach(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cascade-cds-test-'));
    jar = path.join(dir, 'a.jar');
    await fsp.writeFile(jar, 'jar');
    classpath = jar;
  });
  afterEach(() => fsp.rm(dir, { recursive: true, force: true }));

  const writeRecord = async (record: object) => fsp.writeFile(path.join(dir, 'neo4j-local.jsa.json'), JSON.stringify(record));
  const jarTime = async () => Math.round((await fsp.stat(jar)).mtimeMs);
  const archiveFlag = (): string[] | null => [`-XX:SharedArchiveFile=${path.join(dir, 'neo4j-local.jsa')}`];

  test.each([
    ['no record yet: train first', null, true, (): string[] | null => null],
    ['a good archive for this JVM and these jars: map it', { ok: true }, true, archiveFlag],
    ['training failed here before: start without, do not train again', { ok: false }, false, (): string[] | null => []],
    ['the record says ok but the archive is gone: start without', { ok: true }, false, (): string[] | null => []],
    ['made by another JVM: train again', { ok: true, java: 'openjdk version "21.0.1"' }, true, (): string[] | null => null],
    ['made for another classpath: train again', { ok: true, classpath: '/elsewhere/a.jar' }, true, (): string[] | null => null],
    ['a jar rebuilt since: train again', { ok: true, jarTimes: [1] }, true, (): string[] | null => null],
  ])('%s', async (_case, record, archiveExists, expected) => {
    if (record) await writeRecord({ java, classpath, jarTimes: [await jarTime()], ...record });
    if (archiveExists) await fsp.writeFile(path.join(dir, 'neo4j-local.jsa'), 'archive');
    expect(await classArchiveFlags(dir, java, classpath)).toEqual(expected());
  });

  test('an unreadable record counts as none', async () => {
    await fsp.writeFile(path.join(dir, 'neo4j-local.jsa.json'), '{not json');
    expect(await classArchiveFlags(dir, java, classpath)).toBeNull();
  });
});
