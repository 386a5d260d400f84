// The demo accounts' published password never reaches a server others can open, unless someone asks for it.
import { describe, expect, it } from "vitest";
import { isLoopbackHost, shouldLoadDemo } from "./demo-policy";

describe("shouldLoadDemo", () => {
  const fresh = { embedded: true, fresh: true, wantsDemo: false };

  it("loads the demo into a new embedded database served on this machine only", () => {
    expect(shouldLoadDemo({ ...fresh, host: "127.0.0.1" }).action).toBe("load");
    expect(shouldLoadDemo({ ...fresh, host: "localhost" }).action).toBe("load");
    expect(shouldLoadDemo({ ...fresh, host: "::1" }).action).toBe("load");
  });

  it.each(["0.0.0.0", "::", "192.168.1.20", "mgi.example.org", "10.0.0.5"])(
    "refuses it on a new embedded database served on %s, saying how to proceed",
    (host) => {
      const decision = shouldLoadDemo({ ...fresh, host });
      expect(decision.action).toBe("refuse");
      expect(decision.reason).toContain(`APP_HOST=${host}`);
      expect(decision.reason).toContain("--demo");
      expect(decision.reason).toContain("user:create");
    },
  );

  it("loads it wherever it is asked for with --demo or SEED_DEMO=1", () => {
    expect(shouldLoadDemo({ ...fresh, host: "0.0.0.0", wantsDemo: true }).action).toBe("load");
    expect(shouldLoadDemo({ embedded: false, fresh: false, host: "0.0.0.0", wantsDemo: true }).action).toBe("load");
  });

  it("never loads it into your own database or one that has accounts already, unless asked", () => {
    expect(shouldLoadDemo({ embedded: false, fresh: true, host: "127.0.0.1", wantsDemo: false }).action).toBe("skip");
    expect(shouldLoadDemo({ embedded: true, fresh: false, host: "127.0.0.1", wantsDemo: false }).action).toBe("skip");
    expect(shouldLoadDemo({ embedded: true, fresh: false, host: "0.0.0.0", wantsDemo: false }).action).toBe("skip");
  });
});

describe("isLoopbackHost", () => {
  it.each(["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "app.localhost", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"])(
    "%s is this machine only",
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each(["0.0.0.0", "::", "[::]", "192.168.0.1", "128.0.0.1", "example.org", "localhost.example.org", "::ffff:10.0.0.1", ""])(
    "%s is reachable from elsewhere",
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});
