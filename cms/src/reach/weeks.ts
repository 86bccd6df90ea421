import type { PlaceTrend } from './report-types';

/** A period's days in weeks, newest first: the sums a place's people ask about. */
export const weeklyViews = (perDay: PlaceTrend['perDay']) => {
  const sums: { until: string; views: number }[] = [];
  for (let end = perDay.length; end > 0; end -= 7) {
    const week = perDay.slice(Math.max(0, end - 7), end);
    sums.push({ until: week[week.length - 1].day, views: week.reduce((sum, { views }) => sum + views, 0) });
  }
  return sums;
};
