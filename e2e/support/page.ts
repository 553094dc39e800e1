// Helpers that act on a page rather than on the server.
import type { Page } from "@playwright/test";

/**
 * Holds the app's wasm until `release()`: what the page shows, and what it sends, before the
 * app runs are the page's own.
 */
export async function holdWasm(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route("**/*_bg.wasm", async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}
