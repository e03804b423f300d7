import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseGraphml } from '../domain/network/graphml';
import { networkToWorld } from '../domain/network/networkToWorld';
import type { World } from '../domain/world';

const FILE = join('src', 'seed', 'networks', 'abilene.graphml');

/**
 * Northwind's backbone in the example world: the Abilene research backbone (11 routers, 14 links)
 * as published by the Internet Topology Zoo (source and licence: test/fixtures/networks/SOURCES.md),
 * read from GraphML exactly as `importNetwork` reads it. Harbour Bank is dual-homed at the New York
 * and Washington DC PoPs; internet transit leaves at Chicago and Seattle, where Abilene met the
 * StarLight and Pacific Wave exchanges. So one router failure cuts the bank off nowhere, and the
 * pairs that would (both PoPs, both exits, ...) are what singlePointsOfFailure reports.
 */
export function ispBackbone(): World {
  const parsed = parseGraphml(readFileSync(findFile(__dirname), 'utf8'));
  if (!parsed.document) throw new Error(`${FILE}: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  const { world } = networkToWorld(parsed.document, { networkId: 'isp.backbone', networkName: 'Northwind backbone (Abilene topology)', idPrefix: 'isp.bb', ownerId: 'isp' });
  world.nodes.push({
    label: 'Connectivity',
    id: 'isp.connectivity.harbour-bank',
    properties: {
      name: 'Harbour Bank internet transit',
      description: 'A path across the backbone from either bank PoP (New York, Washington DC) to either transit exit (Chicago, Seattle).',
    },
  });
  world.relationships.push(
    { type: 'THROUGH', from: 'isp.connectivity.harbour-bank', to: 'isp.backbone' },
    { type: 'ATTACHED_AT', from: 'isp.connectivity.harbour-bank', to: 'isp.bb.new-york' },
    { type: 'ATTACHED_AT', from: 'isp.connectivity.harbour-bank', to: 'isp.bb.washington-dc' },
    { type: 'REACHES', from: 'isp.connectivity.harbour-bank', to: 'isp.bb.chicago' },
    { type: 'REACHES', from: 'isp.connectivity.harbour-bank', to: 'isp.bb.seattle' },
    { type: 'OWNED_BY', from: 'isp.backbone', to: 'isp' },
  );
  return world;
}

// Compiled code runs from dist/src/seed, tests from src/seed: the data file stays in src/seed.
function findFile(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, FILE))) return join(dir, FILE);
    if (dirname(dir) === dir) throw new Error(`no ${FILE} above ${start}`);
  }
}
