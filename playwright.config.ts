// End-to-end journeys in Chromium against the production build on a throwaway embedded database.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_LOG_FILE, E2E_PORT, E2E_STATE_FILE } from "./e2e/fixtures/state";

const PORT = E2E_PORT;
const baseURL = `http://127.0.0.1:${PORT}`;
// Debian's Chromium where it is installed (CI, these machines); otherwise Playwright's own (`npx playwright install chromium`).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: systemChromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  },
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-GB",
  },
  projects: [
    {
      name: "chromium",
      // The demo's publication moves the demo on from the state the other journeys read: it runs after them.
      testIgnore: /demo-publication\.spec\.ts/,
      use: chromium,
    },
    { name: "demo-publication", testMatch: /demo-publication\.spec\.ts/, dependencies: ["chromium"], use: chromium },
  ],
  webServer: {
    command: `tsx scripts/start.ts --ephemeral --port ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: { E2E_STATE_FILE, E2E_LOG_FILE },
    stdout: "ignore",
    stderr: "pipe",
  },
});
