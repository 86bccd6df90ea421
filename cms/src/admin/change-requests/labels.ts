import type { ChangeRequestStatus, ImageRole } from './types';

export const STATUSES: readonly ChangeRequestStatus[] = ['open', 'applied', 'rejected'];

export const isStatus = (value: string | null): value is ChangeRequestStatus => STATUSES.some((status) => status === value);

/** The filter's options and the status shown on a request. */
export const STATUS_LABEL: Record<ChangeRequestStatus, string> = { open: 'offen', applied: 'übernommen', rejected: 'abgelehnt' };

/** The list's caption per status. */
export const LIST_CAPTION: Record<ChangeRequestStatus, string> = {
  open: 'Offene Änderungswünsche',
  applied: 'Übernommene Änderungswünsche',
  rejected: 'Abgelehnte Änderungswünsche',
};

/** Where a new image goes, in the words of the place's edit view. */
export const ROLE_LABEL: Record<ImageRole, string> = { cover: 'Titelbild', gallery: 'Bildergalerie' };

/** The page of one change request, in the admin's menu link `change-requests`. */
export const detailPath = (documentId: string) => `/change-requests/${encodeURIComponent(documentId)}`;

/** The list, filtered by status (open when left out) and perhaps to one place. */
export const listPath = (status: ChangeRequestStatus, place?: string) => {
  const query = new URLSearchParams();
  if (status !== 'open') query.set('status', status);
  if (place) query.set('place', place);
  const search = query.toString();
  return search ? `/change-requests?${search}` : '/change-requests';
};

export const TITLE = 'Änderungswünsche';
