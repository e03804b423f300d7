import { StatedLevel } from '../domain/availability/agreedGap';
import { agreedPeriodOf } from '../domain/availability/agreedPeriod';
import { AvailabilityFigure, FigureSource } from '../domain/availability/availabilityFigure';
import { Gateway } from '../neo4j/gateway';


const SOURCES: readonly string[] = ['VENDOR', 'MEASURED', 'ASSUMED'];
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

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

  /** The availability levels agreed for each target, strictest first; targets with none are left out. One statement. */
  async agreedFor(ids: readonly string[]): Promise<Map<string, StatedLevel[]>> {
    const rows = await this.gateway.read('agreedAvailability', { ids: [...new Set(ids)] });
    const byTarget = new Map<string, StatedLevel[]>();
    for (const row of rows) {
      const level: StatedLevel = {
        sourceId: String(row.sourceId),
        percent: Number(row.percent),
        relationshipId: stringOrNull(row.relationshipId),
        relationshipName: stringOrNull(row.relationshipName),
        consumerId: stringOrNull(row.consumerId),
        // A value the API would refuse (written to Neo4j by hand) reads as no period, not as a guess.
        period: agreedPeriodOf(row.period),
      };
      const id = String(row.targetId);
      const levels = byTarget.get(id);
      if (levels) levels.push(level);
      else byTarget.set(id, [level]);
    }
    return byTarget;
  }
}
