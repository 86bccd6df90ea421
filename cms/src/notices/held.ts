/** The holding table the database migration fills with the place's old seeking and offer components. */
export const HELD_NOTICES = 'notices_from_place_components';
