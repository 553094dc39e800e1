// Deployment behind an existing Better Auth server: the built app served by a plain static
// server, behind a reverse proxy that publishes the auth API at a non-default path, configured
// only through the <meta> tag in index.html (no rebuild).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect } from "@playwright/test";
import { startReferenceServer, startReverseProxy, startStaticServer, type Running } from "./support/servers.ts";
import { DEFAULT_PASSWORD } from "./support/api.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const PUBLIC_API = "/identity/api";

let auth: Running;
let site: Running;
let proxy: Running & { apiRequests: string[]; setApi(url: string): void };
let root: string;

test.beforeAll(async () => {
  // The deployer's copy of dist/, with the API URL set in the page.
  root = mkdtempSync(path.join(tmpdir(), "ba-dist-"));
  cpSync(path.resolve(here, process.env.E2E_STATIC_DIR ?? "../dist"), root, { recursive: true });
  const index = path.join(root, "index.html");
  const html = readFileSync(index, "utf8");
  const configured = html.replace(
    /<meta name="better-auth-url" content="[^"]*"/,
    `<meta name="better-auth-url" content="${PUBLIC_API}"`,
  );
  expect(configured).not.toBe(html);
  writeFileSync(index, configured);
  rmSync(`${index}.br`, { force: true });
  rmSync(`${index}.gz`, { force: true });

  site = await startStaticServer(root);
  // The auth server must trust the proxy's (public) origin, so the proxy comes first.
  proxy = await startReverseProxy({ site: site.url, apiPrefix: PUBLIC_API, apiTarget: "/api/auth" });
  auth = await startReferenceServer({ TRUSTED_ORIGINS: proxy.url, BETTER_AUTH_URL: proxy.url });
  proxy.setApi(auth.url);
});

test.afterAll(async () => {
  await proxy?.stop();
  await site?.stop();
  await auth?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test("sign up and create a key through a reverse proxy with a non-default API path", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: proxy.url });
  const page = await context.newPage();
  const email = `proxy-${Date.now()}@example.test`;
  await page.goto("/auth/sign-up");
  await page.getByLabel("Name").fill("Behind A Proxy");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/settings\/security$/);

  await page.getByRole("button", { name: "Create API key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByRole("textbox", { name: "Name" }).fill("through-the-proxy");
  await dialog.getByRole("button", { name: "Create API key" }).click();
  const key = await page.getByRole("dialog", { name: "New API key" }).getByRole("textbox").inputValue();

  // Every API call went through the public path, and the key is real on the server.
  expect(proxy.apiRequests.some((r) => r.startsWith(`POST ${PUBLIC_API}/api-key/create`))).toBe(true);
  expect(proxy.apiRequests.every((r) => r.split(" ")[1].startsWith(`${PUBLIC_API}/`))).toBe(true);
  const verified = await (
    await fetch(`${auth.url}/__test/verify-api-key`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ key }),
    })
  ).json();
  expect(verified).toMatchObject({ valid: true, key: { name: "through-the-proxy" } });
  await context.close();
});
