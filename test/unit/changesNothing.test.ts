import { changesNothing } from '../../src/domain/changesNothing';
import { Entity } from '../../src/domain/entities';

const stored = { label: 'Component', id: 'c', name: 'C', description: null, revision: 3, kind: 'SERVER', location: 'Hall A', tags: ['a', 'b'], size: 5 } as unknown as Entity;

describe('changesNothing: whether an upsert would leave an entity as it is', () => {
  test.each([
    ['no fields at all', {}, true],
    ['the same values', { name: 'C', kind: 'SERVER', location: 'Hall A' }, true],
    ['null for a field that is null', { description: null }, true],
    ['an empty list for a list that is empty or absent', { other: [] }, true],
    ['the same list', { tags: ['a', 'b'] }, true],
    ['the same number', { size: 5 }, true],
    ['another value', { location: 'Hall B' }, false],
    ['null for a field that has a value', { location: null }, false],
    ['a list in another order', { tags: ['b', 'a'] }, false],
    ['a shorter list', { tags: ['a'] }, false],
    ['another number', { size: 6 }, false],
    ['a value for a field that is absent', { description: 'new' }, false],
  ])('%s', (_case, changes, expected) => {
    expect(changesNothing(stored, changes as never)).toBe(expected);
  });
});
