// The upload body reader: its cap holds for bodies of unknown length, and what it refuses with which status.
import { describe, expect, it } from "vitest";
import { BodyRefused, readMultipartForm } from "./multipart";

const BOUNDARY = "----mgi-test";
const TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

function filePart(name: string, content: string) {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n${content}\r\n--${BOUNDARY}--\r\n`;
}

/** A body that never ends by itself: the start of a file part, then filler for as long as it is read. */
function endlessBody(chunkBytes = 64 * 1024) {
  const stats = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  const head = encoder.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n`);
  const filler = new Uint8Array(chunkBytes).fill(0x41);
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = first ? head : filler;
      first = false;
      stats.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { body, stats };
}

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => (error instanceof BodyRefused ? error.refusal.status : error),
  );

describe("readMultipartForm", () => {
  it("reads a file under the cap", async () => {
    const request = new Request("http://app.example/upload", { method: "POST", headers: { "content-type": TYPE }, body: filePart("decree.pdf", "%PDF-1.4") });
    const form = await readMultipartForm(request, 1024);
    const file = form.get("file") as File;
    expect(file.name).toBe("decree.pdf");
    expect(await file.text()).toBe("%PDF-1.4");
  });

  it("refuses a body of unknown length once it passes the cap, without reading on or dropping the connection", async () => {
    const { body, stats } = endlessBody();
    const request = new Request("http://app.example/upload", { method: "POST", headers: { "content-type": TYPE }, body, duplex: "half" } as RequestInit);
    await expect(refusalOf(readMultipartForm(request, 1024 * 1024))).resolves.toBe(413);
    // At most the chunk that crossed the cap, plus what the stream had queued ahead.
    expect(stats.pulled).toBeLessThan(1024 * 1024 + 3 * 64 * 1024);
    expect(stats.cancelled).toBe(false);
  });

  it("refuses a declared length above the cap before reading", async () => {
    const { body, stats } = endlessBody();
    const request = new Request("http://app.example/upload", {
      method: "POST",
      headers: { "content-type": TYPE, "content-length": String(2 * 1024 * 1024) },
      body,
      duplex: "half",
    } as RequestInit);
    await expect(refusalOf(readMultipartForm(request, 1024 * 1024))).resolves.toBe(413);
    expect(stats.pulled).toBeLessThan(3 * 64 * 1024);
  });

  it("answers another content type with 415 and a broken body with 400", async () => {
    const json = new Request("http://app.example/upload", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await expect(refusalOf(readMultipartForm(json, 1024))).resolves.toBe(415);
    const none = new Request("http://app.example/upload", { method: "POST", body: "x" });
    await expect(refusalOf(readMultipartForm(none, 1024))).resolves.toBe(415);
    const truncated = new Request("http://app.example/upload", {
      method: "POST",
      headers: { "content-type": TYPE },
      body: filePart("a.pdf", "x").slice(0, 40),
    });
    await expect(refusalOf(readMultipartForm(truncated, 1024))).resolves.toBe(400);
    const noBoundary = new Request("http://app.example/upload", { method: "POST", headers: { "content-type": "multipart/form-data" }, body: "garbage" });
    await expect(refusalOf(readMultipartForm(noBoundary, 1024))).resolves.toBe(400);
  });
});
