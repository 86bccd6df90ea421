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
