/** The root rules, with SvelteKit's `$lib` alias resolved. */
const root = require('../.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  ...root,
  options: { ...root.options, webpackConfig: { fileName: '.dependency-cruiser.aliases.cjs' } },
};
