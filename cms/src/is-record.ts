/** A plain object whose fields may be read one by one: what JSON bodies, params and stored settings are. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
