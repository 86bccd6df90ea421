export const SUBMISSION = 'api::submission.submission';
export const PLACE = 'api::place.place';
export const THEME = 'api::theme.theme';
