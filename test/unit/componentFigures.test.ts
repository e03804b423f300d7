import { Component } from '../../src/domain/entities';
import { validateEntityInput } from '../../src/domain/validation/validateEntityInput';

const stored: Component = {
  label: 'Component',
  id: 'c',
  name: 'C',
  description: null,
  revision: 1,
  kind: 'SERVER',
  location: null,
  directed: null,
  attributes: null,
  availability: null,
  mtbfHours: null,
  mttrHours: null,
  availabilitySource: null,
};
const problemsOf = (changes: Record<string, unknown>, existing: Component | null = stored) =>
  validateEntityInput('Component', 'c', changes, existing).map((p) => p.path);

describe("a component's availability figure", () => {
  test.each([
    ['an availability in (0, 1]', { availability: 0.9995, availabilitySource: 'VENDOR' }],
    ['an availability of exactly 1', { availability: 1 }],
    ['MTBF and MTTR together', { mtbfHours: 999, mttrHours: 1, availabilitySource: 'MEASURED' }],
    ['availability beside MTBF and MTTR when they agree', { availability: 0.999, mtbfHours: 999, mttrHours: 1 }],
  ])('accepts %s', (_case, changes) => {
    expect(problemsOf(changes)).toEqual([]);
  });

  test.each([
    ['an availability of 0', { availability: 0 }, ['availability']],
    ['an availability above 1', { availability: 1.5 }, ['availability']],
    ['a negative MTBF', { mtbfHours: -1, mttrHours: 1 }, ['mtbfHours']],
    ['an MTTR of 0', { mtbfHours: 10, mttrHours: 0 }, ['mttrHours']],
    ['MTBF without MTTR', { mtbfHours: 10 }, ['mttrHours']],
    ['availability that disagrees with MTBF and MTTR', { availability: 0.5, mtbfHours: 999, mttrHours: 1 }, ['availability']],
    ['a source outside the vocabulary', { availabilitySource: 'GUESSED' }, ['availabilitySource']],
  ])('refuses %s, naming the field', (_case, changes, paths) => {
    expect(problemsOf(changes)).toEqual(paths);
  });

  test('judges the figure as it would be stored: clearing MTTR alone leaves MTBF without it, and names MTTR', () => {
    expect(problemsOf({ mttrHours: null }, { ...stored, mtbfHours: 999, mttrHours: 1 })).toEqual(['mttrHours']);
  });
});
