/**
 * JSON for a `<script type="application/ld+json">`: `<` becomes \u003c so that no string from the
 * CMS can close the script element (`</script>`) or open a comment (`<!--`); `>` and `&` likewise,
 * and the line separators U+2028/U+2029, which some parsers treat as line ends. The result is
 * still JSON that parses to the same value.
 */
export const serializeJsonLd = (data: unknown) =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
