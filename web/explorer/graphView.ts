/**
 * The picture: Cytoscape.js on a canvas, which keeps thousands of nodes interactive. Positions come
 * from layout.ts (preset), colours and labels from graphModel.ts; this file only draws and reports
 * clicks. Keyboard: the canvas is focusable; arrows pan, + and - zoom, 0 fits.
 */
import cytoscape, { Core, ElementDefinition, StylesheetJson } from 'cytoscape';

const SHAPES: Record<string, string> = {
  Component: 'rectangle',
  RedundancyGroup: 'cut-rectangle',
  Service: 'round-rectangle',
  ServiceInterface: 'round-tag',
  ServiceOffering: 'barrel',
  ConsumerGroup: 'ellipse',
  Network: 'octagon',
  Connectivity: 'rhomboid',
  Organization: 'round-rectangle',
};

const HIGHLIGHT = '#5b2bd6';
const CHAIN = '#0057d9';

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle',
      'background-color': 'data(fill)',
      'border-color': 'data(border)',
      'border-width': 2,
      color: 'data(text)',
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-valign': 'center',
      'text-halign': 'center',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
      'font-size': 14,
      'line-height': 1.25,
      width: 'data(width)',
      height: 'data(height)',
      'min-zoomed-font-size': 7,
    },
  },
  ...Object.entries(SHAPES).map(([kind, shape]) => ({ selector: `node.kind-${kind}`, style: { shape } }) as StylesheetJson[number]),
  { selector: 'node.kind-ConsumerGroup', style: { 'font-weight': 'bold' } },
  { selector: 'node.root', style: { 'border-width': 5, 'border-color': '#14213d', 'font-weight': 'bold' } },
  { selector: 'node.failed', style: { 'border-width': 6, 'border-style': 'double', 'border-color': '#2b0006' } },
  { selector: 'node.cyclic', style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': '#6d2b00' } },
  { selector: 'node.mark-exposed', style: { 'border-width': 3, 'border-style': 'dotted', 'border-color': HIGHLIGHT } },
  { selector: 'node.mark-zero-margin', style: { 'border-width': 6, 'border-style': 'dashed', 'border-color': HIGHLIGHT } },
  { selector: 'node.mark-spof', style: { 'border-width': 7, 'border-style': 'solid', 'border-color': HIGHLIGHT } },
  { selector: 'node.mark-path', style: { 'border-width': 6, 'border-color': CHAIN } },
  { selector: 'node.mark-cut', style: { 'border-width': 7, 'border-style': 'solid', 'border-color': HIGHLIGHT } },
  { selector: 'node.mark-chain', style: { 'border-width': 6, 'border-color': CHAIN } },
  { selector: 'node.mark-recovery', style: { 'border-width': 5, 'border-color': CHAIN } },
  { selector: 'node:selected', style: { 'overlay-color': CHAIN, 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#8a94a6',
      'target-arrow-color': '#8a94a6',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'arrow-scale': 1.1,
      label: 'data(label)',
      'font-size': 11,
      color: '#2c3e50',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'min-zoomed-font-size': 9,
    },
  },
  { selector: 'edge.soft', style: { 'line-style': 'dashed' } },
  { selector: 'edge.chain', style: { width: 5, 'line-color': CHAIN, 'target-arrow-color': CHAIN, 'z-index': 10 } },
];

export interface GraphViewHandlers {
  /** A node was clicked or tapped. */
  select(id: string): void;
  /** A node was double-clicked: open it. */
  open(id: string): void;
}

export class GraphView {
  private readonly cy: Core;
  private shown = '';

  constructor(container: HTMLElement, handlers: GraphViewHandlers) {
    this.cy = cytoscape({ container, style, layout: { name: 'preset' }, minZoom: 0.02, maxZoom: 3, boxSelectionEnabled: false });
    this.cy.on('tap', 'node', (event) => handlers.select(event.target.id()));
    this.cy.on('dbltap', 'node', (event) => handlers.open(event.target.id()));
    container.addEventListener('keydown', (event) => this.key(event));
  }

  /** Draws these elements; refits only when the set of nodes changed, so a live update does not jump. */
  show(elements: { nodes: unknown[]; edges: unknown[] }, selected: string | null, chain: string[]): void {
    const nodes = elements.nodes as ElementDefinition[];
    const edges = elements.edges as ElementDefinition[];
    const key = nodes
      .map((n) => n.data.id)
      .sort()
      .join('\n');
    const big = nodes.length > 1500;
    this.cy.batch(() => {
      if (key !== this.shown) {
        this.cy.elements().remove();
        this.cy.add([...nodes, ...edges]);
      } else {
        for (const n of nodes) {
          const el = this.cy.getElementById(n.data.id!);
          el.data(n.data);
          el.classes(n.classes as string);
        }
        this.cy.edges().remove();
        this.cy.add(edges);
      }
      this.cy.style().selector('edge').style('curve-style', big ? 'haystack' : 'bezier').update();
      this.cy.$(':selected').unselect();
      if (selected) this.cy.getElementById(selected).select();
      const onChain = new Set(chain);
      this.cy.edges().forEach((edge) => {
        const i = chain.indexOf(edge.source().id());
        edge.toggleClass('chain', i >= 0 && chain[i + 1] === edge.target().id());
      });
      this.cy.nodes().forEach((node) => {
        node.toggleClass('mark-chain', onChain.has(node.id()));
      });
    });
    if (key !== this.shown) {
      this.shown = key;
      this.fit();
    }
  }

  fit(): void {
    this.cy.fit(undefined, 30);
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center();
    }
  }

  /** Brings a node into view (e.g. chosen from the node list). */
  focus(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.nonempty()) this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 0.8) }, { duration: 200 });
  }

  /** How many nodes are drawn, and their ids by state: what the tests and the node list read. */
  count(): number {
    return this.cy.nodes().length;
  }

  private key(event: KeyboardEvent): void {
    const step = 60;
    const pans: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (pans[event.key]) this.cy.panBy({ x: pans[event.key][0], y: pans[event.key][1] });
    else if (event.key === '+' || event.key === '=') this.cy.zoom({ level: this.cy.zoom() * 1.25, renderedPosition: this.middle() });
    else if (event.key === '-') this.cy.zoom({ level: this.cy.zoom() / 1.25, renderedPosition: this.middle() });
    else if (event.key === '0') this.fit();
    else return;
    event.preventDefault();
  }

  private middle(): { x: number; y: number } {
    return { x: this.cy.width() / 2, y: this.cy.height() / 2 };
  }
}
