// Minimal structured logger: one JSON line per event on stderr, so logs stay machine-readable.
type Level = "info" | "warn" | "error";

function write(level: Level, message: string, detail?: unknown) {
  const entry: Record<string, unknown> = { level, time: new Date().toISOString(), message };
  if (detail instanceof Error) entry.error = { name: detail.name, message: detail.message, stack: detail.stack };
  else if (detail !== undefined) entry.detail = detail;
  process.stderr.write(`${JSON.stringify(entry)}\n`);
}

export const logger = {
  info: (message: string, detail?: unknown) => write("info", message, detail),
  warn: (message: string, detail?: unknown) => write("warn", message, detail),
  error: (message: string, detail?: unknown) => write("error", message, detail),
};
