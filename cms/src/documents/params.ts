import { errors } from '@strapi/utils';
import { isRecord } from '../is-record';

export type Data = Record<string, unknown>;
export type FieldError = { path: string[]; message: string; name: 'ValidationError' };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A middleware sees every action's params, typed per action, so they are read field by field; `data` stays the caller's object, to change. */
export const paramsOf = (context: { params?: unknown }) => {
  const params = isRecord(context.params) ? context.params : {};
  return {
    data: isRecord(params.data) ? params.data : undefined,
    documentId: text(params.documentId),
    locale: text(params.locale),
    status: text(params.status),
  };
};

export const fieldError = (path: string[], message: string): FieldError => ({ path, message, name: 'ValidationError' });

/** Refuses the write with every problem named on its field, for the admin to show there in German. */
export const refuse = (found: FieldError[]) => {
  if (found.length === 0) return;
  throw new errors.ValidationError(found.length === 1 ? found[0].message : `${found.length} Angaben müssen korrigiert werden.`, { errors: found });
};

/** Whether a to-one relation input sets the relation, clears it, or leaves it as it is (undefined). */
export const willBeSet = (input: unknown): boolean | undefined => {
  if (input === undefined) return undefined;
  if (input === null) return false;
  if (Array.isArray(input)) return input.length > 0;
  if (!isRecord(input)) return true;
  if ('documentId' in input || 'id' in input) return true;
  if (Array.isArray(input.set)) return input.set.length > 0;
  if (Array.isArray(input.connect) && input.connect.length) return true;
  if (Array.isArray(input.disconnect) && input.disconnect.length) return false;
  return undefined;
};

/** The entries a to-one or to-many relation input connects, by documentId (or row id, as the admin may send it). */
export const connectedIn = (input: unknown): { documentId?: string; id?: number }[] => {
  if (typeof input === 'string') return [{ documentId: input }];
  if (typeof input === 'number') return [{ id: input }];
  if (Array.isArray(input)) return input.flatMap(connectedIn);
  if (!isRecord(input)) return [];
  if (typeof input.documentId === 'string') return [{ documentId: input.documentId }];
  if (typeof input.id === 'number') return [{ id: input.id }];
  return [...connectedIn(input.connect), ...connectedIn(input.set)];
};
