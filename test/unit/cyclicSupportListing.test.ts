import { CyclicSupportView } from '../../src/domain/impact/answers';
import { cyclicSupportView } from '../../src/domain/impact/cyclicSupport';
import { NodeRef } from '../../src/domain/impact/impactGraph';
import { LiveTopology } from '../../src/domain/impact/liveTopology';
import { propagate } from '../../src/domain/impact/propagate';
import { impactResolvers } from '../../src/graphql/resolvers/impactResolvers';

/**
 * CyclicSupport.nodes(first) and nodeCount: the whole list by default, as before; with `first`, the
 * same list's prefix; the count is the whole list's length whatever `first` says.
 */

type Resolve<T> = (parent: CyclicSupportView, args: Record<string, unknown>) => T;
const resolvers = impactResolvers.CyclicSupport as unknown as { nodes: Resolve<NodeRef[]>; nodeCount: Resolve<number> };

/** A directory group on one domain controller that needs DNS, which needs the directory; an app on top. */
function support(): CyclicSupportView {
  const live = new LiveTopology({
    version: '1',
    nodes: [
      { id: 'dir', kind: 'RedundancyGroup', name: 'Directory', minUp: 1, minUpPercent: null },
      { id: 'dns', kind: 'Component', name: 'DNS' },
      { id: 'dc1', kind: 'Component', name: 'Domain controller 1' },
      { id: 'app', kind: 'Component', name: 'App' },
    ],
    edges: [
      { from: 'dir', to: 'dc1', type: 'HAS_MEMBER', strength: 'HARD' },
      { from: 'dc1', to: 'dns', type: 'DEPENDS_ON', strength: 'HARD' },
      { from: 'dns', to: 'dir', type: 'DEPENDS_ON', strength: 'HARD' },
      { from: 'app', to: 'dir', type: 'DEPENDS_ON', strength: 'HARD' },
    ],
    networkEnds: [],
    groups: [],
    facts: [],
  });
  const [only] = cyclicSupportView(live.graph, live.cycles, new Map(), propagate(live.graph, new Map()));
  return only;
}

describe('CyclicSupport.nodes(first) and nodeCount', () => {
  test.each([
    ['no first lists every node, nearest the cycle first', {}, ['dc1', 'dir', 'dns', 'app']],
    ['first null is no first', { first: null }, ['dc1', 'dir', 'dns', 'app']],
    ['first 0 lists none', { first: 0 }, []],
    ['first 2 lists the two nearest', { first: 2 }, ['dc1', 'dir']],
    ['first equal to the count lists all', { first: 4 }, ['dc1', 'dir', 'dns', 'app']],
    ['first beyond the count lists all', { first: 1000 }, ['dc1', 'dir', 'dns', 'app']],
  ])('%s', (_name, args, ids) => {
    const view = support();
    expect(resolvers.nodes(view, args).map((n) => n.id)).toEqual(ids);
    expect(resolvers.nodeCount(view, args)).toBe(4);
  });

  test.each([[-1], [1.5]])('first %p is refused as bad input', (first) => {
    expect(() => resolvers.nodes(support(), { first })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
