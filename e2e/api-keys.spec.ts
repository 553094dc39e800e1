// The API-key card against the real server: the whole life of a key, paging and sorting.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect } from "./support/fixtures.ts";
import { seedApiKeys, verifyApiKey, createApiKey, setApiKeyExpiry, updateApiKey } from "./support/api.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

test("create, copy, verify, edit, disable and delete a key", async ({ page, user }) => {
  const consoleText: string[] = [];
  page.on("console", (m) => consoleText.push(m.text()));

  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();

  await page.getByRole("button", { name: "Create API key" }).first().click();
  const create = page.getByRole("dialog", { name: "Create API key" });
  await create.getByRole("textbox", { name: "Name" }).fill("ci-deploy");
  await create.getByRole("textbox", { name: "Name" }).press("Enter");

  const shown = page.getByRole("dialog", { name: "New API key" });
  await expect(shown).toBeVisible();
  const key = await shown.getByRole("textbox", { name: "ci-deploy" }).inputValue();
  expect(key).toMatch(/^[A-Za-z]{64}$/);

  await shown.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(shown.getByRole("button", { name: "Copied to clipboard" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  const verified = await verifyApiKey(page.request, key);
  expect(verified.valid).toBe(true);
  expect(verified.key).toMatchObject({ referenceId: user.user.id, name: "ci-deploy", configId: "default" });

  await shown.getByRole("button", { name: "I've saved my key" }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByRole("heading", { name: "ci-deploy" })).toBeVisible();

  // The key is gone from the DOM (markup and field values), storage, the URL and history.
  const traces = await page.evaluate((secret) => {
    const values = [...document.querySelectorAll("input, textarea")].map((e) => (e as HTMLInputElement).value);
    const storage = [localStorage, sessionStorage].flatMap((s) =>
      Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`),
    );
    return {
      html: document.documentElement.outerHTML.includes(secret),
      values: values.some((v) => v.includes(secret)),
      storage: storage.some((v) => v.includes(secret)),
      url: location.href.includes(secret),
      history: JSON.stringify(history.state ?? null).includes(secret),
    };
  }, key);
  expect(traces).toEqual({ html: false, values: false, storage: false, url: false, history: false });
  expect(consoleText.filter((t) => t.includes(key))).toEqual([]);

  // Rename and disable: the key stops working.
  await page.getByRole("button", { name: "Edit API key ci-deploy" }).click();
  const edit = page.getByRole("dialog", { name: "Edit API key" });
  await edit.getByRole("textbox", { name: "Name" }).fill("ci-prod");
  await edit.getByRole("checkbox", { name: "Enabled" }).uncheck();
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "ci-prod" }) });
  await expect(row.getByText("Disabled")).toBeVisible();
  const disabled = await verifyApiKey(page.request, key);
  expect(disabled.valid).toBe(false);

  // Delete: the key no longer verifies.
  await page.getByRole("button", { name: "Delete API key ci-prod" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete API key" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Delete API key" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "API key deleted" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
  const deleted = await verifyApiKey(page.request, key);
  expect(deleted).toMatchObject({ valid: false, key: null });
});

test("25 keys page and sort on the server", async ({ page, user: _user }) => {
  await seedApiKeys(page.request, 25, "key");
  await page.goto("/settings/security");
  const names = page.getByRole("list", { name: "API keys" }).getByRole("heading");
  await expect(page.getByText("1–10 of 25")).toBeVisible();
  await expect(names).toHaveText(Array.from({ length: 10 }, (_, i) => `key-${25 - i}`));

  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByText("11–20 of 25")).toBeVisible();
  await expect(names.first()).toHaveText("key-15");
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByText("21–25 of 25")).toBeVisible();
  await expect(names).toHaveText(["key-5", "key-4", "key-3", "key-2", "key-1"]);
  await expect(page.getByRole("button", { name: "Next page" })).toHaveAttribute("aria-disabled", "true");

  await page.getByLabel("Sort by").selectOption({ label: "Name A–Z" });
  await expect(page.getByText("1–10 of 25")).toBeVisible();
  await expect(names).toHaveText(["key-1", "key-10", "key-11", "key-12", "key-13", "key-14", "key-15", "key-16", "key-17", "key-18"]);
  await page.getByLabel("Sort by").selectOption({ label: "Oldest" });
  await expect(names.first()).toHaveText("key-1");
  await expect(names.nth(9)).toHaveText("key-10");
  await page.getByLabel("Sort by").selectOption({ label: "Name Z–A" });
  await expect(names.first()).toHaveText("key-9");
});

test("the security page with keys, for the README", async ({ page, user: _user }) => {
  await page.setViewportSize({ width: 1000, height: 760 });
  const deploy = await createApiKey(page.request, { name: "ci-deploy", expiresIn: 90 * 86_400 });
  await verifyApiKey(page.request, deploy.key); // gives it a "Last used" date
  await createApiKey(page.request, { name: "staging-reader", expiresIn: 30 * 86_400 });
  const old = await createApiKey(page.request, { name: "old-webhook", expiresIn: 86_400 });
  await setApiKeyExpiry(page.request, old.id);
  const paused = await createApiKey(page.request, { name: "analytics-export" });
  await updateApiKey(page.request, paused, { enabled: false });
  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { name: "ci-deploy" })).toBeVisible();
  await expect(page.getByText("Expired", { exact: true })).toBeVisible();
  // The README shows the pinned Better Auth's page; the 1.5 run keeps its copy as test output.
  const file = process.env.UPDATE_README_SCREENSHOT && test.info().project.name === "chromium"
    ? path.resolve(here, "../docs/security-settings.png")
    : test.info().outputPath("security-settings.png");
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
});
