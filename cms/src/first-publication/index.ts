export { backfillFirstPublication } from './backfill';
export { recordedFirstPublication, registerFirstPublication } from './record';
