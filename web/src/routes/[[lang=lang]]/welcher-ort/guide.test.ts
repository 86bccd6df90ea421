import { describe, expect, it } from 'vitest';
import { refusedParam } from '$lib/server/testing/params';
import { parseGuideParams } from './answers.server';
import { NO_ANSWERS, RESULT_STEP, answersBefore, askedStep, guideHref, hiddenAnswers, previousStep, toDirectoryParams, type Answers } from './guide';

const parse = (query: string) => parseGuideParams(new URLSearchParams(query));
const refused = refusedParam(parseGuideParams);
const THEMES = ['arbeiten-wirtschaft', 'leben-tourismus', 'wohnen-bauen'];
const ALL: Answers = { intent: 'wohnen', stage: 'under_development', from: 'berlin', minutes: 90, region: 'altmark' };

describe("the guide's parameters", () => {
  it('start at the first question without answers', () => {
    expect(parse('')).toEqual({ step: 1, answers: NO_ANSWERS });
  });

  it('read the step and every answer, under the directory’s names where it has them', () => {
    expect(parse('absicht=wohnen&phase=under_development&von=berlin&minuten=90&region=altmark&schritt=6')).toEqual({ step: 6, answers: ALL });
    // An empty answer is "no preference", as the form's last choice sends it.
    expect(parse('absicht=&phase=&von=&minuten=&region=&schritt=3')).toEqual({ step: 3, answers: NO_ANSWERS });
  });

  it('refuse an answer the guide does not offer, or a step out of range, naming the parameter', () => {
    expect(refused('schritt=0')).toBe('schritt');
    expect(refused(`schritt=${RESULT_STEP + 1}`)).toBe('schritt');
    expect(refused('schritt=2a')).toBe('schritt');
    expect(refused('absicht=urlaub')).toBe('absicht');
    expect(refused('absicht=wohnen-bauen')).toBe('absicht');
    expect(refused('phase=Aktiv')).toBe('phase');
    expect(refused('von=muenchen')).toBe('von');
    expect(refused('von=Berlin')).toBe('von');
    // Only the journeys the guide offers; the directory takes any number of minutes.
    expect(refused('von=berlin&minuten=75')).toBe('minuten');
    expect(refused('von=berlin&minuten=-60')).toBe('minuten');
    expect(refused('region=..%2Fetc')).toBe('region');
    expect(refused('absicht=arbeiten&phase=idea&von=leipzig&minuten=180&region=brandenburg&schritt=5')).toBeNull();
  });
});

describe('the steps', () => {
  it('ask how far only from a city: "from anywhere" passes on to the region', () => {
    expect(askedStep(4, { ...NO_ANSWERS, from: 'hamburg' })).toBe(4);
    expect(askedStep(4, NO_ANSWERS)).toBe(5);
    expect(askedStep(RESULT_STEP, NO_ANSWERS)).toBe(RESULT_STEP);
    expect(previousStep(5, NO_ANSWERS)).toBe(3);
    expect(previousStep(5, ALL)).toBe(4);
    expect(previousStep(1, ALL)).toBeNull();
  });

  it('count only the answers given before the question shown', () => {
    expect(answersBefore(ALL, 1)).toEqual(NO_ANSWERS);
    expect(answersBefore(ALL, 3)).toEqual({ ...NO_ANSWERS, intent: 'wohnen', stage: 'under_development' });
    // A city without its journey yet: every place with a known time from there.
    expect(answersBefore(ALL, 4)).toEqual({ ...NO_ANSWERS, intent: 'wohnen', stage: 'under_development', from: 'berlin' });
    expect(answersBefore(ALL, RESULT_STEP)).toEqual(ALL);
    expect(answersBefore({ ...ALL, from: '' }, RESULT_STEP).minutes).toBeNull();
  });

  it('carry every other answer in hidden fields, so that going back keeps the later ones', () => {
    expect(hiddenAnswers(ALL, 'phase')).toEqual([
      ['absicht', 'wohnen'],
      ['von', 'berlin'],
      ['minuten', '90'],
      ['region', 'altmark'],
    ]);
    expect(hiddenAnswers(NO_ANSWERS, 'absicht')).toEqual([]);
  });

  it('link a step with its answers, the first step without a number', () => {
    expect(guideHref(NO_ANSWERS, 1)).toBe('/welcher-ort');
    expect(guideHref(ALL, 4)).toBe('/welcher-ort?absicht=wohnen&phase=under_development&von=berlin&minuten=90&region=altmark&schritt=4');
    expect(parse(new URL(guideHref(ALL, 4), 'http://x').search.slice(1))).toEqual({ step: 4, answers: ALL });
  });
});

describe('the answers as the directory’s filters', () => {
  it('map each intent onto its theme, taking part onto none', () => {
    expect(toDirectoryParams(ALL, THEMES)).toEqual({
      region: 'altmark',
      theme: 'wohnen-bauen',
      stage: 'under_development',
      network: '',
      q: '',
      from: 'berlin',
      minutes: 90,
      page: 1,
    });
    expect(toDirectoryParams({ ...ALL, intent: 'arbeiten' }, THEMES).theme).toBe('arbeiten-wirtschaft');
    expect(toDirectoryParams({ ...ALL, intent: 'besuchen' }, THEMES).theme).toBe('leben-tourismus');
    expect(toDirectoryParams({ ...ALL, intent: 'mitmachen' }, THEMES).theme).toBe('');
    expect(toDirectoryParams(NO_ANSWERS, THEMES)).toEqual({ region: '', theme: '', stage: '', network: '', q: '', from: '', minutes: null, page: 1 });
  });

  it('leave out a theme the CMS does not have, and a journey without a city', () => {
    expect(toDirectoryParams(ALL, ['arbeiten-wirtschaft']).theme).toBe('');
    expect(toDirectoryParams({ ...ALL, from: '' }, THEMES)).toMatchObject({ from: '', minutes: null });
  });
});
