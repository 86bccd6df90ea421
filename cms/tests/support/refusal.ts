import { expect } from 'vitest';

type Refusal = { name: string; details?: { errors?: { path: string[]; message: string }[] } };

/** The field errors of a refused save, by field path, as the admin shows them next to each field. */
export const refusal = async (save: Promise<unknown>) => {
  const failure = await save.then(() => null, (e: Refusal) => e);
  expect(failure, 'the save should have been refused').not.toBeNull();
  expect(failure!.name).toBe('ValidationError');
  return Object.fromEntries((failure!.details?.errors ?? []).map((e) => [e.path.join('.'), e.message]));
};
