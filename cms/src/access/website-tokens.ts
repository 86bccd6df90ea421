import { editTokenName } from './edit-token';
import { previewTokenName } from './preview-access';
import { reachTokenName } from './reach-token';
import { siteTokenName } from './site-token';
import { submissionTokenName } from './submission-token';

/** The names of the website's own API tokens (reads, previews, proposals, change requests, reach counts): never a partner's. */
export const websiteTokenNames = () => [siteTokenName(), previewTokenName(), submissionTokenName(), editTokenName(), reachTokenName()];
