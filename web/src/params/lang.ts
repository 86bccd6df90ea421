import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is 'en' => param === 'en') satisfies ParamMatcher;
