import type { Core } from '@strapi/strapi';
import { jsonFormat, logsAsJson } from '../src/logging/format';

// Strapi's logger: winston, every level to one console transport on stdout, in Strapi's readable
// format unless JSON is asked for (a developer's demo data stays unmasked there). The request lines
// and the request id on every line come from src/logging/request-log.ts.
export default ({ env }: Core.Config.Shared.ConfigParams) => (logsAsJson(env) ? { format: jsonFormat() } : {});
