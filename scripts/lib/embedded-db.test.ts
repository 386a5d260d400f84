import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeClusterFolder } from "./embedded-db";

describe("makeClusterFolder", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("keeps the cluster private and leaves the new folders above it enterable by the postgres user", () => {
    root = mkdtempSync(path.join(tmpdir(), "mgi-folder-"));
    const previous = process.umask(0o022);
    try {
      // A fresh clone's `npm start`: neither .data nor .data/postgres exists yet.
      const dataDir = path.join(root, ".data", "postgres");
      makeClusterFolder(dataDir);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(root, ".data")).mode & 0o001).toBe(0o001);
    } finally {
      process.umask(previous);
    }
  });
});
