// `test` with a `user` fixture: a fresh user signed up through the page's own request
// context, so the page starts signed in. Tests that need a signed-out page just don't use it.
import { test as base } from "@playwright/test";
import { signUp, type User } from "./api.ts";

export interface SignedUpUser {
  user: User;
  email: string;
  password: string;
}

export const test = base.extend<{ user: SignedUpUser }>({
  user: async ({ page }, use) => {
    await use(await signUp(page.request));
  },
});

export { expect } from "@playwright/test";
