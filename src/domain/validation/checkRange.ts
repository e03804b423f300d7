import { ValidationError } from '../errors';

/** An integer argument within its bounds, or BAD_USER_INPUT naming it. */
export function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(`${name} must be an integer between ${min} and ${max}, got ${value}`);
  }
}
