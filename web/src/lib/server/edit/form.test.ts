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
  offers: [{ kind: 'studios', text: 'Drei Ateliers' }],
  seeking: [{ what: 'residents', text: 'Familien', expiresOn: '2027-06-30' }],
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
  'offers.0.kind': 'studios',
  'offers.0.text': 'Drei Ateliers',
  'offers.1.kind': '',
  'offers.1.text': '',
  'offers.2.kind': '',
  'offers.2.text': '',
  'seeking.0.what': 'residents',
  'seeking.0.text': 'Familien',
  'seeking.0.expiresOn': '2027-06-30',
  'seeking.1.what': '',
  'seeking.1.text': '',
  'seeking.1.expiresOn': '',
  'seeking.2.what': '',
  'seeking.2.text': '',
  'seeking.2.expiresOn': '',
  'contact.name': 'Jana Beispiel',
  'contact.email': 'jana@example.org',
  'contact.phone': '',
  website: 'https://alte-schule.example',
  ...Object.fromEntries([0, 1, 2].flatMap((i) => [[`images.${i}.file`, emptyFile()], [`images.${i}.alt`, ''], [`images.${i}.credit`, ''], [`images.${i}.licence`, ''], [`images.${i}.role`, 'gallery']])),
});

describe('toFormValues', () => {
  it('shows every published value as text, with two empty rows under each list and three image slots', () => {
    const values = toFormValues(published);
    expect(values.facts).toEqual({ formerUse: 'Schule', yearBuilt: '1908', projectFounded: '2019', floorArea: '640', residents: '', workplaces: '6' });
    expect(values.offers).toEqual([{ kind: 'studios', text: 'Drei Ateliers' }, { kind: '', text: '' }, { kind: '', text: '' }]);
    expect(values.seeking).toEqual([{ what: 'residents', text: 'Familien', expiresOn: '2027-06-30' }, { what: '', text: '', expiresOn: '' }, { what: '', text: '', expiresOn: '' }]);
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

  it('drops a row whose kind is empty, and counts the CMS indexes in the rows it sent', () => {
    const form = readEditForm(
      formOf({ ...unchanged(), 'offers.0.kind': '', 'offers.0.text': 'weg damit', 'offers.1.kind': 'coworking', 'offers.1.text': '', 'offers.2.kind': 'rooms', 'offers.2.text': 'Gästezimmer' }),
    );
    expect(form.profile.offers).toEqual([{ kind: 'coworking', text: '' }, { kind: 'rooms', text: 'Gästezimmer' }]);
    expect(form.sent.offers).toEqual([1, 2]);
    expect(form.values.offers[0]).toEqual({ kind: '', text: 'weg damit' });
    expect(fieldOfPath(['offers', 1, 'text'], form.sent)).toBe('offers.2.text');
  });

  it('reads empty numbers as none, and whole numbers as people type them', () => {
    const form = readEditForm(formOf({ ...unchanged(), 'facts.yearBuilt': '', 'facts.floorArea': '1.200', 'facts.workplaces': ' 12 ', 'facts.residents': '2,500' }));
    expect(form.profile.facts).toMatchObject({ yearBuilt: null, floorArea: 1200, workplaces: 12, residents: 2500 });
    expect(form.problems).toEqual([]);
    expect(readEditForm(formOf({ ...unchanged(), 'facts.floorArea': '12,5' })).problems).toEqual([{ field: 'facts.floorArea', code: 'invalid' }]);
  });

  it('names a number that is none, a date that is none and a kind not offered, keeping what was typed', () => {
    const form = readEditForm(formOf({ ...unchanged(), 'facts.yearBuilt': 'neunzehnhundert', 'seeking.0.expiresOn': '30.6.2027', 'offers.0.kind': 'castle' }));
    expect(form.problems).toEqual([
      { field: 'facts.yearBuilt', code: 'invalid' },
      { field: 'offers.0.kind', code: 'invalid' },
      { field: 'seeking.0.expiresOn', code: 'invalid' },
    ]);
    expect(form.values.facts.yearBuilt).toBe('neunzehnhundert');
    expect(form.values.seeking[0].expiresOn).toBe('30.6.2027');
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

  it('reads a missing field as empty and ignores rows far beyond the limit', () => {
    const form = readEditForm(formOf({ 'offers.99.kind': 'coworking', 'offers.3.kind': 'rooms' }));
    expect(form.values.offers).toHaveLength(4);
    expect(form.profile.offers).toEqual([{ kind: 'rooms', text: '' }]);
    expect(form.profile.building).toBe('');
  });
});

describe('fieldOfPath', () => {
  const sent = { offers: [0, 2], seeking: [1], images: [1] };
  it.each([
    [['building'], 'building'],
    [['facts', 'yearBuilt'], 'facts.yearBuilt'],
    [['seeking', 0, 'expiresOn'], 'seeking.1.expiresOn'],
    [['offers'], 'offers'],
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
        { field: 'offers.0.text', code: 'markup' },
        { field: 'website', code: 'invalid' },
        { field: '', code: 'unchanged' },
        { field: 'building', code: 'required' },
      ],
      values,
    );
    expect(problems).toEqual([
      { field: '', code: 'unchanged', length: 0 },
      { field: 'building', code: 'required', length: 16 },
      { field: 'offers.0.text', code: 'markup', length: 13 },
      { field: 'website', code: 'too_long', length: 301 },
    ]);
  });
});
