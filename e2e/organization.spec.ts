// Organization API keys against the real server: the owner's whole flow, what admins and
// members see, and switching organizations.
import { test, expect } from "./support/fixtures.ts";
import {
  addMember,
  createApiKey,
  createOrganization,
  setActiveOrganization,
  signUp,
  verifyApiKey,
  listApiKeys,
} from "./support/api.ts";

test("an owner creates, copies, edits and deletes an organization key", async ({ page, user }) => {
  const org = await createOrganization(page.request, { name: "Acme" });
  await page.goto("/organization/settings");
  const card = page.getByRole("region", { name: "API keys" });
  await expect(card.getByText("Create an API key for programmatic access to this organization.").first()).toBeVisible();
  await expect(card.getByRole("heading", { name: "No API keys" })).toBeVisible();

  await card.getByRole("button", { name: "Create API key" }).first().click();
  const create = page.getByRole("dialog", { name: "Create API key" });
  await create.getByRole("textbox", { name: "Name" }).fill("acme-deploy");
  await create.getByRole("button", { name: "Create API key" }).click();
  const shown = page.getByRole("dialog", { name: "New API key" });
  const key = await shown.getByRole("textbox").inputValue();
  await shown.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(shown.getByRole("button", { name: "Copied to clipboard" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await shown.getByRole("button", { name: "I've saved my key" }).click();

  // It belongs to the organization, not to the user.
  const verified = await verifyApiKey(page.request, key);
  expect(verified.valid).toBe(true);
  expect(verified.key).toMatchObject({ referenceId: org.id, configId: "organization", name: "acme-deploy" });
  expect((await listApiKeys(page.request)).total).toBe(0);
  expect(user.user.id).not.toBe(org.id);

  await page.getByRole("button", { name: "Edit API key acme-deploy" }).click();
  const edit = page.getByRole("dialog", { name: "Edit API key" });
  await edit.getByRole("textbox", { name: "Name" }).fill("acme-prod");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "acme-prod" })).toBeVisible();
  expect((await listApiKeys(page.request, { organizationId: org.id })).apiKeys[0].name).toBe("acme-prod");

  await page.getByRole("button", { name: "Delete API key acme-prod" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete API key" });
  await confirm.getByRole("button", { name: "Delete API key" }).click();
  await expect(card.getByRole("heading", { name: "No API keys" })).toBeVisible();
  expect((await verifyApiKey(page.request, key)).valid).toBe(false);
});

for (const role of ["admin", "member"] as const) {
  test(`${role}s see the owner-only note and no create button`, async ({ page, browser, baseURL }) => {
    const owner = await signUp(page.request);
    const org = await createOrganization(page.request, { name: "Acme" });
    await createApiKey(page.request, { name: "owner-only", organizationId: org.id });

    const context = await browser.newContext({ baseURL });
    const other = await context.newPage();
    const { email } = await signUp(other.request);
    await addMember(other.request, { organizationId: org.id, email, role });
    await setActiveOrganization(other.request, org.id);
    await other.goto("/organization/settings");
    await expect(other.getByText("Only organization owners can manage API keys.")).toBeVisible();
    await expect(other.getByRole("button", { name: "Create API key" })).toHaveCount(0);
    await expect(other.getByText("owner-only")).toHaveCount(0);
    await expect(other.getByRole("alert")).toHaveCount(0);
    expect(owner.email).not.toBe(email);
    await context.close();
  });
}

test("switching organizations shows each one's keys only", async ({ page, user: _user }) => {
  const acme = await createOrganization(page.request, { name: "Acme" });
  const globex = await createOrganization(page.request, { name: "Globex" });
  for (const name of ["acme-1", "acme-2"]) await createApiKey(page.request, { name, organizationId: acme.id });
  await createApiKey(page.request, { name: "globex-1", organizationId: globex.id });
  await createApiKey(page.request, { name: "personal-1" });
  await setActiveOrganization(page.request, acme.id);

  await page.goto("/organization/settings");
  const names = page.getByRole("list", { name: "API keys" }).getByRole("heading");
  await expect(names).toHaveText(["acme-2", "acme-1"]);

  await page.getByLabel("Active organization").selectOption({ label: "Globex" });
  await expect(names).toHaveText(["globex-1"]);
  await page.getByLabel("Active organization").selectOption({ label: "Acme" });
  await expect(names).toHaveText(["acme-2", "acme-1"]);

  await page.getByRole("link", { name: "Security" }).click();
  await expect(names).toHaveText(["personal-1"]);
});
