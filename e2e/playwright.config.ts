// End-to-end tests: the built SPA (../dist) served by the reference Better Auth server
// (../server) with a fresh in-memory database, driven in the system Chromium. Project
// "chromium" runs every spec against the pinned Better Auth; project "better-auth-1.5" runs the
// specs that touch the API's shape against the same server code on Better Auth 1.5.
import { execSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";

const here = path.dirname(fileURLToPath(import.meta.url));

// Workers re-evaluate this file, so the ports are picked once in the main process and passed
// on through the environment (both at once, so they differ). Synchronous because the config
// must be a plain object.
if (!process.env.E2E_PORT || !process.env.E2E_PORT_BA15) {
  const [pinned, oldest] = execSync(
    `"${process.execPath}" -e "const net=require('net');const a=net.createServer().listen(0,'127.0.0.1',()=>{const b=net.createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(a.address().port+' '+b.address().port);a.close();b.close()})})"`,
    { encoding: "utf8" },
  )
    .trim()
    .split(" ");
  process.env.E2E_PORT ??= pinned;
  process.env.E2E_PORT_BA15 ??= oldest;
}
const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;
// The same server code on Better Auth 1.5 (server/compat/better-auth-1.5), the oldest
// supported line: the specs that exercise the API's shape run against it too.
const portBa15 = Number(process.env.E2E_PORT_BA15);
const baseURLBa15 = `http://localhost:${portBa15}`;
const staticDir = path.resolve(here, process.env.E2E_STATIC_DIR ?? "../dist");

const browser = {
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
};

/** The reference server on `port`, serving ../dist, with a fresh in-memory database. */
function referenceServer(opts: { port: number; name: string; nodeArgs?: string; version?: RegExp }) {
  const url = `http://localhost:${opts.port}`;
  return {
    name: opts.name,
    command: `"${process.execPath}" ${opts.nodeArgs ?? ""} "${path.resolve(here, "../server/index.mjs")}"`,
    cwd: path.resolve(here, "../server"),
    url: `${url}/api/auth/ok`,
    reuseExistingServer: false,
    timeout: 30_000,
    // The start-up line names the versions actually loaded.
    ...(opts.version ? { wait: { stdout: opts.version } } : {}),
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    // SIGTERM lets the server close its database and exit 0 instead of being killed.
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 3_000 },
    env: {
      PORT: String(opts.port),
      DATABASE_PATH: ":memory:",
      BA_TEST_ROUTES: "1",
      // Playwright dies on SIGTERM without stopping the server; its stdin pipe closing does.
      EXIT_WITH_STDIN: "1",
      STATIC_DIR: staticDir,
      // Explicit so that a developer's own server settings in the environment do not leak in.
      HOST: "127.0.0.1",
      AUTH_BASE_PATH: "/api/auth",
      BETTER_AUTH_URL: url,
      TRUSTED_ORIGINS: `${url},http://127.0.0.1:${opts.port}`,
      // Production turns on Better Auth's rate limiter (3 sign-ups / 10 s); test mode
      // turns off its CSRF check. Tests want neither.
      NODE_ENV: "development",
      TEST: "",
    },
  };
}

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
    { name: "chromium", use: { ...browser } },
    {
      // The end-to-end flows that touch the API's shape (list with paging and sorting, create
      // with expiry, edit, delete, organization keys, error bodies), against Better Auth 1.5.
      name: "better-auth-1.5",
      testMatch: ["api-keys.spec.ts", "organization.spec.ts", "contract.spec.ts", "faults.spec.ts"],
      use: { ...browser, baseURL: baseURLBa15 },
    },
  ],
  webServer: [
    referenceServer({ port, name: "WebServer" }),
    // `--import` the resolution hook that loads better-auth & co. from the compat folder.
    referenceServer({
      port: portBa15,
      name: "WebServer 1.5",
      nodeArgs: "--import ./compat/better-auth-1.5/register.mjs",
      version: /Better Auth 1\.5\.\d+ \(api-key 1\.5\.\d+,/,
    }),
  ],
});
