import { InvalidInputError, Problem } from '../errors';

/** Where a figure came from: a vendor's datasheet, measured in operation, or assumed by someone. */
export type FigureSource = 'VENDOR' | 'MEASURED' | 'ASSUMED';

/**
 * A component's availability: the probability it is up, or its mean time between failures and mean
 * time to repair (then availability = MTBF / (MTBF + MTTR), the steady-state figure).
 */
export interface AvailabilityFigure {
  availability?: number | null;
  mtbfHours?: number | null;
  mttrHours?: number | null;
  source?: FigureSource | null;
}

/** The probability that the component is up; null when the figure says nothing. */
export function availabilityOfFigure(figure: AvailabilityFigure, path = 'figure'): number | null {
  const problems = figureProblems(figure, path);
  if (problems.length > 0) throw new InvalidInputError(problems);
  if (figure.availability !== null && figure.availability !== undefined) return figure.availability;
  if (figure.mtbfHours !== null && figure.mtbfHours !== undefined && figure.mttrHours !== null && figure.mttrHours !== undefined) {
    return figure.mtbfHours / (figure.mtbfHours + figure.mttrHours);
  }
  return null;
}

export function figureProblems(figure: AvailabilityFigure, path: string): Problem[] {
  const problems: Problem[] = [];
  const { availability, mtbfHours, mttrHours } = figure;
  const given = (x: number | null | undefined): x is number => x !== null && x !== undefined;
  if (given(availability) && !(availability >= 0 && availability <= 1)) problems.push({ path: `${path}.availability`, message: 'must be between 0 and 1' });
  if (given(mtbfHours) && !(mtbfHours > 0 && Number.isFinite(mtbfHours))) problems.push({ path: `${path}.mtbfHours`, message: 'must be a positive number of hours' });
  if (given(mttrHours) && !(mttrHours >= 0 && Number.isFinite(mttrHours))) problems.push({ path: `${path}.mttrHours`, message: 'must be zero or a positive number of hours' });
  if (given(mtbfHours) !== given(mttrHours)) problems.push({ path, message: 'mtbfHours and mttrHours come together' });
  if (given(availability) && given(mtbfHours) && given(mttrHours)) {
    const implied = mtbfHours / (mtbfHours + mttrHours);
    // Two figures that disagree leave the answer depending on which one wins: refuse instead.
    if (Math.abs(implied - availability) > 1e-9) problems.push({ path, message: `availability ${availability} disagrees with MTBF/(MTBF+MTTR) = ${implied}` });
  }
  return problems;
}
