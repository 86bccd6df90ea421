import type { Core } from '@strapi/strapi';

/** A file as strapi::body (formidable) and Strapi's URL import hand it to the upload service. */
export type IncomingFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null; detectedMimeType?: string; size?: number };
export type FileInfo = { name?: string | null } & Record<string, unknown>;
type UploadService = {
  upload(input: { data: { fileInfo?: FileInfo | FileInfo[] } & Record<string, unknown>; files: IncomingFile | IncomingFile[] }, opts?: unknown): Promise<unknown>;
  replace(id: unknown, input: { data: { fileInfo?: FileInfo } & Record<string, unknown>; file: IncomingFile }, opts?: unknown): Promise<unknown>;
  updateFileInfo(id: unknown, info: FileInfo, opts?: unknown): Promise<unknown>;
};

export type UploadGate = {
  /** Checks the files before any is stored, and may change them and their infos; throws to refuse the request. */
  admit(files: IncomingFile[], infos: (FileInfo | undefined)[]): Promise<void>;
  /** The name a stored file gets when an editor renames it, given the extension it is stored with. */
  rename(name: string, ext: string): string;
};

/**
 * Patches @strapi/upload 5.54's upload service: `upload`, `replace` and `updateFileInfo`, with their 5.54
 * arguments, pass `gate` first, as every way into the media library goes through them.
 */
export const gateUploadService = (strapi: Core.Strapi, gate: UploadGate) => {
  strapi.get('services').extend('plugin::upload.upload', (service: UploadService): UploadService => ({
    ...service,
    async upload(input, opts) {
      const files = Array.isArray(input.files) ? input.files : [input.files];
      const { fileInfo } = input.data;
      await gate.admit(files, Array.isArray(fileInfo) ? fileInfo : files.map((_, i) => (i === 0 ? fileInfo : undefined)));
      return service.upload(input, opts);
    },
    async replace(id, input, opts) {
      await gate.admit([input.file], [input.data.fileInfo]);
      return service.replace(id, input, opts);
    },
    async updateFileInfo(id, info, opts) {
      if (info?.name) {
        const stored = await strapi.db.query('plugin::upload.file').findOne({ where: { id }, select: ['ext'] });
        if (stored) info.name = gate.rename(info.name, stored.ext ?? '');
      }
      return service.updateFileInfo(id, info, opts);
    },
  }));
};
