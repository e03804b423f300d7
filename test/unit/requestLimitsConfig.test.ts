import { InvalidInputError, ValidationError } from '../../src/domain/errors';
import { DEFAULT_REQUEST_LIMITS, readRequestLimits } from '../../src/graphql/limits/requestLimits';

describe('request limits read from the environment', () => {
  test('an empty environment gives the defaults', () => {
    expect(readRequestLimits({})).toEqual(DEFAULT_REQUEST_LIMITS);
  });

  test('in production introspection is off unless CASCADE_INTROSPECTION turns it on', () => {
    expect(readRequestLimits({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(readRequestLimits({ NODE_ENV: 'production', CASCADE_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  test('empty values count as unset', () => {
    expect(readRequestLimits({ CASCADE_MAX_DEPTH: '', CASCADE_INTROSPECTION: ' ' })).toEqual(DEFAULT_REQUEST_LIMITS);
  });

  test.each([
    ['CASCADE_MAX_DEPTH', '8', { maxDepth: 8 }],
    ['CASCADE_MAX_ALIASES', '0', { maxAliases: 0 }],
    ['CASCADE_MAX_COST', '200000', { maxCost: 200_000 }],
    ['CASCADE_MAX_TOKENS', '1000', { maxTokens: 1_000 }],
    ['CASCADE_MAX_DIRECTIVES', '0', { maxDirectives: 0 }],
    ['CASCADE_INTROSPECTION', 'false', { introspection: false }],
    ['CASCADE_INTROSPECTION', 'true', { introspection: true }],
  ])('%s=%s sets its limit and leaves the others at their defaults', (name, value, expected) => {
    expect(readRequestLimits({ [name]: value })).toEqual({ ...DEFAULT_REQUEST_LIMITS, ...expected });
  });

  test.each([
    ['CASCADE_MAX_DEPTH', 'ten', 'CASCADE_MAX_DEPTH: must be a whole number of at least 1, got "ten"'],
    ['CASCADE_MAX_DEPTH', '0', 'CASCADE_MAX_DEPTH: must be a whole number of at least 1, got "0"'],
    ['CASCADE_MAX_COST', '-5', 'CASCADE_MAX_COST: must be a whole number of at least 1, got "-5"'],
    ['CASCADE_MAX_TOKENS', '1.5', 'CASCADE_MAX_TOKENS: must be a whole number of at least 1, got "1.5"'],
    ['CASCADE_MAX_TOKENS', '1e4', 'CASCADE_MAX_TOKENS: must be a whole number of at least 1, got "1e4"'],
    ['CASCADE_MAX_ALIASES', '99999999999999999999', 'CASCADE_MAX_ALIASES: must be a whole number of at least 0, got "99999999999999999999"'],
    ['CASCADE_INTROSPECTION', 'yes', 'CASCADE_INTROSPECTION: must be true or false, got "yes"'],
  ])('%s=%s is refused with a message naming the variable', (name, value, message) => {
    expect(() => readRequestLimits({ [name]: value })).toThrow(ValidationError);
    expect(() => readRequestLimits({ [name]: value })).toThrow(message);
  });

  test('every bad value is named at once', () => {
    const read = () => readRequestLimits({ CASCADE_MAX_DEPTH: 'x', CASCADE_MAX_COST: 'y', CASCADE_INTROSPECTION: 'maybe' });
    expect(read).toThrow(InvalidInputError);
    try {
      read();
    } catch (error) {
      expect((error as InvalidInputError).details.problems).toEqual([
        expect.objectContaining({ path: 'CASCADE_MAX_DEPTH' }),
        expect.objectContaining({ path: 'CASCADE_MAX_COST' }),
        expect.objectContaining({ path: 'CASCADE_INTROSPECTION' }),
      ]);
    }
  });
});
