import { ImpactReport } from '../../src/domain/impact/impactReport';
import { State } from '../../src/domain/impact/state';
import { Topology } from '../../src/domain/impact/topology';
import { lastImpactReport } from '../../src/services/lastImpactReport';

/** Only the version and the object's identity matter to the memo. */
function topologyAt(version: string): Topology {
  return { version } as unknown as Topology;
}

function reportOf(label: string): ImpactReport {
  return { label } as unknown as ImpactReport;
}

const DOWN: [string, State][] = [['srv-1', 'DOWN']];

describe('lastImpactReport', () => {
  const cases: { name: string; second: (first: Topology) => { topology: Topology; own: [string, State][] }; shared: boolean }[] = [
    { name: 'the same topology, version and own states share the report', second: (t) => ({ topology: t, own: DOWN }), shared: true },
    { name: 'another own state makes a new report', second: (t) => ({ topology: t, own: [['srv-1', 'DEGRADED']] }), shared: false },
    { name: 'one more failure makes a new report', second: (t) => ({ topology: t, own: [...DOWN, ['srv-2', 'DOWN']] }), shared: false },
    { name: 'no failure any more makes a new report', second: (t) => ({ topology: t, own: [] }), shared: false },
    { name: 'one failure swapped for another makes a new report', second: (t) => ({ topology: t, own: [['srv-2', 'DOWN']] }), shared: false },
    {
      name: 'a topology changed in place (a new version) makes a new report',
      second: (t) => {
        (t as { version: string }).version = '2';
        return { topology: t, own: DOWN };
      },
      shared: false,
    },
    { name: 'another topology at the same version makes a new report', second: () => ({ topology: topologyAt('1'), own: DOWN }), shared: false },
  ];

  it.each(cases)('$name', ({ second, shared }) => {
    const topology = topologyAt('1');
    let made = 0;
    const make = () => reportOf(`report ${++made}`);
    const first = lastImpactReport(topology, new Map(DOWN), make);
    const next = second(topology);
    const again = lastImpactReport(next.topology, new Map(next.own), make);
    expect(again === first).toBe(shared);
    expect(made).toBe(shared ? 1 : 2);
  });

  it('the same states in another order make a new report (a report lists failures in the order given)', () => {
    const topology = topologyAt('1');
    let made = 0;
    const make = () => reportOf(`report ${++made}`);
    const two: [string, State][] = [...DOWN, ['srv-2', 'DEGRADED']];
    lastImpactReport(topology, new Map(two), make);
    lastImpactReport(topology, new Map([...two].reverse()), make);
    expect(made).toBe(2);
  });

  it('keeps what it was asked with, not the caller\'s map: changing that map afterwards makes a new report', () => {
    const topology = topologyAt('1');
    let made = 0;
    const make = () => reportOf(`report ${++made}`);
    const own = new Map(DOWN);
    lastImpactReport(topology, own, make);
    own.set('srv-1', 'DEGRADED');
    lastImpactReport(topology, own, make);
    expect(made).toBe(2);
  });

  it('keeps only the last report of a topology: going back to earlier states makes it again', () => {
    const topology = topologyAt('1');
    let made = 0;
    const make = () => reportOf(`report ${++made}`);
    lastImpactReport(topology, new Map(DOWN), make);
    lastImpactReport(topology, new Map(), make);
    lastImpactReport(topology, new Map(DOWN), make);
    expect(made).toBe(3);
  });
});
