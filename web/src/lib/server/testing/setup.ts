import { vi } from 'vitest';

// SvelteKit snapshots $env/dynamic/* once; the unit tests point CMS_URL at a replay server that
// only exists once a test has started it, and set other variables per test.
vi.mock('$env/dynamic/private', () => ({ env: process.env }));
vi.mock('$env/dynamic/public', () => ({ env: process.env }));
