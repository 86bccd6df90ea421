export { pageCache } from './handle';
