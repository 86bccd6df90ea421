import { describe, expect, it } from 'vitest';
import { PATCHED_FOR, PATCHES, checkPatchedVersions, installedVersions, outdatedPatches } from '../src/strapi-patches';

const allAt = (version: string) =>
  Object.fromEntries(['@strapi/strapi', ...PATCHES.flatMap(({ packages }) => packages)].map((name) => [name, version]));

describe('the version check of the Strapi patches', () => {
  it('passes when every patched package is at the version the patches were written for', () => {
    expect(() => checkPatchedVersions(allAt(PATCHED_FOR))).not.toThrow();
    expect(outdatedPatches(allAt(PATCHED_FOR))).toEqual([]);
  });

  it('passes with the packages installed here', () => {
    expect(() => checkPatchedVersions(installedVersions())).not.toThrow();
  });

  it('names every patch that relies on a package at another version, and only those', () => {
    const installed = { ...allAt(PATCHED_FOR), '@strapi/upload': '5.55.0' };
    expect(outdatedPatches(installed)).toEqual(['relation-loader (@strapi/upload 5.55.0)', 'upload-service (@strapi/upload 5.55.0)']);
    expect(() => checkPatchedVersions(installed)).toThrow(/relation-loader \(@strapi\/upload 5\.55\.0\); upload-service/);
  });

  it('suspects every patch when Strapi itself is another version or a package is missing', () => {
    const installed = { ...allAt(PATCHED_FOR), '@strapi/strapi': '5.60.1', '@strapi/core': undefined };
    const outdated = outdatedPatches(installed);
    expect(outdated).toHaveLength(PATCHES.length);
    expect(outdated).toContain('private-webhooks (@strapi/strapi 5.60.1, @strapi/core missing)');
    expect(() => checkPatchedVersions(installed)).toThrow(`written for Strapi ${PATCHED_FOR}`);
  });
});
