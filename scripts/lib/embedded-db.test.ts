import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeClusterFolder } from "./embedded-db";

const mode = (dir: string) => statSync(dir).mode & 0o777;

describe("makeClusterFolder", () => {
  let root = "";
  let previousUmask: number | undefined;
  afterEach(() => {
    if (previousUmask !== undefined) process.umask(previousUmask);
    previousUmask = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  function freshClone(umask: number) {
    root = mkdtempSync(path.join(tmpdir(), "mgi-folder-"));
    previousUmask = process.umask(umask);
    // A fresh clone's `npm start`: neither .data nor .data/postgres exists yet.
    return path.join(root, ".data", "postgres");
  }

  it("keeps the cluster private and leaves the new folders above it enterable by the postgres user", () => {
    const dataDir = freshClone(0o022);
    makeClusterFolder(dataDir, { othersEnter: true });
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(root, ".data")) & 0o001).toBe(0o001);
  });

  it("opens the new folders above the cluster to the postgres user even under a umask of 077", () => {
    freshClone(0o077);
    makeClusterFolder(path.join(root, ".data", "deeper", "postgres"), { othersEnter: true });
    expect(mode(path.join(root, ".data"))).toBe(0o755);
    expect(mode(path.join(root, ".data", "deeper"))).toBe(0o755);
    expect(mode(path.join(root, ".data", "deeper", "postgres"))).toBe(0o700);
  });

  it("leaves folders it did not create, and the umask of a server running as the same user, alone", () => {
    freshClone(0o077);
    mkdirSync(path.join(root, "mine"), { mode: 0o700 });
    makeClusterFolder(path.join(root, "mine", ".data", "postgres"), { othersEnter: true });
    expect(mode(path.join(root, "mine"))).toBe(0o700);
    expect(mode(path.join(root, "mine", ".data"))).toBe(0o755);

    makeClusterFolder(path.join(root, "own", "postgres"), { othersEnter: false });
    expect(mode(path.join(root, "own"))).toBe(0o700);
  });

  it("opens only the new folders when given a path relative to the working folder", () => {
    freshClone(0o077);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      makeClusterFolder(path.join("relative", "postgres"), { othersEnter: true });
    } finally {
      process.chdir(cwd);
    }
    expect(mode(root)).toBe(0o700);
    expect(mode(path.join(root, "relative"))).toBe(0o755);
    expect(mode(path.join(root, "relative", "postgres"))).toBe(0o700);
  });
});
