import { describe, expect, it } from 'vitest';
import type { Enum_Partner_Kind, PartnersQuery } from '../generated/graphql';
import { toPartnerGroups } from './partner';

type TeaserData = NonNullable<PartnersQuery['partners'][number]>;

const partner = (slug: string, kind: Enum_Partner_Kind): TeaserData => ({ slug, name: slug, kind, isSample: false, logo: null });

describe('toPartnerGroups', () => {
  it('groups by kind in the order of the labels, leaving out empty kinds', () => {
    const groups = toPartnerGroups([partner('a', 'business'), partner('b', 'funder'), partner('c', 'business')], '');
    expect(groups.map((g) => [g.label, g.partners.map((p) => p.slug)])).toEqual([
      ['Förderer', ['b']],
      ['Unternehmen', ['a', 'c']],
    ]);
  });
});
