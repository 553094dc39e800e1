// The account shell against the real server: sign up, sign out, sign in, errors the server
// reports, deep links through sign-in, organizations, and a second locale.
import { test, expect } from "./support/fixtures.ts";
import { signUp, DEFAULT_PASSWORD, getSession } from "./support/api.ts";

function uniqueEmail(): string {
  return `ui-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

test("sign up, sign out and sign in again through the UI", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/auth/sign-up");
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.getByRole("heading", { name: "Security", level: 1 })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/auth\/sign-in$/);
  await expect(page.getByText("You have been signed out.")).toBeVisible();
  expect(await getSession(page.request)).toBeNull();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.getByText("Ada Lovelace")).toBeVisible();
});

test("a wrong password shows the server's message and keeps the input", async ({ page }) => {
  const { email } = await signUp(page.request);
  await page.context().clearCookies();
  await page.goto("/auth/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("Invalid email or password");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page).toHaveURL(/\/auth\/sign-in$/);
});

test("signing up with a taken email shows the server's message", async ({ page }) => {
  const { email } = await signUp(page.request);
  await page.context().clearCookies();
  await page.goto("/auth/sign-up");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toHaveText("User already exists. Use another email.");
  await expect(page.getByLabel("Name")).toHaveValue("Someone Else");
});

test("a deep link to settings while signed out returns there after sign-in", async ({ page }) => {
  const { email } = await signUp(page.request);
  await page.context().clearCookies();
  await page.goto("/organization/settings");
  await expect(page).toHaveURL(/\/auth\/sign-in\?redirect=%2Forganization%2Fsettings$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/organization\/settings$/);
  await expect(page.getByRole("heading", { name: "Organization", level: 1 })).toBeVisible();
});

test("create two organizations and switch between them", async ({ page, user }) => {
  await page.goto("/settings/security");
  await expect(page.getByText(user.email)).toBeVisible();
  const switcher = page.getByLabel("Active organization");
  await expect(switcher).toHaveValue("");

  for (const name of ["Acme Corp", "Globex"]) {
    await page.getByRole("button", { name: "New organization" }).click();
    const dialog = page.getByRole("dialog", { name: "Create organization" });
    await dialog.getByLabel("Name").fill(name);
    // The slug is suggested from the name; made unique here because the server's slugs are global.
    await expect(dialog.getByLabel("Slug")).toHaveValue(name.toLowerCase().replace(" ", "-"));
    await dialog.getByLabel("Slug").fill(`${name.toLowerCase().replace(" ", "-")}-${Date.now()}`);
    await dialog.getByRole("button", { name: "Create organization" }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/organization\/settings$/);
    await expect(switcher.locator("option:checked")).toHaveText(name);
  }

  await switcher.selectOption({ label: "Acme Corp" });
  await expect(page.getByText("Switched to Acme Corp")).toBeVisible();
  const session = await getSession(page.request);
  const acme = await switcher.locator("option", { hasText: "Acme Corp" }).getAttribute("value");
  expect(session?.session.activeOrganizationId).toBe(acme);

  // The choice belongs to the session: a reload keeps it.
  await page.reload();
  await expect(page.getByLabel("Active organization").locator("option:checked")).toHaveText("Acme Corp");
});

test("a German browser gets German text", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "de-DE", baseURL });
  const page = await context.newPage();
  await page.goto("/auth/sign-in");
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await expect(page.getByLabel("Passwort")).toBeVisible();
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("Gib deine E-Mail-Adresse ein.")).toBeVisible();
  // Screen readers pick the voice from the document's language.
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
  await context.close();
});
