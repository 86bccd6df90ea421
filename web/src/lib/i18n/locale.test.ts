import { describe, expect, it } from 'vitest';
import { basePath, localeOf, localizePath } from './locale';

describe('language in the path', () => {
  it('reads English from the /en prefix only', () => {
    expect(localeOf('/en')).toBe('en');
    expect(localeOf('/en/orte/buergermeisterhof')).toBe('en');
    expect(localeOf('/orte')).toBe('de');
    expect(localeOf('/entdecken')).toBe('de');
  });

  it('moves site paths between the languages and leaves other links alone', () => {
    expect(basePath('/en/orte')).toBe('/orte');
    expect(basePath('/en')).toBe('/');
    expect(localizePath('/', 'en')).toBe('/en');
    expect(localizePath('/orte?thema=kultur', 'en')).toBe('/en/orte?thema=kultur');
    expect(localizePath('/en/orte', 'en')).toBe('/en/orte');
    expect(localizePath('/orte', 'de')).toBe('/orte');
    expect(localizePath('https://example.org/x', 'en')).toBe('https://example.org/x');
    expect(localizePath('//example.org/x', 'en')).toBe('//example.org/x');
    expect(localizePath('mailto:a@example.org', 'en')).toBe('mailto:a@example.org');
  });
});
