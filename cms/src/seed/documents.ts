import type { Core, UID } from '@strapi/strapi';

type Params = Record<string, unknown>;
type Written = { documentId: string };

/**
 * The document service as the seed uses it, for any type: what data/seed/ holds is checked by
 * Strapi against the schema when it is written, as the admin's input is, not by TypeScript.
 */
type SeedDocuments = {
  findFirst(params: Params): Promise<Written | null>;
  create(params: Params): Promise<Written>;
  update(params: Params): Promise<Written | null>;
};

export const seedDocuments = (strapi: Core.Strapi, uid: UID.ContentType): SeedDocuments => strapi.documents(uid);
