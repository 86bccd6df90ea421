import type { Core } from '@strapi/strapi';

export type UploadSizeConfig = { maxMegabytes: number };

/**
 * strapi::body stops reading a multipart body at UPLOAD_MAX_MB (its formidable `maxFileSize`, set
 * in config/middlewares.ts) and answers a bare 413 "FileTooBig"; this names the limit, in
 * German for the editors. Sits just outside strapi::body.
 */
export default ((config: UploadSizeConfig) =>
  async (ctx, next) => {
    await next();
    if (ctx.status !== 413 || !ctx.is('multipart')) return;
    ctx.body = {
      data: null,
      error: {
        status: 413,
        name: 'PayloadTooLargeError',
        message: `Die Datei ist zu groß: Ein Upload darf höchstens ${config.maxMegabytes} MB haben.`,
        details: { maxMegabytes: config.maxMegabytes },
      },
    };
  }) satisfies Core.MiddlewareFactory<UploadSizeConfig>;
