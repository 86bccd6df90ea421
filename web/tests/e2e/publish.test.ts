// Publishing changes a place and its slug: on a stack of its own, so that the shared one stays as seeded.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACE, adminApi, type AdminApi } from './support/cms-admin';
import { startOwnStack } from './support/own-stack';

describe('publishing', () => {
  let stack: Awaited<ReturnType<typeof startOwnStack>> | undefined;
  let siteUrl = '';
  let admin: AdminApi;
  beforeAll(async () => {
    stack = await startOwnStack();
    siteUrl = stack.siteUrl;
    admin = adminApi(stack);
    // The CMS has just booted: its first publish (and the webhook after it) loads code that the
    // measured one below should find loaded, as on a CMS in service.
    const { results } = await admin(`/content-manager/collection-types/${PLACE}?locale=de&filters[$and][0][slug][$eq]=buergermeisterhof`);
    await admin(`/content-manager/collection-types/${PLACE}/${results[0].documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
  });
  afterAll(() => stack?.stop());

  it('puts a change made in the admin on the cached site at once (target: under 2 s)', async () => {
    const page = () => fetch(`${siteUrl}/orte/kultur-nische`).then((r) => r.text());
    expect(await page()).not.toContain('Frisch veröffentlicht');

    const { results } = await admin(`/content-manager/collection-types/${PLACE}?locale=de&filters[$and][0][slug][$eq]=kultur-nische`);
    const { documentId } = results[0];
    const teaser = `Frisch veröffentlicht um ${new Date().toISOString()}`;
    await admin(`/content-manager/collection-types/${PLACE}/${documentId}?locale=de`, { method: 'PUT', body: JSON.stringify({ teaser }) });
    // The site caches for 10 minutes in this run: only the CMS's webhook can make the change appear.
    expect(await page()).not.toContain(teaser);

    const started = performance.now();
    await admin(`/content-manager/collection-types/${PLACE}/${documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
    let live = false;
    while (!live && performance.now() - started < 10_000) {
      live = (await page()).includes(teaser);
      if (!live) await sleep(25);
    }
    const elapsed = Math.round(performance.now() - started);
    console.log(`[e2e] publish to live: ${elapsed} ms`);
    expect(live).toBe(true);
    expect(elapsed).toBeLessThan(2000);
  });

  it('puts a changed event on its page, its place’s profile and the calendar, and a new event on the profile and the calendar', async () => {
    const EVENT = 'api::event.event';
    const place = 'alte-molkerei-kalbe';
    const eventPage = () => fetch(`${siteUrl}/termine/tag-der-offenen-tuer-alte-molkerei-kalbe`).then((r) => r.text());
    const profile = () => fetch(`${siteUrl}/orte/${place}`).then((r) => r.text());
    // The calendar filtered by region and month, its feed (the seed's events are samples) and the place's feed;
    // an iCal line may be folded, so its text is read unfolded.
    const calendar = (month: string) => [`/termine?region=altmark&monat=${month}`, '/termine.ics?beispiele=1', `/orte/${place}/termine.ics`];
    const allShow = async (paths: string[], text: string) =>
      (await Promise.all(paths.map(async (path) => (await (await fetch(`${siteUrl}${path}`)).text()).replace(/\r\n /g, '')))).every((body) => body.includes(text));
    expect(await allShow(calendar('2027-06'), 'Tag der offenen Tür in der Alten Molkerei')).toBe(true);
    expect(await allShow(calendar('2027-02'), 'Neuer Termin')).toBe(false);
    const until = async (shown: () => Promise<boolean>) => {
      const started = performance.now();
      while (performance.now() - started < 10_000) if (await shown()) return Math.round(performance.now() - started);
      return Infinity;
    };
    // Both pages are cached before the change.
    expect(await eventPage()).toContain('Tag der offenen Tür in der Alten Molkerei');
    expect(await profile()).toContain('Tag der offenen Tür in der Alten Molkerei');

    const { results } = await admin(`/content-manager/collection-types/${EVENT}?locale=de&filters[$and][0][slug][$eq]=tag-der-offenen-tuer-alte-molkerei-kalbe`);
    const title = `Offene Tür, verschoben ${Date.now()}`;
    await admin(`/content-manager/collection-types/${EVENT}/${results[0].documentId}?locale=de`, { method: 'PUT', body: JSON.stringify({ title }) });
    await admin(`/content-manager/collection-types/${EVENT}/${results[0].documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
    // The feeds escape the title's comma: its second half is the same everywhere.
    const stamped = title.split(', ')[1];
    const changed = await until(async () => (await eventPage()).includes(title) && (await profile()).includes(title) && (await allShow(calendar('2027-06'), stamped)));
    console.log(`[e2e] event change to its page, profile and calendar: ${changed} ms`);
    expect(changed).toBeLessThan(2000);

    const places = await admin(`/content-manager/collection-types/${PLACE}?locale=de&filters[$and][0][slug][$eq]=${place}`);
    const added = `Neuer Termin ${Date.now()}`;
    const data = {
      title: added,
      slug: 'neuer-termin-im-test',
      kind: 'culture',
      startsAt: '2027-02-06T18:00:00.000Z',
      isSample: true,
      place: { connect: [{ documentId: places.results[0].documentId }] },
    };
    const { data: created } = await admin(`/content-manager/collection-types/${EVENT}?locale=de`, { method: 'POST', body: JSON.stringify(data) });
    await admin(`/content-manager/collection-types/${EVENT}/${created.documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
    const listed = await until(async () => (await profile()).includes(added) && (await allShow(calendar('2027-02'), added)));
    console.log(`[e2e] new event to the profile and calendar: ${listed} ms`);
    expect(listed).toBeLessThan(2000);
    // Sooner than the open day, so it comes first.
    const page = await profile();
    expect(page.indexOf(added)).toBeLessThan(page.indexOf(title));
  });

  it('answers the old URL with a 301 once a changed slug is published', async () => {
    const { results } = await admin(`/content-manager/collection-types/${PLACE}?locale=de&filters[$and][0][slug][$eq]=kultur-nische`);
    const { documentId } = results[0];
    await admin(`/content-manager/collection-types/${PLACE}/${documentId}?locale=de`, { method: 'PUT', body: JSON.stringify({ slug: 'kultur-nische-salzwedel' }) });
    await admin(`/content-manager/collection-types/${PLACE}/${documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });

    let old = await fetch(`${siteUrl}/orte/kultur-nische?von=partner`, { redirect: 'manual' });
    for (let i = 0; old.status !== 301 && i < 40; i++) {
      await sleep(50);
      old = await fetch(`${siteUrl}/orte/kultur-nische?von=partner`, { redirect: 'manual' });
    }
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/orte/kultur-nische-salzwedel?von=partner');
    expect((await fetch(`${siteUrl}/orte/kultur-nische-salzwedel`)).status).toBe(200);
    expect((await fetch(`${siteUrl}/orte/gibt-es-nicht`, { redirect: 'manual' })).status).toBe(404);
  });

  it('refuses a webhook call without the shared secret', async () => {
    const response = await fetch(`${siteUrl}/api/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-revalidate-secret': 'falsch' }, body: '{}' });
    expect(response.status).toBe(401);
  });
});
