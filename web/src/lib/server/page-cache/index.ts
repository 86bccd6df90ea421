export { pageCache } from './handle';
export { clearPages } from './store';
