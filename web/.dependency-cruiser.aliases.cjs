// SvelteKit's `$lib` alias, in the webpack shape dependency-cruiser reads (its tsconfig reader
// does not follow the paths of the generated .svelte-kit/tsconfig.json).
const path = require('node:path');

module.exports = { resolve: { alias: { $lib: path.resolve(__dirname, 'src/lib') } } };
