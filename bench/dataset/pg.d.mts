/** The part of node-postgres that the bench uses: the CMS's dependency, which comes without types. */
export type PgClient = {
  connect(): Promise<void>;
  query(statement: string, values?: unknown[]): Promise<{ rowCount: number | null; rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
};
export type Pg = { Client: new (config: { connectionString: string }) => PgClient };
