// The site's answer form; Strapi makes each an action an API token can be given (access/submission-token.ts).
export default {
  routes: [
    { method: 'GET', path: '/notice-replies/:documentId', handler: 'reply.status' },
    { method: 'POST', path: '/notice-replies', handler: 'reply.send' },
  ],
};
