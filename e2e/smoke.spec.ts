// Proves the chain: server up on the page's origin, the SPA boots (under the server's CSP)
// and asks for the session, and the API helpers + test routes work against the real server.
import { test, expect } from "./support/fixtures.ts";
import { createApiKey, deleteApiKey, verifyApiKey } from "./support/api.ts";

test("the auth API answers on the page's origin", async ({ request }) => {
  const response = await request.get("/api/auth/ok");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test("the SPA boots on /auth/sign-in and asks for the session", async ({ page }) => {
  // A CSP hash mismatch or a wasm start-up failure shows up here, not as a missing heading.
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy|wasm/i.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });

  const sessionRequest = page.waitForRequest((r) => new URL(r.url()).pathname === "/api/auth/get-session");
  const response = await page.goto("/auth/sign-in");
  expect(response?.status(), "index.html should be served (is ../dist built? E2E_STATIC_DIR overrides it)").toBe(200);

  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await sessionRequest;
  expect(problems).toEqual([]);
});

test("a key created through the API verifies on the server until deleted", async ({ page, user }) => {
  const created = await createApiKey(page.request, { name: "smoke" });
  expect(created.key).toBeTruthy();
  expect(created.configId).toBe("default");

  const before = await verifyApiKey(page.request, created.key);
  expect(before.valid).toBe(true);
  expect(before.key).toMatchObject({ id: created.id, referenceId: user.user.id, configId: "default", name: "smoke" });

  await deleteApiKey(page.request, created);

  const after = await verifyApiKey(page.request, created.key);
  expect(after).toMatchObject({ valid: false, key: null, error: { code: "INVALID_API_KEY" } });
});
