import type { Locale } from '$lib/i18n/locale';
import type { DirectoryParams } from '$lib/types';
import { operation } from './client';
import { PlaceCountDocument } from './generated/graphql';
import { directoryFilters } from './places';

const placeCount = operation(PlaceCountDocument);

/** How many places the directory lists for these filters in this language, without asking for them. */
export const countPlaces = async (params: DirectoryParams, locale: Locale) =>
  (await placeCount({ filters: directoryFilters(params), locale })).places_connection?.pageInfo.total ?? 0;
