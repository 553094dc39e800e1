// Deployment behind an existing Better Auth server: the built app served by a plain static
// server, behind a reverse proxy, configured only by editing the copied index.html (no rebuild):
// at the root with the auth API at a non-default path (the <meta> tag), and under a sub-path
// (the <base href> and the <meta> tag).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, type Browser, type BrowserContext } from "@playwright/test";
import {
  HOST_NOT_FOUND,
  startReferenceServer,
  startReverseProxy,
  startStaticServer,
  type ReverseProxy,
  type Running,
} from "./support/servers.ts";
import { DEFAULT_PASSWORD } from "./support/api.ts";
import { holdWasm } from "./support/page.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The deployer's copy of dist/, with `edits` applied to its index.html (each must match). */
function deployerCopy(edits: [RegExp, string][]): string {
  const root = mkdtempSync(path.join(tmpdir(), "ba-dist-"));
  cpSync(path.resolve(here, process.env.E2E_STATIC_DIR ?? "../dist"), root, { recursive: true });
  const index = path.join(root, "index.html");
  let html = readFileSync(index, "utf8");
  for (const [pattern, replacement] of edits) {
    const edited = html.replace(pattern, replacement);
    expect(edited, `index.html: ${pattern}`).not.toBe(html);
    html = edited;
  }
  writeFileSync(index, html);
  // The precompressed copies are of the original page; the static server serves plain files.
  rmSync(`${index}.br`, { force: true });
  rmSync(`${index}.gz`, { force: true });
  return root;
}

const apiMeta = (url: string): [RegExp, string] => [
  /<meta name="better-auth-url" content="[^"]*"/,
  `<meta name="better-auth-url" content="${url}"`,
];

/** The three servers of a deployment; the auth server trusts the proxy's (public) origin. */
async function deploy(root: string, proxyOpts: { apiPrefix: string; sitePrefix?: string }) {
  const site = await startStaticServer(root);
  // The auth server must know the proxy's origin, so the proxy comes first.
  const proxy = await startReverseProxy({ site: site.url, apiTarget: "/api/auth", ...proxyOpts });
  const auth = await startReferenceServer({ TRUSTED_ORIGINS: proxy.url, BETTER_AUTH_URL: proxy.url });
  proxy.setApi(auth.url);
  return { site, proxy, auth };
}

async function verifyKey(auth: Running, key: string) {
  const r = await fetch(`${auth.url}/__test/verify-api-key`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ key }),
  });
  return r.json();
}

test.describe("at the root, the API at a non-default path", () => {
  const PUBLIC_API = "/identity/api";
  let auth: Running;
  let site: Running;
  let proxy: ReverseProxy;
  let root: string;

  test.beforeAll(async () => {
    root = deployerCopy([apiMeta(PUBLIC_API)]);
    ({ site, proxy, auth } = await deploy(root, { apiPrefix: PUBLIC_API }));
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
    expect(await verifyKey(auth, key)).toMatchObject({ valid: true, key: { name: "through-the-proxy" } });
    await context.close();
  });
});

test.describe("under a sub-path: the app at /account/, the API at /account/api/auth", () => {
  // What a deployer edits in the copy: <base href="/account/"> and the API's public URL. The
  // proxy publishes the files at /account/ (prefix stripped) and the API at /account/api/auth;
  // anything else on the host is the host's 404.
  const BASE = "/account/";
  const PUBLIC_API = "/account/api/auth";
  let auth: Running;
  let site: Running;
  let proxy: ReverseProxy;
  let root: string;

  test.beforeAll(async () => {
    root = deployerCopy([[/<base href="[^"]*"/, `<base href="${BASE}"`], apiMeta(PUBLIC_API)]);
    ({ site, proxy, auth } = await deploy(root, { apiPrefix: PUBLIC_API, sitePrefix: BASE }));
  });

  test.afterAll(async () => {
    await proxy?.stop();
    await site?.stop();
    await auth?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** A fresh context on the proxy, and every URL its pages ask for (any origin). */
  async function newContext(browser: Browser) {
    const context = await browser.newContext({ baseURL: proxy.url });
    const urls: string[] = [];
    context.on("request", (r) => urls.push(r.url()));
    return { context, urls };
  }

  /** Signs up a fresh user through the public API path; the context is then signed in. */
  async function signUpThroughProxy(context: BrowserContext): Promise<string> {
    const email = `sub-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
    const r = await context.request.post(`${proxy.url}${PUBLIC_API}/sign-up/email`, {
      data: { name: "Under A Base", email, password: DEFAULT_PASSWORD },
      headers: { Origin: proxy.url },
    });
    expect(r.status(), await r.text()).toBe(200);
    return email;
  }

  async function createKeyThroughProxy(context: BrowserContext, name: string) {
    const r = await context.request.post(`${proxy.url}${PUBLIC_API}/api-key/create`, {
      data: { name },
      headers: { Origin: proxy.url },
    });
    expect(r.status(), await r.text()).toBe(200);
  }

  /** The proxy's log from index `from` on, split into API requests and the rest. */
  function seen(from: number) {
    const all = proxy.requests.slice(from).map((r) => r.split(" ")[1]);
    return { all, api: all.filter((p) => p.startsWith(`${PUBLIC_API}/`)) };
  }

  test("a deep link signed out: sign-in and sign-up under the base, back to the page, a key created", async ({ browser }) => {
    const { context, urls } = await newContext(browser);
    const page = await context.newPage();
    const from = proxy.requests.length;

    await page.goto(`${BASE}settings/security`);
    // The URL keeps the base; the redirect is an app path.
    await expect(page).toHaveURL(`${proxy.url}${BASE}auth/sign-in?redirect=%2Fsettings%2Fsecurity`);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    const signUpLink = page.getByRole("link", { name: "Sign up" });
    expect(await signUpLink.getAttribute("href")).toMatch(/^\/account\//);
    await signUpLink.click();
    await expect(page).toHaveURL(`${proxy.url}${BASE}auth/sign-up?redirect=%2Fsettings%2Fsecurity`);
    await expect(page.getByRole("heading", { name: "Sign up" })).toBeVisible();

    await page.getByLabel("Name").fill("Under A Base");
    await page.getByLabel("Email").fill(`sub-ui-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(`${proxy.url}${BASE}settings/security`);
    await expect(page.getByRole("heading", { name: "Security", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();

    await page.getByRole("button", { name: "Create API key" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Create API key" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("under-a-base");
    await dialog.getByRole("button", { name: "Create API key" }).click();
    const shown = page.getByRole("dialog", { name: "New API key" });
    const key = await shown.getByRole("textbox").inputValue();
    await shown.getByRole("button", { name: "I've saved my key" }).click();
    await expect(page.getByRole("heading", { name: "under-a-base" })).toBeVisible();
    expect(await verifyKey(auth, key)).toMatchObject({ valid: true, key: { name: "under-a-base" } });

    // Every request went to the proxy's origin, under /account/: the API through its public
    // path (never /api/auth at the host's root), the files under the base.
    expect(urls.filter((u) => !u.startsWith(`${proxy.url}${BASE}`))).toEqual([]);
    const { all, api } = seen(from);
    expect(all.filter((p) => !p.startsWith(BASE))).toEqual([]);
    expect(all.filter((p) => p.startsWith("/api/auth"))).toEqual([]);
    expect(api).toEqual(expect.arrayContaining([`${PUBLIC_API}/get-session`, `${PUBLIC_API}/sign-up/email`, `${PUBLIC_API}/api-key/create`]));
    // The app's own files came from under the base.
    expect(all.some((p) => /^\/account\/better-auth-ui-app-[0-9a-f]+_bg\.wasm$/.test(p))).toBe(true);
    await context.close();
  });

  test("a reload on a deep link keeps the page, and the early requests are the ones used", async ({ browser }) => {
    const { context } = await newContext(browser);
    await signUpThroughProxy(context);
    for (let i = 1; i <= 12; i++) await createKeyThroughProxy(context, `key-${String(i).padStart(2, "0")}`);
    const page = await context.newPage();
    const deepLink = `${BASE}settings/security?page=2&sort=name-asc`;
    await page.goto(deepLink);
    await expect(page.getByText("11–12 of 12")).toBeVisible();

    const release = await holdWasm(page);
    const from = proxy.requests.length;
    const early = page.waitForRequest((r) => new URL(r.url()).pathname === `${PUBLIC_API}/api-key/list`);
    await page.reload();
    // Sent while the wasm is held: by the page's inline script, under the public API path.
    await early;
    release();
    await expect(page).toHaveURL(`${proxy.url}${deepLink}`);
    await expect(page.getByRole("heading", { name: "Security", level: 1 })).toBeVisible();
    await expect(page.getByText("11–12 of 12")).toBeVisible();
    await expect(page.getByRole("list", { name: "API keys" }).getByRole("heading")).toHaveText(["key-11", "key-12"]);
    await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("name-asc");

    // One session request and one list request for the page load: the app took the answers.
    const { all, api } = seen(from);
    expect(api.filter((p) => p === `${PUBLIC_API}/get-session`)).toHaveLength(1);
    expect(api.filter((p) => p.startsWith(`${PUBLIC_API}/api-key/list`))).toEqual([
      `${PUBLIC_API}/api-key/list?limit=10&offset=10&sortBy=name&sortDirection=asc`,
    ]);
    expect(all.filter((p) => !p.startsWith(BASE))).toEqual([]);
    await context.close();
  });

  test("links in the header carry the base and open the right page in a new tab", async ({ browser }) => {
    const { context, urls } = await newContext(browser);
    await signUpThroughProxy(context);
    const page = await context.newPage();
    await page.goto(`${BASE}settings/security`);
    await expect(page.getByRole("heading", { name: "Security", level: 1 })).toBeVisible();
    const header = page.locator("header");
    await expect(header.getByRole("link", { name: "Organization" })).toBeVisible();

    const hrefs = await header.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) expect(href, `header link ${href}`).toMatch(/^\/account\//);

    for (const [name, heading] of [
      ["Organization", "Organization"],
      ["Security", "Security"],
    ]) {
      const href = await header.getByRole("link", { name, exact: true }).getAttribute("href");
      expect(href).toMatch(/^\/account\//);
      const tab = await context.newPage();
      const response = await tab.goto(href!);
      expect(response?.status(), `${href}`).toBe(200);
      expect(await response?.text()).not.toBe(HOST_NOT_FOUND);
      await expect(tab.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
      await expect(tab.getByRole("heading", { name: "Page not found" })).toHaveCount(0);
      await expect(tab).toHaveURL(`${proxy.url}${href}`);
      await tab.close();
    }
    expect(urls.filter((u) => !u.startsWith(`${proxy.url}${BASE}`))).toEqual([]);
    await context.close();
  });

  test("sign out ends on the sign-in page under the base", async ({ browser }) => {
    const { context, urls } = await newContext(browser);
    await signUpThroughProxy(context);
    const page = await context.newPage();
    await page.goto(`${BASE}settings/security`);
    await expect(page.getByRole("heading", { name: "Security", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${proxy.url}${BASE}auth/sign-in`);
    await expect(page.getByText("You have been signed out.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    expect(urls.filter((u) => !u.startsWith(`${proxy.url}${BASE}`))).toEqual([]);
    await context.close();
  });
});
