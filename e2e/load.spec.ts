// Loading: the painted shell before the app, the requests index.html sends before the wasm (and
// that the app must not send again), and their fallbacks: signed out, API down, another list
// page, a route without a list, and the German strings.
import type { Page, Request } from "@playwright/test";
import { test, expect } from "./support/fixtures.ts";
import { seedApiKeys } from "./support/api.ts";
import { holdWasm } from "./support/page.ts";

/** Every API request the page sends, as `METHOD path?query`, from before navigation on. */
function recordApi(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith("/api/auth/")) seen.push(`${r.method()} ${url.pathname.slice(9)}${url.search}`);
  });
  return seen;
}

const LIST = "GET /api-key/list?limit=10&offset=0&sortBy=createdAt&sortDirection=desc";

test("the frame is painted before the app, without words, and gives way to it", async ({ page, user: _ }) => {
  const release = await holdWasm(page);
  await page.goto("/settings/security");
  const shell = page.locator("#ba-shell");
  await expect(shell.locator("#ba-shell-settings .ba-card .ba-row")).toHaveCount(3);
  await expect(shell.locator("#ba-shell-settings")).toBeVisible();
  await expect(shell.locator("#ba-shell-auth")).toBeHidden();
  // No text that could be in the wrong language.
  expect((await shell.innerText()).trim()).toBe("");
  const frame = await shell.locator("#ba-shell-settings .ba-card").boundingBox();
  release();
  await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
  await expect(shell).toHaveCount(0);
  // The app's card is where the shell drew it.
  const card = await page.locator("section.ba-card").first().boundingBox();
  expect(Math.abs(card!.y - frame!.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(card!.x - frame!.x)).toBeLessThanOrEqual(1);
});

test("the shell follows the user's color scheme and the route", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, colorScheme: "dark" });
  const page = await context.newPage();
  await holdWasm(page);
  await page.goto("/auth/sign-in");
  await expect(page.locator("#ba-shell-auth")).toBeVisible();
  await expect(page.locator("#ba-shell-settings")).toBeHidden();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(9, 9, 11)");
  const card = await page.locator("#ba-shell-auth .ba-card").evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(card).toBe("rgb(18, 18, 20)");
  await context.close();
});

test("the session and the first page leave before the wasm and are not asked for again", async ({ page, user: _ }) => {
  const api = recordApi(page);
  const release = await holdWasm(page);
  const list = page.waitForRequest((r) => r.url().includes("/api/auth/api-key/list"));
  await page.goto("/settings/security");
  // Sent while the wasm is still held: by the page, not the app.
  await list;
  expect(api).toContain("GET /get-session");
  release();
  await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
  expect(api.filter((r) => r === "GET /get-session")).toHaveLength(1);
  expect(api.filter((r) => r.startsWith("GET /api-key/list"))).toEqual([LIST]);
});

test("the page and order in the URL are the ones asked for early", async ({ page, user: _ }) => {
  await seedApiKeys(page.request, 12, "key");
  const api = recordApi(page);
  await page.goto("/settings/security?page=2&sort=name-asc");
  await expect(page.getByText("11–12 of 12")).toBeVisible();
  expect(api.filter((r) => r.startsWith("GET /api-key/list"))).toEqual([
    "GET /api-key/list?limit=10&offset=10&sortBy=name&sortDirection=asc",
  ]);
  await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("name-asc");
});

test("bad page and order values fall back to the first page, newest first, early and late alike", async ({ page, user: _ }) => {
  await seedApiKeys(page.request, 3, "key");
  const api = recordApi(page);
  await page.goto("/settings/security?page=abc&sort=bogus");
  await expect(page.getByRole("heading", { name: "key-3" })).toBeVisible();
  expect(api.filter((r) => r.startsWith("GET /api-key/list"))).toEqual([LIST]);
});

test("signed out: the early answers send the visitor to sign-in, and back after it", async ({ page }) => {
  const api = recordApi(page);
  await page.goto("/settings/security");
  await expect(page).toHaveURL(/\/auth\/sign-in\?redirect=%2Fsettings%2Fsecurity$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect(api.filter((r) => r === "GET /get-session")).toHaveLength(1);
  expect(api.filter((r) => r.startsWith("GET /api-key/list"))).toHaveLength(1);
});

test("API down while loading: a clear message, and Retry recovers", async ({ page, user: _ }) => {
  await page.route("**/api/auth/**", (route) => route.abort("connectionrefused"));
  await page.goto("/settings/security");
  await expect(page.getByRole("alert").first()).toContainText("Could not reach the server.");
  await page.unroute("**/api/auth/**");
  await page.getByRole("button", { name: "Retry" }).first().click();
  await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
});

test("a route without a list sends no list request early", async ({ page, user: _ }) => {
  const api = recordApi(page);
  await page.goto("/organization/settings");
  await expect(page.getByRole("heading", { name: "No organization selected" })).toBeVisible();
  await page.goto("/auth/sign-up");
  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
  // The organization page and the sign-up page asked for the session only; the list came
  // from the security page the sign-up page sent the signed-in user to.
  expect(api.filter((r) => r.startsWith("GET /api-key/list"))).toEqual([LIST]);
});

test("German: the strings load with the page, for German visitors only", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "de-DE" });
  const page = await context.newPage();
  const files: string[] = [];
  page.on("request", (r) => files.push(new URL(r.url()).pathname));
  await page.goto("/auth/sign-in");
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  expect(files.filter((f) => f === "/locales/de.json")).toHaveLength(1);
  // English visitors never download it.
  const en = await browser.newContext({ baseURL, locale: "en-US" });
  const other = await en.newPage();
  const enFiles: string[] = [];
  other.on("request", (r) => enFiles.push(new URL(r.url()).pathname));
  await other.goto("/auth/sign-in");
  await expect(other.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect(enFiles.filter((f) => f.startsWith("/locales/"))).toEqual([]);
  await context.close();
  await en.close();
});

test("a crash of the app shows a visible error in the app's words", async ({ page, user: _ }) => {
  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
  // What a panic is in the release build: a WebAssembly trap, reaching the page as an error.
  await page.evaluate(() => {
    window.dispatchEvent(new ErrorEvent("error", { error: new WebAssembly.RuntimeError("unreachable") }));
  });
  await expect(page.getByRole("alert")).toContainText("Something went wrong");
  await expect(page.getByRole("link", { name: "Reload" })).toBeVisible();
});
