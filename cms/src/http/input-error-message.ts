/**
 * Some bad values pass Strapi's query validation and only fail in the database: PostgreSQL
 * refuses text with a NUL character, or text where it compares a number (SQLSTATE class 22,
 * "data exception"), and knex asserts that `between` has two values. Left alone they become a
 * 500 whose message quotes the SQL statement; they are the caller's mistake, so they get a 400.
 */
const DATA_EXCEPTION = /^22[0-9A-Z]{3}$/;

export const inputErrorMessage = (error: unknown): string | null => {
  if (!(error instanceof Error)) return null;
  const code: unknown = Reflect.get(error, 'code');
  if (typeof code === 'string' && DATA_EXCEPTION.test(code)) {
    return 'A value in this request does not fit the field it is compared with, for example text where a number belongs, or a NUL character.';
  }
  if (code === 'ERR_ASSERTION' && /whereBetween/.test(error.message)) return 'The between operator takes exactly two values.';
  return null;
};
