// End-to-end tests: the built SPA (../dist) served by the reference Better Auth server
// (../server) with a fresh in-memory database, driven in the system Chromium.
import { execSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";

const here = path.dirname(fileURLToPath(import.meta.url));

// Workers re-evaluate this file, so the port is picked once in the main process and passed
// on through the environment. Synchronous because the config must be a plain object.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execSync(
    `"${process.execPath}" -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"`,
    { encoding: "utf8" },
  ).trim();
}
const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;
const staticDir = path.resolve(here, process.env.E2E_STATIC_DIR ?? "../dist");

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Every test signs up its own fresh user, so tests do not share state.
  fullyParallel: true,
  workers: 2, // the machines have 2 cores
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    permissions: ["clipboard-read", "clipboard-write"],
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Never a Playwright-downloaded browser: those downloads fail here.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          // Without the background-networking flags Chromium keeps dialing out, and this
          // machine's network is closed.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `"${process.execPath}" "${path.resolve(here, "../server/index.mjs")}"`,
    cwd: path.resolve(here, "../server"),
    url: `${baseURL}/api/auth/ok`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the server close its database and exit 0 instead of being killed.
    gracefulShutdown: { signal: "SIGTERM", timeout: 3_000 },
    env: {
      PORT: String(port),
      DATABASE_PATH: ":memory:",
      BA_TEST_ROUTES: "1",
      // Playwright dies on SIGTERM without stopping the server; its stdin pipe closing does.
      EXIT_WITH_STDIN: "1",
      STATIC_DIR: staticDir,
      // Explicit so that a developer's own server settings in the environment do not leak in.
      HOST: "127.0.0.1",
      AUTH_BASE_PATH: "/api/auth",
      BETTER_AUTH_URL: baseURL,
      TRUSTED_ORIGINS: `${baseURL},http://127.0.0.1:${port}`,
      // Production turns on Better Auth's rate limiter (3 sign-ups / 10 s); test mode
      // turns off its CSRF check. Tests want neither.
      NODE_ENV: "development",
      TEST: "",
    },
  },
});
