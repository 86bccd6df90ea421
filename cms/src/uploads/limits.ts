type Env = { int(name: string, fallback: number): number };

/** UPLOAD_MAX_MB: the largest upload request, and so the largest file, in megabytes (default 10). */
export const uploadMaxMegabytes = (env: Env) => {
  const megabytes = env.int('UPLOAD_MAX_MB', 10);
  if (!Number.isInteger(megabytes) || megabytes < 1) throw new Error('UPLOAD_MAX_MB must be a whole number of megabytes, at least 1.');
  return megabytes;
};
