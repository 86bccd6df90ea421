// Custom routes of the edit pages; Strapi makes each an action an API token can be given (access/edit-token.ts).
export default {
  routes: [
    { method: 'POST', path: '/edit-sessions', handler: 'edit-session.open' },
    { method: 'GET', path: '/edit-sessions/current', handler: 'edit-session.current' },
  ],
};
