import { config } from '../config';

/*
 * The one rule for sample content (isSample): it is shown only while the setting allows it. Pages
 * follow SHOW_SAMPLES; feeds pass their own answer (feeds/params.ts), which can only be stricter.
 */

/** The filter that leaves samples out of a list, unless they are to be shown. */
export const sampleFilter = (shown: boolean = config().showSamples) => (shown ? [] : [{ isSample: { eq: false } }]);

/** The entry, or null for a sample that is not to be shown: for what a query cannot filter, such as a single relation. */
export const visible = <T extends { isSample: boolean }>(entry: T | null | undefined, shown: boolean = config().showSamples): T | null =>
  entry && (shown || !entry.isSample) ? entry : null;
