import type { Core, UID } from '@strapi/strapi';

type Params = Record<string, unknown>;
type Written = { documentId: string };

/** The document service untyped: Strapi checks what data/seed/ holds against the schema when it is written, as it checks the admin's input. */
type SeedDocuments = {
  findFirst(params: Params): Promise<Written | null>;
  create(params: Params): Promise<Written>;
  update(params: Params): Promise<Written | null>;
};

export const seedDocuments = (strapi: Core.Strapi, uid: UID.ContentType): SeedDocuments => strapi.documents(uid);
