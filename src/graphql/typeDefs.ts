import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The SDL files of schema/, the contract, concatenated in name order. */
export function loadTypeDefs(start: string = __dirname): string {
  const dir = findUp(start, 'schema');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

function findUp(start: string, folder: string): string {
  // Compiled code runs from dist/src/graphql, tests from src/graphql.
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, folder, 'common.graphql'))) return join(dir, folder);
    if (dirname(dir) === dir) throw new Error(`no ${folder}/ folder above ${start}`);
  }
}
