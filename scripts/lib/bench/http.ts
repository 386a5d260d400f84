// A small keep-alive HTTP client for the save loops, where every request depends on the previous answer
// (the version it returned), which a fixed-request load generator cannot express.
import http from "node:http";
import { gunzipSync, brotliDecompressSync, inflateSync } from "node:zlib";

export type HttpResponse = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** What a browser sends with every request (a browser asks for compressed answers, and gets them). */
export const BROWSER_HEADERS = { "Accept-Encoding": "gzip, deflate, br", "User-Agent": "mgi-bench" };

class StaleSocket extends Error {}

export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly origin: string,
    connections: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  /**
   * One request. A kept-alive connection that the server closed as it was reused fails before the server saw
   * the request: that one is retried once, as browsers and Node's documentation do.
   */
  async request(method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<HttpResponse> {
    try {
      return await this.once(method, pathname, headers, body);
    } catch (error) {
      if (!(error instanceof StaleSocket)) throw error;
      return this.once(method, pathname, headers, body);
    }
  }

  private once(method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const url = new URL(pathname, this.origin);
      const payload = body === undefined ? undefined : Buffer.from(body, "utf8");
      const request = http.request(
        url,
        { method, agent: this.agent, headers: { ...BROWSER_HEADERS, ...headers, ...(payload ? { "Content-Length": String(payload.length) } : {}) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => {
            try {
              const raw = Buffer.concat(chunks);
              const encoding = response.headers["content-encoding"];
              const decoded =
                encoding === "gzip" ? gunzipSync(raw) : encoding === "br" ? brotliDecompressSync(raw) : encoding === "deflate" ? inflateSync(raw) : raw;
              resolve({ status: response.statusCode ?? 0, headers: response.headers, text: decoded.toString("utf8") });
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.setTimeout(30_000, () => request.destroy(new Error(`${method} ${pathname}: no answer within 30 s`)));
      request.on("error", (error: NodeJS.ErrnoException) => {
        const stale = request.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE");
        reject(stale ? new StaleSocket(error.message) : error);
      });
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
