import { InvalidArgumentError } from 'commander';

/** Commander's parser for an option that takes a positive number (requests, seconds, clients). */
export function positiveNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new InvalidArgumentError('must be a positive number');
  return parsed;
}
