// The site's counts; Strapi makes it an action an API token can be given (access/reach-token.ts).
export default {
  routes: [{ method: 'POST', path: '/reach-counts/batch', handler: 'batch.add' }],
};
