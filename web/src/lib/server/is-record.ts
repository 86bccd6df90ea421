/** A plain object whose shape is unknown, such as parsed JSON. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
