import { expect, it } from 'vitest';
import { newsletterText } from './newsletter';

it('lists each group with entries as plain text with absolute links, and leaves empty groups out', () => {
  const text = newsletterText('Neu im Dezember 2026', [
    { heading: 'Neue Orte', entries: [{ title: 'Alte Molkerei', teaser: 'Ein Hof <mit> Werkstatt.', url: 'https://kreativorte.example/orte/alte-molkerei' }] },
    { heading: 'Neue Termine', entries: [] },
    { heading: 'Neue Menschen', entries: [{ title: 'Marta Kruse', teaser: '', url: 'https://kreativorte.example/menschen/marta-kruse' }] },
  ]);
  expect(text).toBe(
    [
      'Neu im Dezember 2026',
      '',
      'Neue Orte',
      '',
      '- Alte Molkerei',
      '  Ein Hof <mit> Werkstatt.',
      '  https://kreativorte.example/orte/alte-molkerei',
      '',
      'Neue Menschen',
      '',
      '- Marta Kruse',
      '  https://kreativorte.example/menschen/marta-kruse',
      '',
    ].join('\n'),
  );
});
