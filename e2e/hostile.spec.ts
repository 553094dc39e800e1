// Hostile and unusual names: never markup, right-to-left and emoji intact, the 32-unit limit
// exact, blank names handled, and over-long names from other clients shown without breaking
// the layout while the full name stays available.
import { test, expect } from "./support/fixtures.ts";
import { createApiKey, listApiKeys, setApiKeyName } from "./support/api.ts";
import { expectNoHorizontalScroll } from "./support/a11y.ts";

const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(2)</script>",
  '"><svg onload=alert(3)>',
  "مفتاح الإنتاج", // right-to-left
  "🔑 deploy é̃ ñ", // emoji and combining marks
  "{{7*7}} ${7*7} %s",
];

test("hostile and unusual names are text, never markup", async ({ page, user: _ }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const name of HOSTILE) await createApiKey(page.request, { name });
  await page.goto("/settings/security");
  const names = page.getByRole("list", { name: "API keys" }).getByRole("heading");
  await expect(names).toHaveText([...HOSTILE].reverse());
  expect(await page.locator(".ba-root img, .ba-root script, .ba-root svg[onload]").count()).toBe(0);
  for (const name of HOSTILE) {
    await expect(page.getByRole("button", { name: `Delete API key ${name}`, exact: true })).toBeVisible();
  }
  // The delete dialog quotes the name as text too.
  await page.getByRole("button", { name: `Delete API key ${HOSTILE[0]}`, exact: true }).click();
  await expect(page.getByRole("alertdialog").getByText(HOSTILE[0], { exact: true })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("names: 32 UTF-16 units pass, 33 are refused before sending, blanks become 'API key'", async ({ page, user: _ }) => {
  let creates = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/api-key/create")) creates++;
  });
  await page.goto("/settings/security");
  const open = async () => {
    await page.getByRole("button", { name: "Create API key" }).first().click();
    return page.getByRole("dialog", { name: "Create API key" });
  };
  let dialog = await open();
  const name = dialog.getByRole("textbox", { name: "Name" });
  await name.fill("x".repeat(33));
  await name.press("Enter");
  await expect(dialog.getByText("Name must be at most 32 characters.")).toBeVisible();
  await name.fill("🔑".repeat(17)); // 17 characters, 34 UTF-16 units
  await name.press("Enter");
  await expect(dialog.getByText("Name must be at most 32 characters.")).toBeVisible();
  expect(creates).toBe(0);
  await name.fill("🔑".repeat(16)); // exactly 32 units
  await name.press("Enter");
  await page.getByRole("button", { name: "I've saved my key" }).click();
  await expect(page.getByRole("heading", { name: "🔑".repeat(16) })).toBeVisible();

  dialog = await open();
  await dialog.getByRole("textbox", { name: "Name" }).fill("    ");
  await dialog.getByRole("textbox", { name: "Name" }).press("Enter");
  await page.getByRole("button", { name: "I've saved my key" }).click();
  await expect(page.getByRole("heading", { name: /^API key \(/ })).toBeVisible();
  const keys = (await listApiKeys(page.request)).apiKeys;
  expect(keys.map((k) => k.name).sort()).toEqual([null, "🔑".repeat(16)].sort());
  expect(creates).toBe(2);
});

test("a 300-character name from another client fits the layout and stays whole", async ({ page, user: _ }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const key = await createApiKey(page.request, { name: "short" });
  const long = "another-client-wrote-this-".repeat(11) + "end";
  await setApiKeyName(page.request, key.id, long);
  await page.goto("/settings/security");
  const heading = page.getByRole("heading", { name: long });
  await expect(heading).toBeVisible();
  await expect(heading).toHaveAttribute("title", long);
  await expectNoHorizontalScroll(page, "long name");
  await page.getByRole("button", { name: `Edit API key ${long}` }).click();
  await expect(page.getByRole("dialog", { name: "Edit API key" }).getByRole("textbox", { name: "Name" })).toHaveValue(long);
  await expectNoHorizontalScroll(page, "long name in the edit dialog");
});
