import { describe, expect, it } from 'vitest';
import { emptyValues, maxLengths, readProposalValues, validateProposal, type ProposalValues } from './schema';

const themes = ['wohnen-bauen', 'arbeiten-wirtschaft', 'leben-tourismus'];

const valid: ProposalValues = {
  name: '  Alte Schule Kläden ',
  town: 'Kläden',
  district: 'Stendal',
  stage: 'under_development',
  themes: ['wohnen-bauen', 'leben-tourismus'],
  description: 'Eine alte Dorfschule wird zu Ateliers und Wohnungen.\nKinder < 6 Jahre spielen im Garten.',
  website: 'alte-schule-klaeden.de',
  contactName: 'Jana Beispiel',
  contactEmail: 'jana@example.org',
  consent: true,
};

const problemsOf = (values: Partial<ProposalValues>) => {
  const result = validateProposal({ ...valid, ...values }, themes);
  return result.success ? {} : result.problems;
};

describe('the proposal rules', () => {
  it('accept a complete proposal, trimmed, with https:// added to a bare domain', () => {
    const result = validateProposal(valid, themes);
    expect(result).toEqual({
      success: true,
      proposal: {
        name: 'Alte Schule Kläden',
        town: 'Kläden',
        district: 'Stendal',
        stage: 'under_development',
        themes: ['wohnen-bauen', 'leben-tourismus'],
        description: valid.description,
        website: 'https://alte-schule-klaeden.de',
        contactName: 'Jana Beispiel',
        contactEmail: 'jana@example.org',
        consent: true,
      },
    });
  });

  it('leave out the optional district, website and themes when empty', () => {
    const result = validateProposal({ ...valid, district: ' ', website: '', themes: [] }, themes);
    expect(result.success && result.proposal).toMatchObject({ district: undefined, website: undefined, themes: [] });
  });

  it('name every empty required field, and the missing consent', () => {
    expect(validateProposal(emptyValues, themes)).toEqual({
      success: false,
      problems: {
        name: 'required',
        town: 'required',
        stage: 'required',
        description: 'required',
        contactName: 'required',
        contactEmail: 'required',
        consent: 'consentMissing',
      },
    });
    expect(problemsOf({ name: '   \n ' })).toEqual({ name: 'required' });
  });

  it('count the length after trimming and refuse one character too many', () => {
    for (const [field, max] of Object.entries(maxLengths)) {
      const fits = field === 'contactEmail' ? `${'a'.repeat(max - 12)}@example.org` : field === 'website' ? `https://example.org/${'a'.repeat(max - 20)}` : 'a'.repeat(max);
      expect(problemsOf({ [field]: ` ${fits} ` }), `${field} at ${max}`).toEqual({});
      expect(problemsOf({ [field]: `${fits}a` }), `${field} at ${max + 1}`).toEqual({ [field]: 'tooLong' });
    }
  });

  it('refuse HTML tags and comments in every text field, but not a lone < or >', () => {
    for (const field of ['name', 'town', 'district', 'description', 'contactName'] as const) {
      expect(problemsOf({ [field]: 'Hof <b>fett</b>' }), field).toEqual({ [field]: 'html' });
    }
    expect(problemsOf({ description: '<script>alert(1)</script>' })).toEqual({ description: 'html' });
    expect(problemsOf({ description: 'Text <!-- versteckt -->' })).toEqual({ description: 'html' });
    expect(problemsOf({ description: '<img src=x onerror=alert(1)>' })).toEqual({ description: 'html' });
    expect(problemsOf({ description: 'Kinder < 6 Jahre, Eltern > 30 Jahre, <3' })).toEqual({});
  });

  it('take only http(s) websites with a domain', () => {
    for (const website of ['https://example.org', 'http://www.example.org/pfad?x=1', 'www.example.org']) {
      expect(problemsOf({ website }), website).toEqual({});
    }
    for (const website of ['javascript:alert(1)', 'ftp://example.org', 'https://localhost', 'kein link', 'https://user:pass@example.org', 'mailto:a@example.org']) {
      expect(problemsOf({ website }), website).toEqual({ website: 'invalidUrl' });
    }
  });

  it('take only valid email addresses', () => {
    for (const contactEmail of ['jana', 'jana@', '@example.org', 'jana@example', 'jana example@example.org']) {
      expect(problemsOf({ contactEmail }), contactEmail).toEqual({ contactEmail: 'invalidEmail' });
    }
  });

  it('take only known stages and theme slugs; repeated themes count once', () => {
    expect(problemsOf({ stage: 'finished' })).toEqual({ stage: 'unknownChoice' });
    expect(problemsOf({ themes: ['wohnen-bauen', 'erfunden'] })).toEqual({ themes: 'unknownChoice' });
    const result = validateProposal({ ...valid, themes: ['wohnen-bauen', 'wohnen-bauen'] }, themes);
    expect(result.success && result.proposal.themes).toEqual(['wohnen-bauen']);
  });

  it('skip the theme check only when the CMS cannot say which themes exist', () => {
    expect(validateProposal({ ...valid, themes: ['erfunden'] }, null).success).toBe(true);
  });

  it('read the form as sent, with unchecked boxes as false and nothing but text', () => {
    const form = new FormData();
    form.set('name', ' Hof ');
    form.append('themes', 'a');
    form.append('themes', new Blob(['x']));
    form.append('themes', 'b');
    form.set('contactEmail', 'x'.repeat(20_000));
    expect(readProposalValues(form)).toEqual({ ...emptyValues, name: ' Hof ', themes: ['a', 'b'], contactEmail: 'x'.repeat(10_000) });
    form.set('consent', 'yes');
    expect(readProposalValues(form).consent).toBe(true);
  });
});
