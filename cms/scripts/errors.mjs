// What a command tells its user when it fails.

/** @param {unknown} error what was thrown: an Error's message, or else the value itself */
export const messageOf = (error) => (error instanceof Error ? error.message : String(error));
