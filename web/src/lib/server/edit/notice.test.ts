import { describe, expect, it } from 'vitest';
import { noticeFieldOfPath, readNoticeForm, shownNoticeProblems, toNoticeFormValues } from './notice';

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ direction: 'seeking', kind: 'investors', text: 'Wir suchen Menschen, die mit uns den Hof kaufen.', ...fields })) form.set(name, value);
  return form;
};

describe('readNoticeForm', () => {
  it('reads a seeking and an offer as the CMS takes them, a last day or none', () => {
    expect(readNoticeForm(formOf({ expiresOn: '2027-03-31' }))).toEqual({
      values: { direction: 'seeking', kind: 'investors', text: 'Wir suchen Menschen, die mit uns den Hof kaufen.', expiresOn: '2027-03-31' },
      notice: { direction: 'seeking', kind: 'investors', text: 'Wir suchen Menschen, die mit uns den Hof kaufen.', expiresOn: '2027-03-31' },
      problems: [],
    });
    expect(readNoticeForm(formOf({ direction: 'offer', kind: 'coworking', text: '  Zwei Schreibtische\r\nfrei  ' })).notice).toEqual({
      direction: 'offer',
      kind: 'coworking',
      text: 'Zwei Schreibtische\nfrei',
      expiresOn: null,
    });
    expect(readNoticeForm(formOf({ direction: 'offer', kind: 'other' })).problems).toEqual([]);
  });

  it('refuses a kind its direction does not take, naming the field, and keeps what was typed', () => {
    const read = readNoticeForm(formOf({ direction: 'offer', kind: 'investors', expiresOn: '2027-01-01' }));
    expect(read.notice).toBeNull();
    expect(read.problems).toEqual([{ field: 'kind', code: 'kind_direction' }]);
    expect(read.values).toMatchObject({ direction: 'offer', kind: 'investors', expiresOn: '2027-01-01' });
    expect(readNoticeForm(formOf({ direction: 'seeking', kind: 'studios' })).problems).toEqual([{ field: 'kind', code: 'kind_direction' }]);
  });

  it('refuses an unknown direction or kind, no kind, and a date that is none', () => {
    expect(readNoticeForm(formOf({ direction: 'both' })).problems).toEqual([{ field: 'direction', code: 'invalid' }]);
    expect(readNoticeForm(formOf({ kind: '' })).problems).toEqual([{ field: 'kind', code: 'required' }]);
    expect(readNoticeForm(formOf({ kind: 'money' })).problems).toEqual([{ field: 'kind', code: 'invalid' }]);
    for (const expiresOn of ['2027-02-30', '31.03.2027', '2027-3-31']) expect(readNoticeForm(formOf({ expiresOn })).problems, expiresOn).toEqual([{ field: 'expiresOn', code: 'invalid' }]);
  });

  it("leaves the text's rules (required, 500 characters, no markup) to the CMS", () => {
    expect(readNoticeForm(formOf({ text: '' })).notice?.text).toBe('');
    expect(readNoticeForm(formOf({ text: 'x'.repeat(600) })).notice?.text).toHaveLength(600);
  });
});

describe('the CMS refusals', () => {
  it('point at the form fields of the same names, in the form order', () => {
    expect(noticeFieldOfPath(['expiresOn'])).toBe('expiresOn');
    expect(noticeFieldOfPath(['noticeDocumentId'])).toBe('');
    const values = toNoticeFormValues({ direction: 'seeking', kind: 'investors', text: 'abc', expiresOn: null });
    expect(values.expiresOn).toBe('');
    expect(shownNoticeProblems([{ field: 'expiresOn', code: 'in_past' }, { field: 'text', code: 'too_long' }], values)).toEqual([
      { field: 'text', code: 'too_long', length: 3 },
      { field: 'expiresOn', code: 'in_past', length: 0 },
    ]);
  });
});
