import { jsonFormat, logsAsJson, prettyFormat } from '../src/logging/format';

// Strapi's logger: winston, every level to one console transport on stdout. The request lines and
// the request id on every line come from src/middlewares/request-log.ts.
export default ({ env }) => ({
  format: logsAsJson(env) ? jsonFormat() : prettyFormat(),
});
