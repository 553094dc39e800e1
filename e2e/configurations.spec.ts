// Key configurations, metadata and the details view against the reference server, which has two
// personal configurations (default, ci with prefix ci_), the organization one, metadata on, and
// fills the page's configuration meta tags with them.
import { test, expect } from "./support/fixtures.ts";
import { expectAccessible, expectFitsInDialog } from "./support/a11y.ts";
import { createApiKey, listApiKeys, serverOrigin, verifyApiKey } from "./support/api.ts";
import type { APIRequestContext, Page } from "@playwright/test";

async function setKeyFields(request: APIRequestContext, fields: Record<string, unknown>) {
  const response = await request.post("/__test/set-api-key-fields", {
    data: fields,
    headers: { Origin: serverOrigin(), "Content-Type": "application/json" },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

async function createThroughDialog(page: Page, opts: { name: string; configuration?: string; metadata?: string }) {
  await page.getByRole("button", { name: "Create API key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByRole("textbox", { name: "Name" }).fill(opts.name);
  if (opts.configuration) await dialog.getByRole("combobox", { name: "Configuration" }).selectOption({ label: opts.configuration });
  if (opts.metadata !== undefined) await dialog.getByRole("textbox", { name: "Metadata" }).fill(opts.metadata);
  await dialog.getByRole("button", { name: "Create API key" }).click();
  const shown = page.getByRole("dialog", { name: "New API key" });
  const key = await shown.getByRole("textbox").inputValue();
  await shown.getByRole("button", { name: "Copy to clipboard" }).click();
  await shown.getByRole("button", { name: "I've saved my key" }).click();
  await expect(shown).toHaveCount(0);
  return key;
}

test("a key under each personal configuration, each where the server says it is", async ({ page, user: _ }) => {
  await page.goto("/settings/security");
  const personal = await createThroughDialog(page, { name: "laptop" });
  const ci = await createThroughDialog(page, { name: "pipeline", configuration: "CI" });
  expect(ci.startsWith("ci_")).toBe(true);
  expect((await verifyApiKey(page.request, personal)).key).toMatchObject({ name: "laptop", configId: "default" });
  expect((await verifyApiKey(page.request, ci)).key).toMatchObject({ name: "pipeline", configId: "ci" });

  // One list over both configurations; each row names its own.
  const rows = page.getByRole("list", { name: "API keys" }).getByRole("listitem");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "pipeline" })).toContainText("CI");
  await expect(rows.filter({ hasText: "laptop" })).toContainText("Personal");

  // The ci key is edited and deleted under its own configuration.
  await page.getByRole("button", { name: "Edit API key pipeline" }).click();
  const edit = page.getByRole("dialog", { name: "Edit API key" });
  await edit.getByRole("textbox", { name: "Name" }).fill("pipeline-2");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "pipeline-2" })).toBeVisible();
  expect((await listApiKeys(page.request, { configId: "ci" })).apiKeys.map((k) => k.name)).toEqual(["pipeline-2"]);
  await page.getByRole("button", { name: "Delete API key pipeline-2" }).click();
  await page.getByRole("alertdialog", { name: "Delete API key" }).getByRole("button", { name: "Delete API key" }).click();
  await expect(page.getByText("API key deleted")).toBeVisible();
  expect((await verifyApiKey(page.request, ci)).valid).toBe(false);
  expect((await listApiKeys(page.request)).apiKeys.map((k) => k.name)).toEqual(["laptop"]);
});

test("metadata: refused while invalid, then stored, shown, changed and cleared", async ({ page, user: _ }) => {
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Create API key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByRole("textbox", { name: "Name" }).fill("tagged");
  const metadata = dialog.getByRole("textbox", { name: "Metadata" });
  await metadata.fill('{"team": ops}');
  await dialog.getByRole("button", { name: "Create API key" }).click();
  await expect(dialog.getByText("This is not valid JSON. Check quotes, commas and braces.")).toBeVisible();
  await expect(metadata).toBeFocused();
  await expect(metadata).toHaveValue('{"team": ops}');
  await expect(dialog.getByRole("textbox", { name: "Name" })).toHaveValue("tagged");
  expect((await listApiKeys(page.request)).total).toBe(0);

  await metadata.fill('{"team": "ops", "tags": ["a", "b"]}');
  await dialog.getByRole("button", { name: "Create API key" }).click();
  await page.getByRole("dialog", { name: "New API key" }).getByRole("button", { name: "I've saved my key" }).click();
  expect((await listApiKeys(page.request)).apiKeys[0].metadata).toEqual({ team: "ops", tags: ["a", "b"] });

  await page.getByRole("button", { name: "tagged", exact: true }).click();
  const details = page.getByRole("dialog", { name: "API key details" });
  await expect(details.locator("pre")).toHaveText('{\n  "team": "ops",\n  "tags": [\n    "a",\n    "b"\n  ]\n}');
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Edit API key tagged" }).click();
  const edit = page.getByRole("dialog", { name: "Edit API key" });
  await edit.getByRole("textbox", { name: "Metadata" }).fill('{"team": "web"}');
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("API key updated")).toBeVisible();
  expect((await listApiKeys(page.request)).apiKeys[0].metadata).toEqual({ team: "web" });

  await page.getByRole("button", { name: "Edit API key tagged" }).click();
  await edit.getByRole("textbox", { name: "Metadata" }).fill("");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toHaveCount(0);
  await expect.poll(async () => (await listApiKeys(page.request)).apiKeys[0].metadata).toBeNull();
});

test("the details view shows what the server set, and no request body ever carries it", async ({ page, user: _ }) => {
  const bodies: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && /\/api-key\/(create|update)$/.test(r.url())) bodies.push(r.postData() ?? "");
  });
  const key = await createApiKey(page.request, { name: "metered" });
  await setKeyFields(page.request, {
    keyId: key.id,
    remaining: 250,
    refillAmount: 1000,
    refillInterval: 86_400_000,
    rateLimitMax: 100,
    rateLimitTimeWindow: 3_600_000,
    requestCount: 1234,
    permissions: { files: ["read", "write"], projects: ["list"] },
  });
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "metered", exact: true }).click();
  const details = page.getByRole("dialog", { name: "API key details" });
  const server = details.getByRole("region", { name: "Set by the server" });
  await expect(server).toContainText("Only the server can change these.");
  for (const [term, value] of [
    ["Remaining requests", "250"],
    ["Refill", "1,000 every 1 day"],
    ["Rate limit", "100 requests in 1 hour"],
  ]) {
    // The term and its value side by side in one entry.
    const entry = server.locator("dl > div").filter({ has: page.getByRole("term").getByText(term, { exact: true }) });
    await expect(entry.getByRole("definition")).toHaveText(value);
  }
  await expect(server).toContainText("files: read, write");
  await expect(server).toContainText("projects: list");
  await expect(details).toContainText("1,234");
  await expect(details.getByRole("textbox")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "metered", exact: true })).toBeFocused();

  // Editing such a key sends only what a browser may set.
  await page.getByRole("button", { name: "Edit API key metered" }).click();
  const edit = page.getByRole("dialog", { name: "Edit API key" });
  await edit.getByRole("checkbox", { name: "Enabled" }).uncheck();
  await edit.getByRole("textbox", { name: "Metadata" }).fill('{"a": 1}');
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("API key updated")).toBeVisible();
  await createThroughDialog(page, { name: "fresh", configuration: "CI", metadata: '{"b": 2}' });
  expect(bodies).toHaveLength(2);
  for (const body of bodies.map((b) => JSON.parse(b))) {
    for (const field of ["permissions", "remaining", "refillAmount", "refillInterval", "rateLimitEnabled", "rateLimitMax", "rateLimitTimeWindow", "ipAllowlist"]) {
      expect(body, field).not.toHaveProperty(field);
    }
  }
  // The server kept what only it may set.
  const stored = (await listApiKeys(page.request)).apiKeys.find((k) => k.name === "metered")!;
  expect(stored).toMatchObject({ remaining: 250, rateLimitMax: 100, enabled: false, metadata: { a: 1 } });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the details view is accessible and fits, ${colorScheme}`, async ({ page, user: _ }) => {
    await page.emulateMedia({ colorScheme });
    const key = await createApiKey(page.request, { name: "audited" });
    await setKeyFields(page.request, {
      keyId: key.id,
      remaining: 5,
      permissions: { files: ["read"] },
      metadata: { team: "ops", nested: { deep: ["x".repeat(120)] } },
    });
    await page.goto("/settings/security");
    await page.getByRole("button", { name: "audited", exact: true }).click();
    const details = page.getByRole("dialog", { name: "API key details" });
    await expect(details.locator("pre")).toBeVisible();
    await expectAccessible(page, `details view, ${colorScheme}`);
    await page.setViewportSize({ width: 320, height: 700 });
    await expectFitsInDialog(details, `details view at 320 px, ${colorScheme}`);
  });
}
