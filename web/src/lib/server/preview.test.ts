import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidPreview } from './preview';

const secret = 'test-preview-secret';
const token = (payload: object, key = secret) => {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
};
const url = (path: string, preview: string) => new URL(`http://localhost${path}?preview=${encodeURIComponent(preview)}`);
const inAnHour = Math.floor(Date.now() / 1000) + 3600;

describe('preview links', () => {
  beforeEach(() => {
    process.env.PREVIEW_SECRET = secret;
  });
  afterEach(() => {
    delete process.env.PREVIEW_SECRET;
  });

  it('accepts a signed, unexpired link for exactly its page', () => {
    expect(isValidPreview(url('/orte/neu', token({ path: '/orte/neu', exp: inAnHour })))).toBe(true);
    expect(isValidPreview(url('/en/orte/neu', token({ path: '/en/orte/neu', exp: inAnHour })))).toBe(true);
  });

  it('refuses expired, forged, moved or malformed links', () => {
    expect(isValidPreview(url('/orte/neu', token({ path: '/orte/neu', exp: Math.floor(Date.now() / 1000) - 1 })))).toBe(false);
    expect(isValidPreview(url('/orte/neu', token({ path: '/orte/neu', exp: inAnHour }, 'another-secret')))).toBe(false);
    expect(isValidPreview(url('/orte/anders', token({ path: '/orte/neu', exp: inAnHour })))).toBe(false);
    expect(isValidPreview(url('/orte/neu', 'kaputt'))).toBe(false);
    expect(isValidPreview(url('/orte/neu', `${Buffer.from('{').toString('base64url')}.x`))).toBe(false);
    expect(isValidPreview(new URL('http://localhost/orte/neu'))).toBe(false);
  });

  it('refuses every link while no secret is configured', () => {
    delete process.env.PREVIEW_SECRET;
    expect(isValidPreview(url('/orte/neu', token({ path: '/orte/neu', exp: inAnHour })))).toBe(false);
  });
});
