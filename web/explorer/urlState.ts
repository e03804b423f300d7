/**
 * What the explorer shows, as a query string, so every view has a URL an on-call engineer can
 * paste into an incident channel: `/explorer?fail=isp.core-rtr-1,isp.core-rtr-2` opens that what-if.
 * Pure: no DOM, no globals; the page turns `location.search` into a state and back.
 */

/** The kinds dependencyGraph can leave out (`collapseKinds`). */
export const COLLAPSIBLE_KINDS = ['Component', 'RedundancyGroup', 'Service', 'ServiceInterface', 'ServiceOffering', 'ConsumerGroup', 'Network', 'Connectivity'] as const;
export type CollapsibleKind = (typeof COLLAPSIBLE_KINDS)[number];

export const ANALYSES = ['spof', 'exposure', 'tolerance', 'recovery'] as const;
/** spof: single points of failure of the entity; exposure: what it rests on and its margins; tolerance: a connectivity's cut and best path; recovery: the order to bring the failures back. */
export type Analysis = (typeof ANALYSES)[number];

export const DEFAULT_DEPTH = 3;
export const MAX_DEPTH = 12;

export interface ExplorerState {
  /** The entity opened: its neighbours both ways are drawn. */
  entity: string | null;
  /** Further entities whose neighbours were added to the picture, in the order they were expanded. */
  expand: string[];
  /** Hops drawn each way from the entity (1 to MAX_DEPTH). */
  depth: number;
  /** Kinds left out of the picture (joined by collapsed edges). */
  collapse: CollapsibleKind[];
  /** What-if: these fail (DOWN). Wins over `current` when both are given. */
  fail: string[];
  /** Show the impact of the statuses recorded now, following changes live. */
  current: boolean;
  /** The service chain across organisations around this service or offering. */
  chain: string | null;
  /** An analysis of the entity (or, for recovery, of the failures). */
  analysis: Analysis | null;
  /** The node whose details and explanation chain are shown. */
  select: string | null;
}

export const EMPTY_STATE: ExplorerState = {
  entity: null,
  expand: [],
  depth: DEFAULT_DEPTH,
  collapse: [],
  fail: [],
  current: false,
  chain: null,
  analysis: null,
  select: null,
};

/** Unique, non-empty, trimmed, in first-seen order. */
function ids(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((id) => id.trim()).filter((id) => id.length > 0))];
}

function one(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Reads a query string (with or without its `?`); anything unknown or malformed takes its default. */
export function parseState(search: string): ExplorerState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const depth = Number(params.get('depth'));
  const analysis = params.get('analysis');
  const current = params.get('current');
  const fail = ids(params.get('fail'));
  return {
    entity: one(params.get('entity')),
    expand: ids(params.get('expand')),
    depth: Number.isInteger(depth) && depth >= 1 && depth <= MAX_DEPTH ? depth : DEFAULT_DEPTH,
    collapse: ids(params.get('collapse')).filter((kind): kind is CollapsibleKind => (COLLAPSIBLE_KINDS as readonly string[]).includes(kind)),
    fail,
    current: fail.length === 0 && (current === '1' || current === 'true' || current === ''),
    chain: one(params.get('chain')),
    analysis: (ANALYSES as readonly string[]).includes(analysis ?? '') ? (analysis as Analysis) : null,
    select: one(params.get('select')),
  };
}

/**
 * The query string of a state, `?` included ('' for the empty state). Only what differs from the
 * defaults is written, in a fixed order, and commas stay readable, so equal states give equal URLs.
 */
export function formatState(state: ExplorerState): string {
  const parts: [string, string][] = [];
  if (state.entity) parts.push(['entity', state.entity]);
  if (state.entity && state.expand.length) parts.push(['expand', state.expand.join(',')]);
  if (state.entity && state.depth !== DEFAULT_DEPTH) parts.push(['depth', String(state.depth)]);
  if (state.entity && state.collapse.length) parts.push(['collapse', state.collapse.join(',')]);
  if (state.fail.length) parts.push(['fail', state.fail.join(',')]);
  else if (state.current) parts.push(['current', '1']);
  if (state.chain) parts.push(['chain', state.chain]);
  if (state.analysis) parts.push(['analysis', state.analysis]);
  if (state.select) parts.push(['select', state.select]);
  if (!parts.length) return '';
  const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',');
  return `?${parts.map(([key, value]) => `${key}=${encode(value)}`).join('&')}`;
}

/** Opens an entity: a new picture (expansions and analysis reset), keeping the impact overlay. */
export function openEntity(state: ExplorerState, id: string): ExplorerState {
  return { ...state, entity: id, expand: [], analysis: null, select: id };
}

/** Adds a failure to the what-if (the current impact gives way to it). */
export function addFailure(state: ExplorerState, id: string): ExplorerState {
  return state.fail.includes(id) ? state : { ...state, fail: [...state.fail, id], current: false };
}

export function removeFailure(state: ExplorerState, id: string): ExplorerState {
  return { ...state, fail: state.fail.filter((f) => f !== id) };
}

/** Adds an entity's neighbours to the picture; a second call takes them out again. */
export function toggleExpand(state: ExplorerState, id: string): ExplorerState {
  return { ...state, expand: state.expand.includes(id) ? state.expand.filter((e) => e !== id) : [...state.expand, id] };
}

/** Shows or leaves out a kind. */
export function toggleCollapse(state: ExplorerState, kind: CollapsibleKind): ExplorerState {
  const collapse = state.collapse.includes(kind) ? state.collapse.filter((k) => k !== kind) : [...state.collapse, kind];
  return { ...state, collapse: COLLAPSIBLE_KINDS.filter((k) => collapse.includes(k)) };
}
