import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';

/**
 * The named Cypher statements in cypher/, read once. Statements are source code: they take
 * parameters only and are never assembled from input.
 */
export type CypherFiles = ReadonlyMap<string, string>;

export function findCypherDir(start: string = __dirname): string {
  // Compiled code runs from dist/src/neo4j, tests from src/neo4j: walk up to the project root.
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'cypher');
    if (existsSync(join(candidate, 'constraints.cypher'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no cypher/ folder above ${start}`);
    dir = parent;
  }
}

/** Statements by name: `name.cypher` is "name", `folder/name.cypher` is "folder/name" (one level). */
export function loadCypherFiles(dir: string = findCypherDir()): CypherFiles {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.cypher')) {
      files.set(entry.name.slice(0, -'.cypher'.length), readFileSync(join(dir, entry.name), 'utf8'));
    } else if (entry.isDirectory()) {
      for (const file of readdirSync(join(dir, entry.name))) {
        if (file.endsWith('.cypher')) files.set(`${entry.name}/${file.slice(0, -'.cypher'.length)}`, readFileSync(join(dir, entry.name, file), 'utf8'));
      }
    }
  }
  return files;
}

/** Splits a file of several statements (constraints.cypher) on semicolons at line ends. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
