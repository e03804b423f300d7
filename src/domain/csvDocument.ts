import { Problem } from './errors';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, TopologyDocument } from './topologyDocument';
import { PropertyValue, WorldNode, WorldRelationship } from './world';

/**
 * CSV for the two things estates export most: components and their dependencies. Converted to a
 * topology document, so the same validation and all-or-nothing import apply; problems point back
 * at file and line.
 *
 * components.csv: id,name,kind[,location][,description][,owner][,product][,availability][,mtbfHours][,mttrHours][,availabilitySource]
 *   owner -> OWNED_BY an Organization, product -> CONFIGURED_FROM a Product (both must exist).
 * dependencies.csv: from,to[,strength][,type]
 *   type DEPENDS_ON (default; strength HARD by default) or HAS_MEMBER (from is the group).
 */
/** A component's availability figure (the column availabilitySource holds where it came from). */
const FIGURE_COLUMNS = ['availability', 'mtbfHours', 'mttrHours'];

export interface CsvFile {
  name: string;
  text: string;
}

/** RFC 4180: commas, double quotes with "" escapes, quoted newlines; returns rows with their line. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      if (cells.some((x) => x !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x !== '')) rows.push({ line: rowLine, cells });
  return rows;
}

export interface CsvConversion {
  document: TopologyDocument;
  problems: Problem[];
  /** Where a document path (nodes[3].properties.kind) came from (components.csv:5 kind). */
  locate(path: string): string;
}

export function csvToDocument(components: CsvFile | null, dependencies: CsvFile | null): CsvConversion {
  const problems: Problem[] = [];
  const nodes: WorldNode[] = [];
  const relationships: WorldRelationship[] = [];
  const nodeOrigin: string[] = [];
  const relationshipOrigin: string[] = [];

  const table = (file: CsvFile, required: string[], known: string[]) => {
    const [header, ...rows] = parseCsv(file.text);
    const columns = (header?.cells ?? []).map((c) => c.trim());
    for (const column of required) if (!columns.includes(column)) problems.push({ path: `${file.name}:1`, message: `needs a "${column}" column` });
    for (const column of columns) if (!known.includes(column)) problems.push({ path: `${file.name}:1`, message: `unknown column "${column}" (known: ${known.join(', ')})` });
    return rows.map((row) => ({
      line: row.line,
      get: (column: string) => {
        const value = row.cells[columns.indexOf(column)]?.trim();
        return value === undefined || value === '' ? null : value;
      },
    }));
  };

  if (components) {
    for (const row of table(components, ['id', 'name', 'kind'], ['id', 'name', 'kind', 'location', 'description', 'owner', 'product', ...FIGURE_COLUMNS, 'availabilitySource'])) {
      const origin = `${components.name}:${row.line}`;
      const id = row.get('id') ?? '';
      const properties: Record<string, PropertyValue> & { name: string } = { name: row.get('name') ?? '' };
      for (const field of ['kind', 'location', 'description']) {
        const value = row.get(field);
        if (value !== null) properties[field] = value;
      }
      // Figures are numbers: a cell that is not one is left as text, and the document's check names it.
      for (const field of [...FIGURE_COLUMNS, 'availabilitySource']) {
        const value = row.get(field);
        if (value !== null) properties[field] = FIGURE_COLUMNS.includes(field) && Number.isFinite(Number(value)) ? Number(value) : value;
      }
      nodes.push({ label: 'Component', id, properties });
      nodeOrigin.push(origin);
      for (const [column, type] of [['owner', 'OWNED_BY'], ['product', 'CONFIGURED_FROM']] as const) {
        const to = row.get(column);
        if (to === null) continue;
        relationships.push({ type, from: id, to });
        relationshipOrigin.push(`${origin} ${column}`);
      }
    }
  }
  if (dependencies) {
    for (const row of table(dependencies, ['from', 'to'], ['from', 'to', 'strength', 'type'])) {
      const origin = `${dependencies.name}:${row.line}`;
      const type = row.get('type') ?? 'DEPENDS_ON';
      if (type !== 'DEPENDS_ON' && type !== 'HAS_MEMBER') {
        problems.push({ path: `${origin} type`, message: 'must be DEPENDS_ON or HAS_MEMBER' });
        continue;
      }
      const strength = row.get('strength');
      const properties = type === 'DEPENDS_ON' ? { strength: strength ?? 'HARD' } : strength === null ? undefined : { strength };
      relationships.push({ type, from: row.get('from') ?? '', to: row.get('to') ?? '', ...(properties ? { properties } : {}) });
      relationshipOrigin.push(origin);
    }
  }

  const locate = (path: string): string => {
    const match = /^(nodes|relationships)\[(\d+)\](?:\.properties)?\.?(.*)$/.exec(path);
    if (!match) return path;
    const origin = (match[1] === 'nodes' ? nodeOrigin : relationshipOrigin)[Number(match[2])];
    return origin ? `${origin}${match[3] ? ` ${match[3]}` : ''}` : path;
  };
  return { document: { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, nodes, relationships }, problems, locate };
}
