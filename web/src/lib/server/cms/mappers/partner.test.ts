import { describe, expect, it } from 'vitest';
import { PartnersDocument } from '../generated/graphql';
import { recordedData } from '../../testing/replay-cms';
import { present } from './present';
import { toPartnerGroups } from './partner';

describe('toPartnerGroups', () => {
  it('groups the recorded partners by kind in the order of the labels, leaving out empty kinds', () => {
    const partners = present(recordedData('partners', PartnersDocument).partners);
    const groups = toPartnerGroups(partners, 'https://cms.example.org');
    expect(groups.map((g) => g.kind)).toEqual(['funder', 'cooperation_network', 'host', 'agency', 'municipality', 'business']);
    expect(groups.flatMap((g) => g.partners.map((p) => p.slug)).sort()).toEqual(partners.map((p) => p.slug).sort());
    const funders = groups.find((g) => g.kind === 'funder')!;
    expect(funders.partners.map((p) => p.slug)).toContain('img-sachsen-anhalt');
    const withoutBusiness = toPartnerGroups(partners.filter((p) => p.kind !== 'business'), '');
    expect(withoutBusiness.map((g) => g.kind)).not.toContain('business');
  });
});
