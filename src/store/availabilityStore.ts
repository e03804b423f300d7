import { AvailabilityFigure, FigureSource } from '../domain/availability/availabilityFigure';
import { Gateway } from '../neo4j/gateway';

/** An availability someone agreed to for a target, in % as stored, and the entity that says so. */
export interface AgreedAvailability {
  sourceId: string;
  percent: number;
}

const SOURCES: readonly string[] = ['VENDOR', 'MEASURED', 'ASSUMED'];
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/** Typed reads for the availability questions: component figures and agreed levels. */
export class AvailabilityStore {
  constructor(private readonly gateway: Gateway) {}

  /** The figures of those components that have one, in one statement. */
  async figuresOf(componentIds: readonly string[]): Promise<Map<string, AvailabilityFigure>> {
    const rows = await this.gateway.read('componentFigures', { ids: [...new Set(componentIds)] });
    return new Map(
      rows.map((row): [string, AvailabilityFigure] => [
        String(row.id),
        {
          availability: numberOrNull(row.availability),
          mtbfHours: numberOrNull(row.mtbfHours),
          mttrHours: numberOrNull(row.mttrHours),
          source: typeof row.source === 'string' && SOURCES.includes(row.source) ? (row.source as FigureSource) : null,
        },
      ]),
    );
  }

  /** The availability levels agreed for a target, strictest first. */
  async agreedFor(id: string): Promise<AgreedAvailability[]> {
    const rows = await this.gateway.read('agreedAvailability', { id });
    return rows.map((row) => ({ sourceId: String(row.sourceId), percent: Number(row.percent) }));
  }
}
