// Accessibility: axe-core finds no serious or critical violation on any page, card state or
// open dialog, in light and dark; keyboard-only create/copy/close and delete flows; 360 px and
// 200 % zoom without horizontal scrolling (screenshots kept as test output); German (longer
// words) at 320 px with every dialog inside its box.
import { test, expect } from "./support/fixtures.ts";
import { expectAccessible, expectFitsInDialog, expectNoHorizontalScroll, tabTo } from "./support/a11y.ts";
import {
  createApiKey,
  createOrganization,
  setApiKeyExpiry,
  setApiKeyName,
  updateApiKey,
  verifyApiKey,
} from "./support/api.ts";
import type { Page } from "@playwright/test";

async function seedVariety(page: Page) {
  const used = await createApiKey(page.request, { name: "ci-deploy", expiresIn: 90 * 86_400 });
  await verifyApiKey(page.request, used.key);
  const old = await createApiKey(page.request, { name: "old-webhook", expiresIn: 86_400 });
  await setApiKeyExpiry(page.request, old.id);
  const off = await createApiKey(page.request, { name: "paused" });
  await updateApiKey(page.request, off, { enabled: false });
  await createApiKey(page.request, {});
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("sign-in, sign-up and not-found pages", async ({ page }) => {
      await page.goto("/auth/sign-in");
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
      await expectAccessible(page, "sign-in");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("Enter your email address.")).toBeVisible();
      await expectAccessible(page, "sign-in with errors");
      await page.goto("/auth/sign-up");
      await expect(page.getByRole("heading", { name: "Sign up" })).toBeVisible();
      await expectAccessible(page, "sign-up");
      await page.goto("/no/such/page");
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expectAccessible(page, "not found");
    });

    test("the API key card in every state", async ({ page, user: _ }) => {
      // Loading: the list answer is held back.
      let release: () => void = () => {};
      const held = new Promise<void>((r) => (release = r));
      await page.route("**/api/auth/api-key/list*", async (route) => {
        await held;
        await route.fallback();
      });
      await page.goto("/settings/security");
      await expect(page.getByRole("status").filter({ hasText: "Loading API keys" })).toBeAttached();
      await expectAccessible(page, "loading");
      release();
      await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
      await expectAccessible(page, "empty");
      await page.unroute("**/api/auth/api-key/list*");

      await seedVariety(page);
      await page.reload();
      await expect(page.getByRole("heading", { name: "ci-deploy" })).toBeVisible();
      await expectAccessible(page, "list");

      await page.route("**/api/auth/api-key/list*", (route) => route.fulfill({ status: 500, body: "" }));
      await page.reload();
      await expect(page.getByRole("alert")).toContainText("Couldn't load API keys.");
      await expectAccessible(page, "error");
    });

    test("every dialog", async ({ page, user: _ }) => {
      await seedVariety(page);
      await page.goto("/settings/security");
      await expect(page.getByRole("heading", { name: "ci-deploy" })).toBeVisible();

      await page.getByRole("button", { name: "Create API key" }).first().click();
      const create = page.getByRole("dialog", { name: "Create API key" });
      await create.getByRole("textbox", { name: "Name" }).fill("x".repeat(33));
      await expect(create.getByText("Name must be at most 32 characters.")).toBeVisible();
      await expectAccessible(page, "create dialog with an error");
      await create.getByRole("textbox", { name: "Name" }).fill("fresh");
      await create.getByRole("button", { name: "Create API key" }).click();
      const shown = page.getByRole("dialog", { name: "New API key" });
      await expect(shown).toBeVisible();
      await expectAccessible(page, "new key dialog");
      await page.keyboard.press("Escape");
      await expect(shown.getByRole("group", { name: "Close without copying?" })).toBeVisible();
      await expectAccessible(page, "new key dialog asking to close");
      await shown.getByRole("button", { name: "Close without copying" }).click();

      await page.getByRole("button", { name: "Edit API key ci-deploy" }).click();
      await expect(page.getByRole("dialog", { name: "Edit API key" })).toBeVisible();
      await expectAccessible(page, "edit dialog");
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: "Delete API key ci-deploy" }).click();
      await expect(page.getByRole("alertdialog", { name: "Delete API key" })).toBeVisible();
      await expectAccessible(page, "delete dialog");
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: "New organization" }).click();
      await expect(page.getByRole("dialog", { name: "Create organization" })).toBeVisible();
      await expectAccessible(page, "create organization dialog");
    });

    test("organization settings", async ({ page, user: _ }) => {
      await page.goto("/organization/settings");
      await expect(page.getByRole("heading", { name: "No organization selected" })).toBeVisible();
      await expectAccessible(page, "no active organization");
      const org = await createOrganization(page.request, { name: "Acme" });
      await createApiKey(page.request, { name: "acme-deploy", organizationId: org.id });
      await page.reload();
      await expect(page.getByRole("heading", { name: "acme-deploy" })).toBeVisible();
      await expectAccessible(page, "organization keys");
    });
  });
}

test("keyboard only: create, copy and close", async ({ page, user: _ }) => {
  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { name: "No API keys" })).toBeVisible();
  await tabTo(page, "Create API key");
  await page.keyboard.press("Enter");
  const create = page.getByRole("dialog", { name: "Create API key" });
  await expect(create.getByRole("textbox", { name: "Name" })).toBeFocused();
  await page.keyboard.type("keyboard-key");
  await page.keyboard.press("Enter");
  const shown = page.getByRole("dialog", { name: "New API key" });
  const copy = shown.getByRole("button", { name: "Copy to clipboard" });
  await expect(copy).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(shown.getByRole("button", { name: "Copied to clipboard" })).toBeFocused();
  await expect(shown.getByRole("status").filter({ hasText: "Copied to clipboard" })).toBeAttached();
  const key = await shown.getByRole("textbox").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  // Tab stays inside the dialog.
  await page.keyboard.press("Tab");
  await expect(shown.getByRole("button", { name: "I've saved my key" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(shown.getByRole("textbox")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(shown.getByRole("button", { name: "I've saved my key" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(shown).toBeHidden();
  // Focus is back where the flow started.
  await expect(page.getByRole("button", { name: "Create API key" })).toBeFocused();
});

test("keyboard only: delete", async ({ page, user: _ }) => {
  await createApiKey(page.request, { name: "doomed" });
  await createApiKey(page.request, { name: "keeper" });
  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { name: "doomed" })).toBeVisible();
  await tabTo(page, "Delete API key doomed");
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("alertdialog", { name: "Delete API key" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Delete API key" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("heading", { name: "doomed" })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "API key deleted" })).toBeAttached();
  await expect(page.getByRole("button", { name: "Create API key" })).toBeFocused();
});

for (const [label, width, height] of [
  ["360 px wide", 360, 740],
  ["200 % zoom of a 1280 px window", 640, 400],
] as const) {
  test(`${label}: no horizontal scrolling, nothing cut off`, async ({ page, user: _ }) => {
    await page.setViewportSize({ width, height });
    await seedVariety(page);
    const long = await createApiKey(page.request, { name: "placeholder" });
    await setApiKeyName(page.request, long.id, "a-very-long-name-from-another-client-".repeat(6));
    await page.goto("/settings/security");
    await expect(page.getByRole("heading", { name: "ci-deploy" })).toBeVisible();
    await expectNoHorizontalScroll(page, "security page");
    await page.screenshot({ path: test.info().outputPath("security.png"), fullPage: true });

    await page.getByRole("button", { name: "Create API key" }).first().click();
    await page.getByRole("dialog", { name: "Create API key" }).getByRole("button", { name: "Create API key" }).click();
    await expect(page.getByRole("dialog", { name: "New API key" })).toBeVisible();
    await expectNoHorizontalScroll(page, "new key dialog");
    await page.screenshot({ path: test.info().outputPath("new-key.png") });
    await page.getByRole("button", { name: "I've saved my key" }).click();

    await page.context().clearCookies(); // signed-in visitors are sent on from sign-in
    await page.goto("/auth/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expectNoHorizontalScroll(page, "sign-in");
    await page.screenshot({ path: test.info().outputPath("sign-in.png") });
  });
}

test.describe("German at 320 px", () => {
  test.use({ locale: "de-DE", viewport: { width: 320, height: 640 } });

  test("the pages and every dialog fit: nothing sticks out, nothing scrolls sideways", async ({ page, user: _ }) => {
    await createApiKey(page.request, { name: "ci-deploy", expiresIn: 90 * 86_400 });
    await page.goto("/settings/security");
    await expect(page.getByRole("heading", { name: "Sicherheit", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "ci-deploy" })).toBeVisible();
    await expectNoHorizontalScroll(page, "security page");

    // Create, with a 32-character name (the most the API takes) and an expiry.
    const name = "Bereitstellungsschlüssel-Prod-01";
    expect(name).toHaveLength(32);
    await page.getByRole("button", { name: "API-Schlüssel erstellen" }).first().click();
    const create = page.getByRole("dialog", { name: "API-Schlüssel erstellen" });
    await create.getByRole("textbox", { name: "Name" }).fill(name);
    await create.getByRole("combobox", { name: "Ablauf" }).selectOption({ index: 1 });
    await expectFitsInDialog(create, "create dialog");
    await create.getByRole("button", { name: "API-Schlüssel erstellen" }).click();

    // The new key (64 characters without a break), then its "close without copying?" step.
    const shown = page.getByRole("dialog", { name: "Neuer API-Schlüssel" });
    await expect(shown.getByRole("textbox")).toHaveValue(/^[A-Za-z]{64}$/);
    await expectFitsInDialog(shown, "new key dialog");
    await page.screenshot({ path: test.info().outputPath("new-key-de-320.png") });
    await page.keyboard.press("Escape");
    await expect(shown.getByRole("group", { name: "Schließen, ohne zu kopieren?" })).toBeVisible();
    await expectFitsInDialog(shown, "new key dialog asking to close");
    await shown.getByRole("button", { name: "Ohne Kopieren schließen" }).click();
    await expect(shown).toBeHidden();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expectNoHorizontalScroll(page, "security page with the new key");

    await page.getByRole("button", { name: `API-Schlüssel ${name} bearbeiten` }).click();
    const edit = page.getByRole("dialog", { name: "API-Schlüssel bearbeiten" });
    await expect(edit.getByRole("textbox", { name: "Name" })).toHaveValue(name);
    await expectFitsInDialog(edit, "edit dialog");
    await edit.getByRole("button", { name: "Abbrechen" }).click();
    await expect(edit).toBeHidden();

    await page.getByRole("button", { name: `API-Schlüssel ${name} löschen` }).click();
    const confirm = page.getByRole("alertdialog", { name: "API-Schlüssel löschen" });
    await expect(confirm.getByText(name)).toBeVisible();
    await expectFitsInDialog(confirm, "delete dialog");
    await confirm.getByRole("button", { name: "Abbrechen" }).click();
    await expect(confirm).toBeHidden();

    await page.getByRole("button", { name: "Neue Organisation" }).click();
    const org = page.getByRole("dialog", { name: "Organisation erstellen" });
    await org.getByLabel("Name").fill("Vereinigte Schlüsselverwaltungsgesellschaft");
    await expectFitsInDialog(org, "create organization dialog");
    await org.getByLabel("Kürzel").fill(`schluesselverwaltung-${Date.now()}`);
    await org.getByRole("button", { name: "Organisation erstellen" }).click();
    await expect(org).toBeHidden();
    await expect(page).toHaveURL(/\/organization\/settings$/);
    await expect(page.getByRole("heading", { name: "Organisation", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Keine API-Schlüssel" })).toBeVisible();
    await expectNoHorizontalScroll(page, "organization page");
  });
});
