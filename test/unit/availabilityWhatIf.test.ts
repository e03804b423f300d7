import { AvailabilityFigure } from '../../src/domain/availability/availabilityFigure';
import { computeAvailability } from '../../src/domain/availability/computeAvailability';
import { StructureChange, availabilityWhatIf } from '../../src/domain/availability/whatIf';
import { buildGraph } from '../helpers/graphBuilder';

const figures = (values: Record<string, number>) => new Map(Object.entries(values).map(([id, a]): [string, AvailabilityFigure] => [id, { availability: a }]));

type Case = {
  change: string;
  edges: string[];
  groups?: Record<string, number | string>;
  changes: StructureChange[];
  /** The same structure written out by hand, with the change made. */
  changedEdges: string[];
  changedGroups?: Record<string, number | string>;
  figures: Record<string, number>;
  expected: number;
};

const cases: Case[] = [
  {
    change: 'a second access circuit beside the first: 1 - (1 - a)^2 instead of a, both behind the same router',
    edges: ['face -I-> s', 's -> circuit', 'circuit -> router'],
    changes: [{ kind: 'ADD_STANDBY', componentId: 'circuit', standbyId: 'circuit2' }],
    changedEdges: ['face -I-> s', 's -> pair', 'pair => circuit', 'pair => circuit2', 'circuit -> router', 'circuit2 -> router'],
    changedGroups: { pair: 1 },
    figures: { circuit: 0.99, circuit2: 0.99, router: 0.999 },
    expected: 0.999 * (1 - 0.01 ** 2),
  },
  {
    change: 'the database 2 of 3 instead of 3 of 3',
    edges: ['face -I-> s', 's -> db', 'db => d1', 'db => d2', 'db => d3'],
    groups: { db: 3 },
    changes: [{ kind: 'SET_REQUIRED', groupId: 'db', minUp: 2 }],
    changedEdges: ['face -I-> s', 's -> db', 'db => d1', 'db => d2', 'db => d3'],
    changedGroups: { db: 2 },
    figures: { d1: 0.9, d2: 0.9, d3: 0.9 },
    expected: 3 * 0.81 - 2 * 0.729,
  },
  {
    change: 'a third web server like the others, needing the same storage',
    edges: ['face -I-> s', 's -> web', 'web => w1', 'web => w2', 'w1 -> san', 'w2 -> san'],
    groups: { web: 2 },
    changes: [{ kind: 'ADD_MEMBER', groupId: 'web', componentId: 'w3', figure: { availability: 0.9 }, likeMember: 'w1' }],
    changedEdges: ['face -I-> s', 's -> web', 'web => w1', 'web => w2', 'web => w3', 'w1 -> san', 'w2 -> san', 'w3 -> san'],
    changedGroups: { web: 2 },
    figures: { w1: 0.9, w2: 0.9, w3: 0.9, san: 0.999 },
    expected: 0.999 * (3 * 0.81 - 2 * 0.729),
  },
  {
    change: 'a new component the service needs',
    edges: ['face -I-> s', 's -> a'],
    changes: [{ kind: 'ADD_COMPONENT', componentId: 'fw', figure: { availability: 0.95 }, neededBy: [{ id: 's' }], needs: [{ id: 'a' }] }],
    changedEdges: ['face -I-> s', 's -> a', 's -> fw', 'fw -> a'],
    figures: { a: 0.9, fw: 0.95 },
    expected: 0.9 * 0.95,
  },
];

describe('availabilityWhatIf', () => {
  test.each(cases)('$change', ({ edges, groups, changes, changedEdges, changedGroups, figures: values, expected }) => {
    const graph = buildGraph(edges, groups);
    const edgeCount = [...graph.allEdges()].length;
    const answer = availabilityWhatIf(graph, 's', figures(values), changes);
    expect(answer.before.availability).toBe(computeAvailability(graph, 's', figures(values)).availability);
    expect(answer.after.availability).toBeCloseTo(expected, 14);
    expect(answer.after.availability).toBeCloseTo(computeAvailability(buildGraph(changedEdges, changedGroups), 's', figures(values)).availability!, 14);
    // Nothing is written: the graph asked about is as it was.
    expect([...graph.allEdges()].length).toBe(edgeCount);
  });

  test('a standby takes its figure from the component it stands beside, unless given one', () => {
    const graph = buildGraph(['face -I-> s', 's -> a']);
    const same = availabilityWhatIf(graph, 's', figures({ a: 0.9 }), [{ kind: 'ADD_STANDBY', componentId: 'a', standbyId: 'b' }]);
    expect(same.after.availability).toBeCloseTo(0.99, 14);
    const better = availabilityWhatIf(graph, 's', figures({ a: 0.9 }), [{ kind: 'ADD_STANDBY', componentId: 'a', standbyId: 'b', figure: { availability: 0.99 } }]);
    expect(better.after.availability).toBeCloseTo(1 - 0.1 * 0.01, 14);
  });

  test.each<[StructureChange, string]>([
    [{ kind: 'SET_REQUIRED', groupId: 'nope', minUp: 1 }, 'changes[0].groupId: nope is not in the impact graph'],
    [{ kind: 'SET_REQUIRED', groupId: 'a', minUp: 1 }, 'a is a Component, not a RedundancyGroup'],
    [{ kind: 'ADD_COMPONENT', componentId: 'a', figure: { availability: 0.5 } }, 'a exists already'],
  ])('a change that cannot apply is refused: %j', (change, message) => {
    expect(() => availabilityWhatIf(buildGraph(['face -I-> s', 's -> a']), 's', figures({ a: 0.9 }), [change])).toThrow(message);
  });
});
