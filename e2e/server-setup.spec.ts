// The cards against servers set up like a stock Better Auth rather than the reference one: no
// organization configuration (a create with configId "organization" silently becomes a personal
// key there), and Better Auth's default find-many limit of 100 rows. Each server is a separate
// reference server process serving the built app, configured through its environment.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import { startReferenceServer, type Running } from "./support/servers.ts";
import { DEFAULT_PASSWORD } from "./support/api.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, process.env.E2E_STATIC_DIR ?? "../dist");

/** A fresh user signed in in `page`'s context, on `origin`'s server. */
async function signUpOn(page: Page, origin: string): Promise<{ id: string }> {
  const answer = await post(page.request, origin, "/sign-up/email", {
    email: `setup-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`,
    password: DEFAULT_PASSWORD,
    name: "Setup Tester",
  });
  return answer.user;
}

async function post(request: APIRequestContext, origin: string, route: string, data: unknown) {
  const response = await request.post(`${origin}/api/auth${route}`, {
    data,
    headers: { Origin: origin, "Content-Type": "application/json" },
  });
  expect(response.ok(), `${route}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

async function list(request: APIRequestContext, origin: string, query = "") {
  const response = await request.get(`${origin}/api/auth/api-key/list${query}`);
  expect(response.ok()).toBe(true);
  return response.json() as Promise<{ apiKeys: { name: string; configId: string }[]; total: number }>;
}

test.describe("a server without an organization configuration", () => {
  let server: Running;
  let origin: string;
  test.beforeAll(async () => {
    server = await startReferenceServer({ BA_API_KEY_CONFIGS: "user-only", STATIC_DIR: dist });
    origin = `http://localhost:${server.port}`;
  });
  test.afterAll(async () => server?.stop());

  test("an organization key is never silently made a personal one", async ({ page }) => {
    await signUpOn(page, origin);
    const org = await post(page.request, origin, "/organization/create", { name: "Acme", slug: `acme-${Date.now()}` });
    const deletes: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/api-key/delete")) deletes.push(r.postData() ?? "");
    });

    await page.goto(`${origin}/organization/settings`);
    const card = page.getByRole("region", { name: "API keys" });
    await card.getByRole("button", { name: "Create API key" }).click();
    const dialog = page.getByRole("dialog", { name: "Create API key" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("acme-deploy");
    await dialog.getByRole("button", { name: "Create API key" }).click();

    // The user is told plainly, in the dialog; no secret is ever shown.
    await expect(dialog.getByRole("alert")).toContainText(
      "The server is not set up for organization API keys: it made a personal key instead.",
    );
    await expect(dialog.getByRole("alert")).toContainText("That key was deleted again right away");
    await expect(page.getByRole("dialog", { name: "New API key" })).toHaveCount(0);
    await expect(dialog.getByRole("textbox", { name: "Name" })).toHaveValue("acme-deploy");

    // The stray personal key is gone from the server, and nothing is on either page.
    expect(deletes).toHaveLength(1);
    expect((await list(page.request, origin)).total).toBe(0);
    expect((await list(page.request, origin, `?organizationId=${org.id}`)).total).toBe(0);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.goto(`${origin}/settings/security`);
    await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
  });

  test("metadata stays off, and personal keys work as usual", async ({ page }) => {
    await signUpOn(page, origin);
    await page.goto(`${origin}/settings/security`);
    await page.getByRole("button", { name: "Create API key" }).click();
    const dialog = page.getByRole("dialog", { name: "Create API key" });
    // One personal configuration: no menu; metadata not offered unless the page enables it.
    await expect(dialog.getByRole("combobox", { name: "Configuration" })).toHaveCount(0);
    await expect(dialog.getByRole("textbox", { name: "Metadata" })).toHaveCount(0);
    await dialog.getByRole("textbox", { name: "Name" }).fill("plain");
    await dialog.getByRole("button", { name: "Create API key" }).click();
    await expect(page.getByRole("dialog", { name: "New API key" })).toBeVisible();
    expect((await list(page.request, origin)).apiKeys.map((k) => [k.name, k.configId])).toEqual([["plain", "default"]]);
  });
});

test.describe("a server with Better Auth's default find-many limit", () => {
  let server: Running;
  let origin: string;
  test.beforeAll(async () => {
    server = await startReferenceServer({ BA_FIND_MANY_LIMIT: "stock", STATIC_DIR: dist });
    origin = `http://localhost:${server.port}`;
  });
  test.afterAll(async () => server?.stop());

  test("a capped list tells the developer which setting to raise", async ({ page }) => {
    test.setTimeout(60_000);
    await signUpOn(page, origin);
    for (let i = 1; i <= 105; i++) await post(page.request, origin, "/api-key/create", { name: `k-${i}` });
    expect((await list(page.request, origin)).total).toBe(100);
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    await page.goto(`${origin}/settings/security`);
    await expect(page.getByText("1–10 of 100")).toBeVisible();
    await expect.poll(() => warnings.join("\n")).toContain("defaultFindManyLimit");
    expect(warnings.filter((w) => w.includes("defaultFindManyLimit"))).toHaveLength(1);
  });
});

test.describe("the reference server in production mode", () => {
  const serverDir = path.resolve(here, "../server");
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ["index.mjs"], {
      cwd: serverDir,
      // Never listens: it must stop before that.
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", PORT: "9", DATABASE_PATH: ":memory:", ...env },
      encoding: "utf8",
      timeout: 20_000,
    });

  test("refuses to start with the public development secret, or none", () => {
    for (const env of [{}, { BETTER_AUTH_SECRET: "better-auth-reference-server-dev-secret-not-for-production" }]) {
      const result = run(env);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("Refusing to start with NODE_ENV=production");
      expect(result.stderr).toContain("BETTER_AUTH_SECRET");
    }
  });

  test("refuses to start with the test routes on", () => {
    const result = run({ BETTER_AUTH_SECRET: randomBytes(32).toString("base64"), BA_TEST_ROUTES: "1" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("BA_TEST_ROUTES is on");
  });

  test("starts with a private secret and no test routes", async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    const child = spawn(process.execPath, ["index.mjs"], {
      cwd: serverDir,
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_PATH: ":memory:",
        BETTER_AUTH_SECRET: randomBytes(32).toString("base64"),
      },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    try {
      await expect.poll(() => out, { timeout: 15_000 }).toContain("reference server:");
      expect(out).not.toContain("test routes: ON");
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill("SIGTERM");
    }
  });
});
