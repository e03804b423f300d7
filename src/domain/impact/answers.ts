import { Connection } from '../connection';
import { ExposureEntry } from './exposure';
import { ImpactedNode } from './impactReport';
import { NodeRef } from './impactGraph';
import { FailureSet } from './singlePointsOfFailure';

/** Answer shapes as the API presents them: ids resolved to NodeRefs, lists paginated. */
export type ImpactedNodePage = Connection<ImpactedNode>;

export interface CyclicSupportView {
  cycle: NodeRef[];
  /** Named when first read. */
  readonly nodes: NodeRef[];
  /** nodes.length, known without naming them. */
  readonly nodeCount: number;
}

export interface RootCauseView {
  componentId: string;
  explains: NodeRef[];
  partiallyExplains: NodeRef[];
  leavesUnexplained: NodeRef[];
  wronglyPredicts: NodeRef[];
  distance: number;
}

export interface RootCauseAnalysisView {
  causes: RootCauseView[];
  candidates: number;
  truncated: boolean;
}

export interface SinglePointsOfFailureView {
  target: NodeRef;
  candidates: number;
  sets: FailureSet[];
  pairChecks: number;
  truncated: boolean;
}

export interface ExposureEntryView extends Omit<ExposureEntry, 'id'> {
  node: NodeRef;
  /** Exact, computed on first request for the whole answer. */
  singlePointOfFailure: () => boolean;
}

export type ExposureEntryPage = Connection<ExposureEntryView>;

export interface ExposureView {
  target: NodeRef;
  all: ExposureEntryView[];
  zeroMargin: () => ExposureEntryView[];
  organizationIds: string[];
}
