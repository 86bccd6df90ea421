import { describe, expect, it } from 'vitest';
import { fieldOfPath, readEditForm, shownProblems, toFormValues } from './form';
import type { EditableProfile } from './profile';

const published: EditableProfile = {
  building: 'Die alte Schule.',
  location: 'Am Dorfanger.',
  town: 'Kläden, 400 Menschen.',
  people: 'Ein Verein.',
  livingAndWorking: 'Ateliers.',
  facts: { formerUse: 'Schule', yearBuilt: 1908, projectFounded: 2019, floorArea: 640, residents: null, workplaces: 6 },
  contact: { name: 'Jana Beispiel', email: 'jana@example.org', phone: '' },
  website: 'https://alte-schule.example',
};

/** The form as a browser sends it: every field, in the form's names. */
const formOf = (fields: Record<string, string | File>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

const emptyFile = () => new File([], '', { type: 'application/octet-stream' });

/** The published profile as the form shows it, sent back unchanged, with three empty image slots. */
const unchanged = (): Record<string, string | File> => ({
  building: 'Die alte Schule.',
  location: 'Am Dorfanger.',
  town: 'Kläden, 400 Menschen.',
  people: 'Ein Verein.',
  livingAndWorking: 'Ateliers.',
  'facts.formerUse': 'Schule',
  'facts.yearBuilt': '1908',
  'facts.projectFounded': '2019',
  'facts.floorArea': '640',
  'facts.residents': '',
  'facts.workplaces': '6',
  'contact.name': 'Jana Beispiel',
  'contact.email': 'jana@example.org',
  'contact.phone': '',
  website: 'https://alte-schule.example',
  ...Object.fromEntries([0, 1, 2].flatMap((i) => [[`images.${i}.file`, emptyFile()], [`images.${i}.alt`, ''], [`images.${i}.credit`, ''], [`images.${i}.licence`, ''], [`images.${i}.role`, 'gallery']])),
});

describe('toFormValues', () => {
  it('shows every published value as text, and three image slots', () => {
    const values = toFormValues(published);
    expect(values.facts).toEqual({ formerUse: 'Schule', yearBuilt: '1908', projectFounded: '2019', floorArea: '640', residents: '', workplaces: '6' });
    expect(values.images).toEqual(Array.from({ length: 3 }, () => ({ alt: '', credit: '', licence: '', role: 'gallery' })));
  });
});

describe('readEditForm', () => {
  it('gives back the published profile when nothing was changed, without images', () => {
    const form = readEditForm(formOf(unchanged()));
    expect(form.problems).toEqual([]);
    expect(form.profile).toEqual(published);
    expect(form.images).toEqual([]);
    expect(form.files).toEqual([]);
  });

  it('keeps the published values as the form shows them, so that a refused form looks as it was sent', () => {
    expect(readEditForm(formOf(unchanged())).values).toEqual(toFormValues(published));
  });

  it("sends a textarea's CRLF line breaks as LF, and trims what the CMS keeps", () => {
    const form = readEditForm(formOf({ ...unchanged(), town: '  Erster Absatz.\r\n\r\nZweiter Absatz.\r\n', 'contact.name': ' Jana ' }));
    expect(form.profile.town).toBe('Erster Absatz.\n\nZweiter Absatz.');
    expect(form.profile.contact.name).toBe('Jana');
    expect(form.values.town).toBe('  Erster Absatz.\n\nZweiter Absatz.\n');
  });

  it('reads empty numbers as none, and whole numbers as people type them', () => {
    const form = readEditForm(formOf({ ...unchanged(), 'facts.yearBuilt': '', 'facts.floorArea': '1.200', 'facts.workplaces': ' 12 ', 'facts.residents': '2,500' }));
    expect(form.profile.facts).toMatchObject({ yearBuilt: null, floorArea: 1200, workplaces: 12, residents: 2500 });
    expect(form.problems).toEqual([]);
    expect(readEditForm(formOf({ ...unchanged(), 'facts.floorArea': '12,5' })).problems).toEqual([{ field: 'facts.floorArea', code: 'invalid' }]);
  });

  it('names a number that is none and an image role not offered, keeping what was typed', () => {
    const photo = new File([new Uint8Array([1])], 'hof.jpg', { type: 'image/jpeg' });
    const form = readEditForm(formOf({ ...unchanged(), 'facts.yearBuilt': 'neunzehnhundert', 'images.0.file': photo, 'images.0.alt': 'Hof', 'images.0.role': 'poster' }));
    expect(form.problems).toEqual([
      { field: 'facts.yearBuilt', code: 'invalid' },
      { field: 'images.0.role', code: 'invalid' },
    ]);
    expect(form.values.facts.yearBuilt).toBe('neunzehnhundert');
    expect(form.values.images[0].role).toBe('poster');
  });

  it('sends a chosen image with its description, and names the image slot the CMS points at', () => {
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'hof.jpg', { type: 'image/jpeg' });
    const form = readEditForm(formOf({ ...unchanged(), 'images.2.file': photo, 'images.2.alt': ' Der Hof im Sommer ', 'images.2.credit': 'Foto: Jana', 'images.2.role': 'cover' }));
    expect(form.images).toEqual([{ alt: 'Der Hof im Sommer', credit: 'Foto: Jana', licence: '', role: 'cover' }]);
    expect(form.files.map((file) => file.name)).toEqual(['hof.jpg']);
    expect(fieldOfPath(['images', 0, 'alt'], form.sent)).toBe('images.2.alt');
    expect(fieldOfPath(['images', 0], form.sent)).toBe('images.2.file');
  });

  it('asks for the alt text of a chosen image, and for the file again where only its description came back', () => {
    const photo = new File([new Uint8Array([1])], 'hof.jpg', { type: 'image/jpeg' });
    const form = readEditForm(formOf({ ...unchanged(), 'images.0.file': photo, 'images.1.alt': 'Die Werkstatt' }));
    expect(form.problems).toEqual([
      { field: 'images.0.alt', code: 'required' },
      { field: 'images.1.file', code: 'required' },
    ]);
    expect(form.values.images[1].alt).toBe('Die Werkstatt');
  });

  it('reads a missing field as empty, and ignores the seeking and offer rows of an older form', () => {
    const form = readEditForm(formOf({ 'offers.0.kind': 'coworking', 'seeking.0.what': 'residents' }));
    expect(form.profile).not.toHaveProperty('offers');
    expect(form.profile).not.toHaveProperty('seeking');
    expect(form.profile.building).toBe('');
  });
});

describe('fieldOfPath', () => {
  const sent = { images: [1] };
  it.each([
    [['building'], 'building'],
    [['facts', 'yearBuilt'], 'facts.yearBuilt'],
    [['images'], 'images'],
    [['images', 0, 'file'], 'images.1.file'],
    [[], ''],
  ])('%j is the form field %j', (path, field) => {
    expect(fieldOfPath(path, sent)).toBe(field);
  });
});

describe('shownProblems', () => {
  it('shows one problem a field, from the top of the form down, with the length typed there', () => {
    const values = { ...toFormValues(published), website: 'x'.repeat(301) };
    const problems = shownProblems(
      [
        { field: 'website', code: 'too_long' },
        { field: 'contact.name', code: 'markup' },
        { field: 'website', code: 'invalid' },
        { field: '', code: 'unchanged' },
        { field: 'building', code: 'required' },
      ],
      values,
    );
    expect(problems).toEqual([
      { field: '', code: 'unchanged', length: 0 },
      { field: 'building', code: 'required', length: 16 },
      { field: 'contact.name', code: 'markup', length: 13 },
      { field: 'website', code: 'too_long', length: 301 },
    ]);
  });
});
