const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text for XML element content and attribute values: markup characters escaped, and the control
 * characters XML 1.0 forbids dropped, since one of them in a teaser would break the whole feed.
 */
export const xmlText = (value: string) =>
  value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[&<>"']/g, (c) => entities[c]);

/** An element with escaped attributes and text; `null` text makes it empty (`<a/>`). */
export const element = (name: string, attributes: Record<string, string | null | undefined>, text: string | null = null) => {
  const attrs = Object.entries(attributes)
    .flatMap(([key, value]) => (value == null ? [] : [` ${key}="${xmlText(value)}"`]))
    .join('');
  return text === null ? `<${name}${attrs}/>` : `<${name}${attrs}>${xmlText(text)}</${name}>`;
};

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
