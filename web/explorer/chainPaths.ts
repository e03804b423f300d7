/**
 * A value chain (serviceChain links) as readable paths: for each consumer group downstream, the
 * organisations the value passes through, "Northwind Telecom → Harbour Bank → Retail account
 * holders"; upstream, each provider's route to the subject's organisation. Pure.
 */
import type { ChainLinkAnswer } from './graphModel';

export interface ChainPath {
  direction: 'UPSTREAM' | 'DOWNSTREAM';
  /** Names in the order value flows, provider first. */
  names: string[];
  /** For a path ending at a consumer group: its size. */
  people?: number;
  /** The service the last link provides. */
  service?: string;
  soft: boolean;
}

/** Walks back from a link to hop 1 through links whose consumer is this link's provider, one hop nearer. */
function routeTo(link: ChainLinkAnswer, links: readonly ChainLinkAnswer[], direction: string): ChainLinkAnswer[] {
  const route = [link];
  let current = link;
  while (current.hops > 1) {
    const from = direction === 'DOWNSTREAM' ? current.provider.id : current.consumer?.id;
    const previous = links.find((l) =>
      l.direction === direction && l.hops === current.hops - 1 && (direction === 'DOWNSTREAM' ? l.consumer?.id === from : l.provider.id === from),
    );
    if (!previous) break;
    route.push(previous);
    current = previous;
  }
  return direction === 'DOWNSTREAM' ? route.reverse() : route;
}

/**
 * Downstream: one path per consumer group reached (largest first). Upstream: one path per
 * furthest provider (links no other upstream link starts from), nearest last.
 */
export function chainPaths(links: readonly ChainLinkAnswer[]): ChainPath[] {
  const paths: ChainPath[] = [];
  const seen = new Set<string>();
  const upstream = links.filter((l) => l.direction === 'UPSTREAM');
  const ends = upstream.filter((l) => !upstream.some((o) => o.hops === l.hops + 1 && o.consumer?.id === l.provider.id));
  for (const end of ends.sort((a, b) => b.hops - a.hops || a.provider.name.localeCompare(b.provider.name))) {
    const route = routeTo(end, links, 'UPSTREAM');
    const names = [route[0].provider.name, ...route.map((l) => l.consumer?.name ?? '')].filter((n) => n);
    const key = `U:${names.join('>')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    paths.push({ direction: 'UPSTREAM', names, service: route[route.length - 1].service?.name, soft: route.some((l) => l.strength === 'SOFT') });
  }
  const groups = links.filter((l) => l.direction === 'DOWNSTREAM' && l.consumerGroup);
  for (const link of [...groups].sort((a, b) => b.consumerGroup!.size - a.consumerGroup!.size || a.hops - b.hops)) {
    const route = routeTo(link, links, 'DOWNSTREAM');
    const names = [route[0].provider.name, ...route.map((l) => l.consumer?.name ?? l.consumerGroup!.name)];
    const key = `D:${names.join('>')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    paths.push({ direction: 'DOWNSTREAM', names, people: link.consumerGroup!.size, service: link.service?.name, soft: link.strength === 'SOFT' });
  }
  return paths;
}
