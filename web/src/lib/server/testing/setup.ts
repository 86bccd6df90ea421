import { vi } from 'vitest';

// SvelteKit snapshots $env/dynamic/private once; the unit tests point CMS_URL at a replay
// server that only exists once a test has started it.
vi.mock('$env/dynamic/private', () => ({ env: process.env }));
