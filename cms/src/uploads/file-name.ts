const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa', œ: 'oe', ł: 'l', đ: 'd', þ: 'th' };

/** Longest base name kept, so that names stay readable in the media library and in URLs. */
const MAX_BASE_LENGTH = 80;

/**
 * The name a file is stored and listed under: the last path segment only, its extension
 * replaced by `ext` (the one its content has), German umlauts and ß transliterated, other
 * accents dropped, lower-case ASCII letters and digits joined by single hyphens.
 * "../Schöne Scheune (2).PNG" becomes "schoene-scheune-2.png".
 */
export const normaliseFileName = (name: string, ext: string) => {
  const last = name.split(/[/\\]/).pop() ?? '';
  const base = last.replace(/\.[^.]*$/, '');
  const ascii = base
    .toLowerCase()
    .replace(/[äöüßæøåœłđþ]/g, (letter) => TRANSLITERATION[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/^-+|-+$/g, '');
  return `${ascii || 'bild'}${ext}`;
};
