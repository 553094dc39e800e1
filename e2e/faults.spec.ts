// Faults, injected by request interception against the real server: the server down (at load
// and in the middle of create, delete and list), odd answers (empty 500/404, malformed JSON,
// 429 with x-retry-after), a very slow answer, a session that ends mid-use, keys changed in
// another tab, and answers that arrive out of order.
import type { Page, Route } from "@playwright/test";
import { test, expect } from "./support/fixtures.ts";
import { createApiKey, deleteApiKey, seedApiKeys, listApiKeys, DEFAULT_PASSWORD } from "./support/api.ts";

const KEYS = "**/api/auth/api-key/**";

/** The path part of a route's URL, e.g. `/api/auth/api-key/list`. */
function path(route: Route): string {
  return new URL(route.request().url()).pathname;
}

/** Fails the next requests to `endpoint` (a path suffix) with `fault`, then lets them through. */
async function breakEndpoint(page: Page, endpoint: string, fault: (route: Route) => Promise<void>) {
  await page.route(KEYS, async (route) => (path(route).endsWith(endpoint) ? fault(route) : route.fallback()));
}

const down = (route: Route) => route.abort("connectionrefused");

test("server down when the page loads: a clear message and one Retry that recovers", async ({ page, user: _ }) => {
  await createApiKey(page.request, { name: "survivor" });
  await page.route("**/api/auth/**", down);
  await page.goto("/settings/security");
  await expect(page.getByRole("alert").first()).toContainText("Could not reach the server. Check your connection and try again.");
  await page.unroute("**/api/auth/**");
  await page.getByRole("button", { name: "Retry" }).first().click();
  await expect(page.getByRole("heading", { name: "survivor" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("server down during create: the input is kept and nothing is half done", async ({ page, user: _ }) => {
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Create API key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByRole("textbox", { name: "Name" }).fill("ci-deploy");
  await dialog.getByRole("combobox", { name: "Expiration" }).selectOption({ label: "90 days" });
  await breakEndpoint(page, "/create", down);
  await dialog.getByRole("button", { name: "Create API key" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Could not reach the server. Check your connection and try again.");
  await expect(dialog.getByRole("textbox", { name: "Name" })).toHaveValue("ci-deploy");
  await expect(dialog.getByRole("combobox", { name: "Expiration" })).toHaveValue("90");
  expect((await listApiKeys(page.request)).total).toBe(0);

  await page.unroute(KEYS);
  await dialog.getByRole("button", { name: "Create API key" }).click();
  await expect(page.getByRole("dialog", { name: "New API key" })).toBeVisible();
  expect((await listApiKeys(page.request)).total).toBe(1);
});

test("server down during delete and list: the key stays, Retry works", async ({ page, user: _ }) => {
  await seedApiKeys(page.request, 12, "key");
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Delete API key key-12" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete API key" });
  await breakEndpoint(page, "/delete", down);
  await confirm.getByRole("button", { name: "Delete API key" }).click();
  await expect(confirm.getByRole("alert")).toHaveText("Could not reach the server. Check your connection and try again.");
  await expect(page.getByRole("heading", { name: "key-12" })).toBeVisible();
  await page.unroute(KEYS);
  await confirm.getByRole("button", { name: "Cancel" }).click();

  // The next page fails to load: the message offers Retry and the old page stays readable.
  await breakEndpoint(page, "/list", down);
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByRole("alert")).toContainText("Couldn't load API keys.");
  await expect(page.getByRole("heading", { name: "key-12" })).toBeVisible();
  await page.unroute(KEYS);
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByText("11–12 of 12")).toBeVisible();
  await expect(page.getByRole("heading", { name: "key-1", exact: true })).toBeVisible();
});

for (const [what, fault, message] of [
  ["an empty 500", (r: Route) => r.fulfill({ status: 500, body: "" }), "The server ran into a problem (HTTP 500). Please try again."],
  ["an empty 404", (r: Route) => r.fulfill({ status: 404, body: "" }), "The server answered “not found” (HTTP 404)."],
  ["malformed JSON", (r: Route) => r.fulfill({ status: 200, contentType: "application/json", body: '{"apiKeys": [' }), "The server sent an answer this app cannot read."],
  [
    "429 with x-retry-after",
    (r: Route) =>
      r.fulfill({
        status: 429,
        headers: { "x-retry-after": "12", "content-type": "application/json" },
        body: JSON.stringify({ message: "Too many requests. Please try again later." }),
      }),
    "Too many requests. Try again in 12 seconds.",
  ],
] as const) {
  test(`the list answers ${what}: "${message}"`, async ({ page, user: _ }) => {
    await breakEndpoint(page, "/list", fault);
    await page.goto("/settings/security");
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  });
}

test("a very slow create: pending, one request, cancellable, and the key still shown", async ({ page, user: _ }) => {
  let creates = 0;
  await page.goto("/settings/security");
  await page.route(KEYS, async (route) => {
    if (!path(route).endsWith("/create")) return route.fallback();
    creates++;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await route.fallback();
  });
  await page.getByRole("button", { name: "Create API key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByRole("textbox", { name: "Name" }).fill("slow");
  const submit = dialog.getByRole("button", { name: "Create API key" });
  await submit.click();
  await expect(submit).toHaveAttribute("aria-busy", "true");
  // Playwright refuses to click aria-disabled buttons; an impatient user does not.
  await submit.click({ force: true });
  await dialog.getByRole("textbox", { name: "Name" }).press("Enter");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  // The server did create it: the only copy of the secret must not be lost.
  await expect(page.getByRole("dialog", { name: "New API key" })).toBeVisible({ timeout: 10_000 });
  expect(creates).toBe(1);
  expect((await listApiKeys(page.request)).total).toBe(1);
});

test("the session ends mid-use: sign-in explains, then returns", async ({ page, user }) => {
  await seedApiKeys(page.request, 11, "key");
  await page.goto("/settings/security");
  await expect(page.getByText("1–10 of 11")).toBeVisible();
  // Signed out in another tab of the same browser.
  const other = await page.context().newPage();
  await other.goto("/settings/security");
  await other.getByRole("button", { name: "Sign out" }).click();
  await expect(other).toHaveURL(/\/auth\/sign-in$/);
  await other.close();

  // The page turned to is in the URL, so sign-in brings the user back to it.
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/auth\/sign-in\?redirect=%2Fsettings%2Fsecurity%3Fpage%3D2$/);
  await expect(page.getByText("Your session has expired. Please sign in again.")).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings\/security\?page=2$/);
  await expect(page.getByText("11–11 of 11")).toBeVisible();
});

test("the cookie is cleared mid-use: the next action leads to sign-in", async ({ page, user: _ }) => {
  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Create API key" }).first().click();
  await page.getByRole("dialog", { name: "Create API key" }).getByRole("textbox", { name: "Name" }).press("Enter");
  await expect(page).toHaveURL(/\/auth\/sign-in\?redirect=/);
  await expect(page.getByText("Your session has expired. Please sign in again.")).toBeVisible();
});

test("keys deleted or renamed in another tab: the stale row updates with a message", async ({ page, user: _ }) => {
  const gone = await createApiKey(page.request, { name: "gone-elsewhere" });
  const renamed = await createApiKey(page.request, { name: "old-name" });
  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { name: "gone-elsewhere" })).toBeVisible();

  // Deleted in another tab, then edited here.
  await deleteApiKey(page.request, gone);
  await page.getByRole("button", { name: "Edit API key gone-elsewhere" }).click();
  const edit = page.getByRole("dialog", { name: "Edit API key" });
  await edit.getByRole("textbox", { name: "Name" }).fill("still-here?");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("This API key was already deleted, perhaps in another tab or by another client.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "gone-elsewhere" })).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);

  // Renamed in another tab: coming back to this one refreshes the list.
  await page.request.post("/api/auth/api-key/update", {
    data: { keyId: renamed.id, name: "new-name" },
    headers: { Origin: new URL(page.url()).origin },
  });
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(page.getByRole("heading", { name: "new-name" })).toBeVisible();
});

test("out-of-order answers: the screen shows the latest request's data", async ({ page, user: _ }) => {
  for (const name of ["charlie", "alpha", "bravo"]) await createApiKey(page.request, { name });
  await page.goto("/settings/security");
  const names = page.getByRole("list", { name: "API keys" }).getByRole("heading");
  await expect(names).toHaveText(["bravo", "alpha", "charlie"]);

  // "Oldest" answers late; "Name A–Z", asked for after it, answers at once.
  await page.route(KEYS, async (route) => {
    if (!path(route).endsWith("/list")) return route.fallback();
    const sortDirection = new URL(route.request().url()).searchParams.get("sortDirection");
    const sortBy = new URL(route.request().url()).searchParams.get("sortBy");
    if (sortBy === "createdAt" && sortDirection === "asc") await new Promise((r) => setTimeout(r, 1_500));
    await route.fallback();
  });
  const isOldest = (url: URL) =>
    url.pathname.endsWith("/list") && url.searchParams.get("sortBy") === "createdAt" && url.searchParams.get("sortDirection") === "asc";
  const lateAnswer = page.waitForEvent("requestfinished", (r) => isOldest(new URL(r.url())));
  await page.getByLabel("Sort by").selectOption({ label: "Oldest" });
  await page.getByLabel("Sort by").selectOption({ label: "Name A–Z" });
  await expect(names).toHaveText(["alpha", "bravo", "charlie"]);
  // The late answer (its whole body) has reached the page; give the app two frames to act on it.
  expect((await (await lateAnswer).response())?.status()).toBe(200);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
  await expect(names).toHaveText(["alpha", "bravo", "charlie"]);
  await expect(page.getByLabel("Sort by")).toHaveValue("name-asc");
});
