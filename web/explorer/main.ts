/**
 * The explorer page: the URL holds the view (urlState.ts), the API answers it (operations.ts), the
 * pure modules turn answers into a picture (graphModel.ts, layout.ts), and this file wires them to
 * the DOM: the canvas, the search box and the side panel. Back and forward replay the URL.
 */
import './style.css';
import { chainPaths } from './chainPaths';
import { request, subscribe } from './client';
import { Child, h, replaceChildren } from './dom';
import { chainText, formatPeople, groupLabel, VIA_WORDS } from './format';
import { GraphView } from './graphView';
import {
  KIND_LABELS,
  STATE_COLOURS,
  State,
  StepAnswer,
  ViewGraph,
  ViewNode,
  addDependencyGraph,
  applyGroups,
  addImpact,
  addServiceChain,
  emptyGraph,
  markNodes,
  nodeLines,
  nodeSize,
  toElements,
} from './graphModel';
import { layeredLayout } from './layout';
import type * as Ops from './generated/graphql';
import {
  currentImpactNodesOperation,
  currentImpactOperation,
  entityOperation,
  exposureOperation,
  groupsOperation,
  impactChangedOperation,
  neighbourhoodOperation,
  recoveryPlanOperation,
  serviceChainOperation,
  singlePointsOfFailureOperation,
  toleranceOperation,
  whatIfNodesOperation,
  whatIfOperation,
} from './operations';
import { searchBox } from './searchBox';
import {
  COLLAPSIBLE_KINDS,
  ExplorerState,
  MAX_DEPTH,
  addFailure,
  formatState,
  openEntity,
  parseState,
  removeFailure,
  toggleCollapse,
  toggleExpand,
} from './urlState';

type Impact = Ops.WhatIfQuery['impact'];
type Current = Ops.CurrentImpactQuery['currentImpact'];
type Entity = NonNullable<Ops.EntityQuery['node']>;

/** Kinds an analysis applies to. */
const GRAPH_KINDS = new Set(['Component', 'RedundancyGroup', 'Service', 'ServiceInterface', 'ServiceOffering', 'ConsumerGroup', 'Network', 'Connectivity']);
const SPOF_KINDS = new Set(['Component', 'RedundancyGroup', 'Service', 'ServiceInterface', 'ServiceOffering']);
const EXPOSURE_KINDS = new Set(['Component', 'Service', 'ServiceOffering', 'Organization']);
const CHAIN_KINDS = new Set(['Service', 'ServiceOffering']);
const NODE_LIST_LIMIT = 400;

// ---------------------------------------------------------------------------------------------
// Answers, cached by what they were asked with

const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let found = cache.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

const entityOf = (id: string) => cached(`entity:${id}`, () => request(entityOperation, { id }).then((d) => d.node));
const neighbourhoodOf = (id: string, depth: number, collapse: string[]) =>
  cached(`graph:${id}:${depth}:${collapse.join(',')}`, () =>
    request(neighbourhoodOperation, { root: id, depth, collapseKinds: collapse.length ? (collapse as Ops.DependencyNodeKind[]) : null, maxNodes: 5000 }),
  );
const MAX_IMPACT_NODES = 20_000;
type NodePage = Impact['nodes'];

/** The impact with every page of its nodes (up to MAX_IMPACT_NODES): the first page comes with it, the rest are asked for. */
async function allNodes(impact: Impact, nextPage: (after: string) => Promise<NodePage>): Promise<Impact> {
  let page = impact.nodes;
  const nodes = [...page.nodes];
  while (page.pageInfo.hasNextPage && page.pageInfo.endCursor && nodes.length < MAX_IMPACT_NODES) {
    page = await nextPage(page.pageInfo.endCursor);
    nodes.push(...page.nodes);
  }
  return nodes.length === impact.nodes.nodes.length ? impact : { ...impact, nodes: { ...impact.nodes, nodes } };
}

const whatIfOf = (fail: string[]) =>
  cached(`whatif:${fail.join(',')}`, async () => {
    const failures = fail.map((id) => ({ id }));
    const impact = (await request(whatIfOperation, { failures })).impact;
    return allNodes(impact, async (after) => (await request(whatIfNodesOperation, { failures, after })).impact.nodes);
  });

async function currentOf(pushed: Current | null): Promise<Current> {
  const current = pushed ?? (await request(currentImpactOperation, {})).currentImpact;
  const impact = await allNodes(current.impact, async (after) => (await request(currentImpactNodesOperation, { after })).currentImpact.impact.nodes);
  return impact === current.impact ? current : { ...current, impact };
}
const chainOf = (id: string) => cached(`chain:${id}`, () => request(serviceChainOperation, { id }).then((d) => d.serviceChain));

// ---------------------------------------------------------------------------------------------
// What one view needs

interface Loaded {
  state: ExplorerState;
  entity: Entity | null;
  graphs: Ops.NeighbourhoodQuery[];
  groups: Ops.GroupsQuery['redundancyGroups']['nodes'];
  impact: Impact | null;
  current: Current | null;
  chain: Ops.ServiceChainQuery['serviceChain'] | null;
  selected: Entity | null;
  analysis: Analysed | null;
}

type Analysed =
  | { kind: 'spof'; data: Ops.SinglePointsOfFailureQuery['singlePointsOfFailure'] }
  | { kind: 'exposure'; data: Ops.ExposureQuery['exposure'] }
  | { kind: 'tolerance'; data: Ops.ToleranceQuery['tolerance'] }
  | { kind: 'recovery'; data: Ops.RecoveryPlanQuery['recoveryPlan']; failed: string[] };

interface LiveSession {
  stop: () => void;
  data: Current | null;
  updates: number;
  at: Date | null;
}

let live: LiveSession | null = null;

async function analyse(state: ExplorerState, impact: Impact | null): Promise<Analysed | null> {
  const target = state.entity;
  switch (state.analysis) {
    case 'spof':
      return target ? { kind: 'spof', data: (await request(singlePointsOfFailureOperation, { target })).singlePointsOfFailure } : null;
    case 'exposure':
      return target ? { kind: 'exposure', data: (await request(exposureOperation, { target })).exposure } : null;
    case 'tolerance':
      return target ? { kind: 'tolerance', data: (await request(toleranceOperation, { connectivity: target, failures: state.fail.map((id) => ({ id })) })).tolerance } : null;
    case 'recovery': {
      const failed = state.fail.length ? state.fail : (impact?.failures.map((f) => f.id) ?? (target ? [target] : []));
      return failed.length ? { kind: 'recovery', data: (await request(recoveryPlanOperation, { down: failed })).recoveryPlan, failed } : null;
    }
    default:
      return null;
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function load(state: ExplorerState): Promise<Loaded> {
  const entity = state.entity ? entityOf(state.entity) : Promise.resolve(null);
  const entityKind = (await entity)?.__typename ?? null;
  const drawable = entityKind !== null && GRAPH_KINDS.has(entityKind);
  const roots = state.entity && drawable ? [state.entity, ...state.expand] : [];
  const graphs = Promise.all(roots.map((id, i) => neighbourhoodOf(id, i === 0 ? state.depth : 1, state.collapse)));
  let impact: Promise<Impact | null> = Promise.resolve(null);
  let current: Current | null = null;
  if (state.fail.length) impact = whatIfOf(state.fail);
  else if (state.current) {
    current = await currentOf(live?.data ?? null);
    if (live) live.data = current;
    impact = Promise.resolve(current.impact);
  }
  const chain = state.chain ? chainOf(state.chain) : Promise.resolve(null);
  const selected = state.select ? entityOf(state.select) : Promise.resolve(null);
  const analysis = analyse(state, await impact);
  const groupIds = [...new Set((await graphs).flatMap((g) => [...g.upstream.nodes, ...g.downstream.nodes]).filter((n) => n.kind === 'RedundancyGroup').map((n) => n.id))].sort();
  const groups = Promise.all(chunks(groupIds, 500).map((ids) => cached(`groups:${ids.join(',')}`, () => request(groupsOperation, { ids }))));
  return {
    state,
    entity: await entity,
    graphs: await graphs,
    groups: (await groups).flatMap((g) => g.redundancyGroups.nodes),
    impact: await impact,
    current,
    chain: await chain,
    selected: await selected,
    analysis: await analysis,
  };
}

// ---------------------------------------------------------------------------------------------
// The picture

function buildGraph(view: Loaded): ViewGraph {
  const graph = emptyGraph();
  for (const g of view.graphs) {
    addDependencyGraph(graph, g.upstream);
    addDependencyGraph(graph, g.downstream);
  }
  applyGroups(graph, view.groups);
  if (view.impact) addImpact(graph, view.impact);
  if (!graph.nodes.size && view.chain) addServiceChain(graph, view.chain.links);
  if (view.entity && graph.nodes.has(view.entity.id)) graph.nodes.get(view.entity.id)!.root = true;
  const a = view.analysis;
  if (a?.kind === 'spof') {
    markNodes(graph, a.data.sets.filter((s) => s.components.length === 1).map((s) => s.components[0].id), 'spof');
    markNodes(graph, a.data.sets.filter((s) => s.components.length > 1).flatMap((s) => s.components.map((c) => c.id)), 'zero-margin');
  } else if (a?.kind === 'exposure') {
    const entries = a.data.entries.nodes;
    markNodes(graph, entries.filter((e) => e.singlePointOfFailure).map((e) => e.node.id), 'spof');
    markNodes(graph, entries.filter((e) => e.margin === 0 && !e.singlePointOfFailure).map((e) => e.node.id), 'zero-margin');
    markNodes(graph, entries.filter((e) => e.margin !== 0).map((e) => e.node.id), 'exposed');
  } else if (a?.kind === 'tolerance') {
    markNodes(graph, a.data.cut.map((c) => c.id), 'cut');
    markNodes(graph, a.data.bestPath.map((c) => c.id), 'path');
  } else if (a?.kind === 'recovery') {
    markNodes(graph, a.data.layers.flatMap((l) => l.nodes.map((n) => n.id)), 'recovery');
  }
  return graph;
}

/** The explanation chain of a node: how the failure got there (failed node first). */
function explanation(view: Loaded, id: string | null): readonly StepAnswer[] {
  if (!id || !view.impact) return [];
  const group = view.impact.consumerGroups.find((g) => g.consumerGroup.id === id);
  if (group) return group.chain;
  return view.impact.nodes.nodes.find((n) => n.id === id)?.chain ?? [];
}

// ---------------------------------------------------------------------------------------------
// The page

const canvas = h('div', { id: 'graph', className: 'graph', tabindex: 0, role: 'img', 'aria-label': 'Dependency picture. The node list in the side panel holds the same nodes.' });
const panel = h('aside', { id: 'panel', className: 'panel', 'aria-label': 'Details' });
const status = h('p', { id: 'status', className: 'status', role: 'status', 'aria-live': 'polite' });
const title = h('h1', { id: 'view-title', className: 'view-title' }, 'Cascade explorer');
const view = new GraphView(canvas, { select: (id) => go({ ...state, select: id }, true), open: (id) => go(openEntity(state, id)) });
let state: ExplorerState = parseState(location.search);
let shown: Loaded | null = null;
let generation = 0;

function go(next: ExplorerState, replace = false): void {
  const url = `${location.pathname}${formatState(next)}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  state = next;
  void refresh();
}

window.addEventListener('popstate', () => {
  state = parseState(location.search);
  void refresh();
});

function button(label: string, action: () => void, extra: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', onclick: action, ...extra }, label);
}

function stateBadge(s: string | null | undefined): HTMLElement {
  const key = (s ?? 'NONE') as State | 'NONE';
  const colours = STATE_COLOURS[key] ?? STATE_COLOURS.NONE;
  return h('span', { className: `badge state-${key}`, style: `background:${colours.fill};color:${colours.text}` }, s ?? '—');
}

function nodeButton(id: string, name: string): HTMLButtonElement {
  return h('button', { type: 'button', className: 'link', 'data-id': id, onclick: () => go({ ...state, select: id }, true) }, name);
}

function section(heading: string, ...children: Child[]): HTMLElement {
  const id = `h-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, heading), ...children);
}

async function refresh(): Promise<void> {
  const ticket = ++generation;
  syncLive();
  status.textContent = 'Loading…';
  document.body.setAttribute('aria-busy', 'true');
  try {
    const loaded = await load(state);
    if (ticket !== generation) return;
    shown = loaded;
    render(loaded);
    status.textContent = liveText();
  } catch (error) {
    if (ticket !== generation) return;
    status.textContent = `Could not load this view: ${(error as Error).message}`;
  } finally {
    if (ticket === generation) document.body.removeAttribute('aria-busy');
  }
}

function liveText(): string {
  if (!state.current || !live) return '';
  return live.at ? `Live: updated at ${live.at.toLocaleTimeString('en-GB')} (${live.updates} update${live.updates === 1 ? '' : 's'})` : 'Live: following status changes';
}

/** Follows impactChanged while the current impact is shown; stops when it is not. */
function syncLive(): void {
  if (state.current && !state.fail.length) {
    if (live) return;
    const session: LiveSession = { stop: () => undefined, data: null, updates: 0, at: null };
    live = session;
    session.stop = subscribe(impactChangedOperation, {}, {
      next: (data) => {
        if (live !== session) return;
        session.data = data.impactChanged;
        session.updates++;
        session.at = new Date();
        document.body.dataset.liveUpdates = String(session.updates);
        if (shown && state.current) void refresh();
      },
      error: (error) => {
        status.textContent = `Live updates stopped: ${error.message}`;
      },
    });
  } else if (live) {
    live.stop();
    live = null;
    delete document.body.dataset.liveUpdates;
  }
}

function viewTitle(v: Loaded): string {
  const parts: string[] = [];
  if (v.state.fail.length) parts.push(`What if ${v.state.fail.length === 1 ? '1 component fails' : `${v.state.fail.length} components fail`}`);
  else if (v.state.current) parts.push('Current impact (live)');
  if (v.entity) parts.push(v.entity.name);
  if (v.chain && v.state.chain) parts.push(`Service chain of ${v.state.chain}`);
  return parts.length ? parts.join(' · ') : 'Cascade explorer';
}

/** Nodes per row so the drawing's shape roughly matches the canvas: wider canvases, longer rows. */
function rowLength(count: number, sizes: { width: number; height: number }[]): number {
  if (!count) return 1;
  const aspect = Math.max(0.5, canvas.clientWidth / Math.max(1, canvas.clientHeight));
  const width = sizes.reduce((sum, s) => sum + s.width, 0) / count + 24;
  const height = sizes.reduce((sum, s) => sum + s.height, 0) / count + 60;
  return Math.max(3, Math.ceil(Math.sqrt((aspect * count * height) / width) * 1.3));
}

function render(v: Loaded): void {
  const graph = buildGraph(v);
  const nodes = [...graph.nodes.values()];
  const sizes = new Map(nodes.map((n) => [n.id, nodeSize(nodeLines(n), n.kind)]));
  const positions = layeredLayout(
    nodes.map((n) => ({ id: n.id, ...sizes.get(n.id)! })),
    [...graph.edges.values()],
    { maxPerRow: rowLength(nodes.length, [...sizes.values()]) },
  );
  const chain = explanation(v, v.state.select);
  view.show(toElements(graph, positions), v.state.select, chain.map((s) => s.id));
  canvas.dataset.nodes = String(nodes.length);
  document.getElementById('current-toggle')?.setAttribute('aria-pressed', String(v.state.current));
  title.textContent = viewTitle(v);
  document.title = `${viewTitle(v)} — Cascade`;
  replaceChildren(
    panel,
    !v.entity && !v.impact && !v.chain ? welcome() : null,
    selectedSection(v, graph, chain),
    analysisSection(v),
    chainSection(v),
    impactSections(v),
    pictureSection(v),
    nodeList(nodes),
  );
}

function welcome(): HTMLElement {
  const example = (label: string, search: string) => h('li', {}, h('a', { href: `/explorer${search}` }, label));
  return section(
    'Start here',
    h('p', {}, 'Search any component, service, offering or consumer group above (press / to jump there), or open one of these views:'),
    h(
      'ul',
      {},
      example('What if both ISP core routers fail?', '?fail=isp.core-rtr-1,isp.core-rtr-2'),
      example('The current impact, live', '?current=1'),
      example('What net banking rests on', '?entity=bank.netbanking'),
      example('The service chain of business internet', '?chain=isp.business-internet'),
    ),
  );
}

function impactSections(v: Loaded): Child[] {
  const impact = v.impact;
  if (!impact) return [];
  const sections: Child[] = [];
  if (v.state.fail.length) {
    sections.push(
      section(
        'What-if failures',
        h(
          'ul',
          { className: 'chips' },
          impact.failures.map((f) =>
            h('li', {}, nodeButton(f.id, f.name), ' ', button('Remove', () => go(removeFailure(state, f.id)), { 'aria-label': `Remove ${f.name} from the what-if` })),
          ),
        ),
        h('p', {}, button('Recovery plan', () => go({ ...state, analysis: 'recovery' })), ' ', button('Clear the what-if', () => go({ ...state, fail: [], analysis: null }))),
      ),
    );
  } else if (v.current) {
    const statuses = v.current.statuses;
    sections.push(
      section(
        'Recorded statuses',
        statuses.length
          ? h('ul', {}, statuses.map((s) => h('li', { 'data-id': s.node.id }, nodeButton(s.node.id, s.node.name), ' ', stateBadge(s.state), s.reason ? ` — ${s.reason}` : '')))
          : h('p', {}, 'Everything is UP.'),
      ),
    );
  }
  const s = impact.summary;
  sections.push(
    section(
      'People affected',
      h('p', { className: 'people-total' }, h('strong', {}, formatPeople(s.peopleDown)), ' people cut off, ', h('strong', {}, formatPeople(s.peopleDegraded)), ' with a degraded service'),
      impact.consumerGroups.length
        ? h(
            'table',
            { id: 'people', className: 'people' },
            h('caption', {}, 'People affected per consumer group'),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Consumer group'), h('th', { scope: 'col' }, 'Organisation'), h('th', { scope: 'col' }, 'State'), h('th', { scope: 'col', className: 'num' }, 'People'))),
            h(
              'tbody',
              {},
              impact.consumerGroups.map((g) =>
                h(
                  'tr',
                  { 'data-id': g.consumerGroup.id },
                  h('th', { scope: 'row' }, nodeButton(g.consumerGroup.id, g.consumerGroup.name)),
                  h('td', {}, g.consumerGroup.organization?.name ?? '—'),
                  h('td', {}, stateBadge(g.state)),
                  h('td', { className: 'num people-count' }, formatPeople(g.people)),
                ),
              ),
            ),
          )
        : h('p', {}, 'No consumer group is affected.'),
    ),
  );
  if (impact.redundancyVerdicts.length) {
    sections.push(
      section(
        'Redundancy groups',
        h(
          'ul',
          { className: 'verdicts' },
          impact.redundancyVerdicts.map((r) =>
            h('li', { 'data-id': r.group.id }, nodeButton(r.group.id, r.group.name), ': ', h('span', { className: 'verdict' }, groupLabel(r.available, r.members, r.required)), ' ', stateBadge(r.state)),
          ),
        ),
      ),
    );
  }
  if (impact.organizations.length) {
    sections.push(
      section(
        'Organisations affected',
        h('ul', {}, impact.organizations.map((o) => h('li', {}, o.organization.name, ' ', stateBadge(o.state), ` as ${o.roles.map((r) => r.toLowerCase()).join(' and ')}`))),
      ),
    );
  }
  if (impact.cyclicSupport.length) {
    sections.push(
      section(
        'Cyclic support',
        h('p', {}, 'Up only because these cycles hold each other up: they would not come back after a cold start.'),
        h(
          'ul',
          {},
          impact.cyclicSupport.map((c) => h('li', {}, h('strong', {}, c.cycle.map((n) => n.name).join(' ⇄ ')), ` holds up ${c.nodes.length} node${c.nodes.length === 1 ? '' : 's'}`)),
        ),
      ),
    );
  }
  return sections;
}

function selectedSection(v: Loaded, graph: ViewGraph, chain: readonly StepAnswer[]): Child {
  const id = v.state.select;
  if (!id) return null;
  const entity = v.selected;
  const drawn = graph.nodes.get(id);
  const kind = entity?.__typename ?? drawn?.kind ?? '';
  const name = entity?.name ?? drawn?.name ?? id;
  const failing = v.state.fail.includes(id);
  const details: Child[] = [];
  if (entity?.__typename === 'Component') details.push(`${entity.kind.toLowerCase().replace(/_/g, ' ')}${entity.location ? ` at ${entity.location}` : ''}${entity.owner ? `, owned by ${entity.owner.name}` : ''}`);
  if (entity?.__typename === 'Service' && entity.provider) details.push(`provided by ${entity.provider.name}`);
  if (entity?.__typename === 'ServiceOffering' && entity.offeredBy) details.push(`offered by ${entity.offeredBy.name}`);
  if (entity?.__typename === 'ConsumerGroup') details.push(`${formatPeople(entity.size)} people${entity.organization ? ` of ${entity.organization.name}` : ''}`);
  if (drawn?.group) details.push(groupLabel(drawn.group.available, drawn.group.members, drawn.group.required));
  const actions: Child[] = [
    v.state.entity !== id ? button('Open', () => go(openEntity(state, id))) : null,
    v.state.entity && v.state.entity !== id && GRAPH_KINDS.has(kind)
      ? button(v.state.expand.includes(id) ? 'Hide its neighbours' : 'Expand its neighbours', () => go(toggleExpand(state, id)))
      : null,
    GRAPH_KINDS.has(kind) && kind !== 'ConsumerGroup' && kind !== 'Network'
      ? failing
        ? button('Stop failing it', () => go(removeFailure(state, id)))
        : button('Fail it (what-if)', () => go(addFailure(state, id)))
      : null,
    CHAIN_KINDS.has(kind) ? button('Service chain', () => go({ ...state, chain: id })) : null,
    SPOF_KINDS.has(kind) ? button('Single points of failure', () => go({ ...openEntity(state, id), analysis: 'spof' })) : null,
    EXPOSURE_KINDS.has(kind) ? button('Exposure', () => go({ ...openEntity(state, id), analysis: 'exposure' })) : null,
    kind === 'Connectivity' ? button('Tolerance', () => go({ ...openEntity(state, id), analysis: 'tolerance' })) : null,
  ];
  return section(
    'Selected',
    h('p', { className: 'selected-name' }, h('strong', {}, name), ' ', drawn?.state ? stateBadge(drawn.state) : null),
    h('p', { className: 'meta' }, `${KIND_LABELS[kind] ?? kind} · `, h('code', {}, id)),
    details.length ? h('p', {}, details.join(' · ')) : null,
    entity?.description ? h('p', { className: 'description' }, entity.description) : null,
    h('div', { className: 'actions' }, actions),
    chain.length
      ? h(
          'div',
          { className: 'explanation' },
          h('h3', {}, 'Why: the chain from the failure'),
          h(
            'ol',
            { id: 'explanation', className: 'chain', 'aria-label': chainText(chain) },
            chain.map((step) =>
              h(
                'li',
                { 'data-id': step.id },
                step.via ? h('span', { className: 'via' }, VIA_WORDS[step.via] ?? step.via) : null,
                nodeButton(step.id, step.name),
                ' ',
                stateBadge(step.state),
                ' ',
                h('code', {}, step.id),
              ),
            ),
          ),
        )
      : null,
    entity?.__typename === 'Organization'
      ? h(
          'div',
          {},
          h('h3', {}, 'Provides'),
          h('ul', {}, [...entity.services, ...entity.offerings].map((s) => h('li', {}, button(s.name, () => go(openEntity(state, s.id)), { className: 'link' })))),
        )
      : null,
  );
}

function analysisSection(v: Loaded): Child {
  const a = v.analysis;
  if (!a) return null;
  const close = button('Close the analysis', () => go({ ...state, analysis: null }));
  const item = (id: string, name: string, extra: Child = null) => h('li', { 'data-id': id }, nodeButton(id, name), extra ? ' ' : null, extra);
  switch (a.kind) {
    case 'spof': {
      const singles = a.data.sets.filter((s) => s.components.length === 1);
      const pairs = a.data.sets.filter((s) => s.components.length > 1);
      return section(
        'Single points of failure',
        h('p', {}, `${singles.length} component${singles.length === 1 ? '' : 's'} alone and ${pairs.length} pair${pairs.length === 1 ? '' : 's'} take ${v.entity?.name ?? 'it'} DOWN (${a.data.candidates} candidates tried${a.data.truncated ? ', pair search cut short' : ''}). Outlined in violet (solid: alone, dashed: in a pair).`),
        h('ol', {}, singles.map((s) => item(s.components[0].id, s.components[0].name, `cuts off ${formatPeople(s.peopleDown)} people`))),
        pairs.length ? h('h3', {}, 'Pairs') : null,
        pairs.length ? h('ol', {}, pairs.map((s) => h('li', {}, s.components.map((c) => c.name).join(' + '), ` — ${formatPeople(s.peopleDown)} people`))) : null,
        close,
      );
    }
    case 'exposure': {
      const entries = a.data.entries.nodes;
      const zero = entries.filter((e) => e.margin === 0);
      return section(
        'Exposure',
        h('p', {}, `${a.data.entries.totalCount} things upstream can affect ${v.entity?.name ?? 'it'}; ${zero.length} with no margin (one failure there reaches it as DOWN). Providers: ${a.data.organizations.map((o) => o.name).join(', ') || 'none'}.`),
        h('ol', {}, zero.map((e) => item(e.node.id, e.node.name, `${e.hops} hop${e.hops === 1 ? '' : 's'}${e.singlePointOfFailure ? ', single point of failure' : ''}`))),
        close,
      );
    }
    case 'tolerance':
      return section(
        'Tolerance',
        h('p', {}, a.data.summary),
        h('p', {}, 'Best path (blue): ', a.data.bestPath.length ? a.data.bestPath.map((c) => c.name).join(' → ') : 'none'),
        h('p', {}, 'Smallest cut (violet): ', a.data.cut.map((c) => c.name).join(', ') || 'none'),
        close,
      );
    case 'recovery':
      return section(
        'Recovery plan',
        h('p', {}, `${a.data.down} nodes DOWN come back in ${a.data.layerCount} layers; start each layer once the one before is up.`),
        h(
          'ol',
          { id: 'recovery', className: 'layers' },
          a.data.layers.map((l) =>
            h('li', {}, l.forcedCycle ? h('strong', {}, 'Start together (a cycle): ') : null, l.nodes.map((n) => n.name).join(', ')),
          ),
        ),
        a.data.blocked.length ? h('p', {}, `Blocked: ${a.data.blocked.join(', ')}`) : null,
        close,
      );
  }
}

function chainSection(v: Loaded): Child {
  if (!v.chain || !v.state.chain) return null;
  const paths = chainPaths(v.chain.links);
  const path = (p: (typeof paths)[number]) =>
    h(
      'li',
      { className: 'path' },
      p.names.map((n, i) => [i ? h('span', { className: 'arrow', 'aria-hidden': 'true' }, ' → ') : null, h('span', { className: 'org' }, n)]),
      p.people !== undefined ? ` (${formatPeople(p.people)} people)` : null,
      p.service ? h('span', { className: 'meta' }, ` · ${p.service}${p.soft ? ', soft' : ''}`) : null,
    );
  const up = paths.filter((p) => p.direction === 'UPSTREAM');
  const down = paths.filter((p) => p.direction === 'DOWNSTREAM');
  return section(
    'Service chain',
    h('p', {}, 'Organisations in chain order: ', h('strong', { id: 'chain-organisations' }, v.chain.organizations.map((o) => o.name).join(' → '))),
    up.length ? h('h3', {}, 'What it rests on') : null,
    up.length ? h('ul', { className: 'paths' }, up.map(path)) : null,
    down.length ? h('h3', {}, 'Who receives it') : null,
    down.length ? h('ul', { id: 'chain-paths', className: 'paths' }, down.map(path)) : null,
    v.chain.truncated ? h('p', {}, 'The chain goes further than shown.') : null,
    button('Close the chain', () => go({ ...state, chain: null })),
  );
}

function pictureSection(v: Loaded): Child {
  if (!v.entity || !v.graphs.length) return null;
  const depth = h(
    'select',
    { id: 'depth', onchange: (e: Event) => go({ ...state, depth: Number((e.target as HTMLSelectElement).value) }) },
    Array.from({ length: MAX_DEPTH }, (_, i) => h('option', { value: i + 1, selected: v.state.depth === i + 1 }, String(i + 1))),
  );
  const truncated = v.graphs.some((g) => g.upstream.truncated || g.downstream.truncated);
  return section(
    'Picture',
    h('p', {}, h('label', { for: 'depth' }, 'Hops each way '), depth, truncated ? ' (more lies further)' : ''),
    h(
      'fieldset',
      { className: 'kinds' },
      h('legend', {}, 'Kinds shown'),
      COLLAPSIBLE_KINDS.map((kind) =>
        h(
          'label',
          {},
          h('input', { type: 'checkbox', checked: !v.state.collapse.includes(kind), disabled: v.entity?.__typename === kind, onchange: () => go(toggleCollapse(state, kind)) }),
          ` ${KIND_LABELS[kind]}`,
        ),
      ),
    ),
  );
}

function nodeList(nodes: ViewNode[]): Child {
  if (!nodes.length) return null;
  const order: Record<string, number> = { DOWN: 0, DEGRADED: 1, UP: 2 };
  const sorted = [...nodes].sort((a, b) => (order[a.state ?? 'UP'] ?? 3) - (order[b.state ?? 'UP'] ?? 3) || a.name.localeCompare(b.name));
  return section(
    `Nodes in the picture (${nodes.length})`,
    h(
      'ul',
      { id: 'node-list', className: 'node-list' },
      sorted.slice(0, NODE_LIST_LIMIT).map((n) =>
        h(
          'li',
          { 'data-id': n.id, 'data-state': n.state ?? '' },
          h('button', { type: 'button', className: 'link', onclick: () => { go({ ...state, select: n.id }, true); view.focus(n.id); } }, n.name),
          ' ',
          n.state ? stateBadge(n.state) : h('span', { className: 'meta' }, KIND_LABELS[n.kind] ?? n.kind),
          n.group ? h('span', { className: 'meta' }, ` ${groupLabel(n.group.available, n.group.members, n.group.required)}`) : null,
        ),
      ),
    ),
    nodes.length > NODE_LIST_LIMIT ? h('p', {}, `… and ${nodes.length - NODE_LIST_LIMIT} more: search for them.`) : null,
  );
}

function legend(): HTMLElement {
  const swatch = (label: string, key: State | 'NONE') => h('li', {}, h('span', { className: 'swatch', style: `background:${STATE_COLOURS[key].fill};border-color:${STATE_COLOURS[key].border}` }), label);
  return h(
    'div',
    { className: 'legend', 'aria-label': 'Legend' },
    h('ul', {}, swatch('DOWN', 'DOWN'), swatch('DEGRADED', 'DEGRADED'), swatch('UP', 'UP'), swatch('no impact shown', 'NONE')),
    h(
      'ul',
      {},
      h('li', {}, h('span', { className: 'swatch line-double' }), 'failed'),
      h('li', {}, h('span', { className: 'swatch line-violet' }), 'single point of failure / no margin'),
      h('li', {}, h('span', { className: 'swatch line-blue' }), 'chain / path'),
      h('li', {}, h('span', { className: 'swatch line-dashed' }), 'held up by a cycle'),
    ),
    h('p', {}, 'Infrastructure at the bottom, consumers at the top; arrows run the way impact travels. Dashed edges are soft needs.'),
  );
}

function currentToggle(): HTMLElement {
  return button('Current impact (live)', () => go(state.current ? { ...state, current: false } : { ...state, current: true, fail: [] }), { id: 'current-toggle', 'aria-pressed': String(state.current) });
}

function mount(): void {
  const header = h(
    'header',
    { className: 'top' },
    h('a', { href: '/explorer', className: 'brand' }, 'Cascade'),
    searchBox((hit) => go(openEntity(state, hit.id))),
    h('nav', { 'aria-label': 'Views' }, currentToggle(), h('a', { href: '/graphql', className: 'ide' }, 'GraphQL IDE')),
  );
  const main = h('main', { className: 'layout' }, h('div', { className: 'stage' }, title, status, legend(), canvas), panel);
  document.body.replaceChildren(header, main);
  void refresh();
}

mount();
