// Counts the app's SQL statements with pg_stat_statements. The app connects as its own role (postgres) and
// the bench as another (mgi_bench), so the reset, the counting query and anything else the bench runs are
// left out by filtering on userid (and dbid).
import postgres from "postgres";

export type StatementCount = { calls: number; statements: { calls: number; query: string }[] };

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION|SET TRANSACTION|DEALLOCATE)\b/i;

export function isTransactionControl(query: string): boolean {
  return TRANSACTION_CONTROL.test(query);
}

export class SqlCounter {
  private readonly sql: postgres.Sql;

  constructor(
    benchDatabaseUrl: string,
    private readonly appRole: string,
  ) {
    this.sql = postgres(benchDatabaseUrl, { max: 1, onnotice: () => {} });
  }

  async reset(): Promise<void> {
    await this.sql`SELECT pg_stat_statements_reset()`;
  }

  /** The app's statements since the last reset, most called first. */
  async read(): Promise<StatementCount> {
    const rows = await this.sql<{ calls: string; query: string }[]>`
      SELECT calls::text AS calls, query
      FROM pg_stat_statements
      WHERE userid = to_regrole(${this.appRole})
        AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY calls DESC, query`;
    const statements = rows.map((row) => ({ calls: Number(row.calls), query: row.query.replace(/\s+/g, " ").trim() }));
    return { calls: statements.reduce((sum, row) => sum + row.calls, 0), statements };
  }

  /** Runs `work`, then returns what the app ran meanwhile (waiting a moment for work finishing after the response). */
  async count(work: () => Promise<void>): Promise<StatementCount> {
    await this.reset();
    await work();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return this.read();
  }

  /**
   * Waits until the app has run no statement for half a second: after a load run the server is still
   * working off the requests the load generator dropped when it stopped, and that must not be counted
   * (nor slow down the next run). Returns the seconds it waited.
   */
  async waitForQuiet(maxSeconds = 60): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < maxSeconds * 1000) {
      await this.reset();
      await new Promise((resolve) => setTimeout(resolve, 500));
      if ((await this.read()).calls === 0) return (Date.now() - started) / 1000;
    }
    throw new Error(`the app kept running SQL for ${maxSeconds} s after the load stopped`);
  }

  async close(): Promise<void> {
    await this.sql.end();
  }
}
