// HTTP helpers for the reference server. Pass `page.request` (or `context.request`): it shares
// the browser context's cookie jar, so signing up here signs the page in too.
import { test, type APIRequestContext } from "@playwright/test";

export const AUTH = "/api/auth";
export const DEFAULT_PASSWORD = "correct-horse-battery";

/**
 * The server's origin, which Better Auth's CSRF check wants in `Origin` on every POST: the
 * running test's project `baseURL` (each project has its own server).
 */
export function serverOrigin(): string {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error("the project has no baseURL: run the tests through playwright.config.ts");
  return new URL(baseURL).origin;
}

export interface User {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  image: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Organization {
  id: string;
  name: string;
  slug: string;
  [field: string]: unknown;
}

/** A key as the server returns it; `key` (the plaintext secret) only on create. */
export interface ApiKey {
  id: string;
  configId: "default" | "organization" | string;
  name: string | null;
  start: string | null;
  prefix: string | null;
  referenceId: string;
  enabled: boolean;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  lastRequest: string | null;
  requestCount: number;
  [field: string]: unknown;
}

export type CreatedApiKey = ApiKey & { key: string };

export interface VerifyResult {
  valid: boolean;
  error: { message: string; code: string; [field: string]: unknown } | null;
  key: ApiKey | null;
}

export class ServerError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${method} ${path} → ${status} ${body || "(empty body)"}`);
    this.name = "ServerError";
  }
}

type Query = Record<string, string | number | boolean | undefined>;

async function call<T>(
  request: APIRequestContext,
  method: "GET" | "POST",
  path: string,
  opts: { data?: unknown; params?: Query } = {},
): Promise<T> {
  const params = Object.fromEntries(
    Object.entries(opts.params ?? {}).filter((e): e is [string, string | number | boolean] => e[1] !== undefined),
  );
  const response = await request.fetch(path, {
    method,
    params,
    ...(method === "POST"
      ? { data: opts.data ?? {}, headers: { Origin: serverOrigin(), "Content-Type": "application/json" } }
      : {}),
    failOnStatusCode: false,
  });
  const text = await response.text();
  if (!response.ok()) throw new ServerError(method, path, response.status(), text);
  // get-session and a few organization reads answer 200 with the body `null`.
  return (text ? JSON.parse(text) : null) as T;
}

const unique = () => Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-4);

// ---- session -------------------------------------------------------------------------

/** Signs up a fresh user (unique email) and leaves the request's context signed in. */
export async function signUp(
  request: APIRequestContext,
  opts: { name?: string; email?: string; password?: string } = {},
): Promise<{ user: User; email: string; password: string }> {
  const email = opts.email ?? `u-${unique()}@example.test`;
  const password = opts.password ?? DEFAULT_PASSWORD;
  const { user } = await call<{ user: User }>(request, "POST", `${AUTH}/sign-up/email`, {
    data: { email, password, name: opts.name ?? "Test User" },
  });
  return { user, email, password };
}

export async function signIn(
  request: APIRequestContext,
  opts: { email: string; password?: string },
): Promise<User> {
  const { user } = await call<{ user: User }>(request, "POST", `${AUTH}/sign-in/email`, {
    data: { email: opts.email, password: opts.password ?? DEFAULT_PASSWORD },
  });
  return user;
}

export async function signOut(request: APIRequestContext): Promise<void> {
  await call(request, "POST", `${AUTH}/sign-out`);
}

/** `null` when signed out. */
export async function getSession(
  request: APIRequestContext,
): Promise<{ session: { activeOrganizationId?: string | null; [f: string]: unknown }; user: User } | null> {
  return call(request, "GET", `${AUTH}/get-session`);
}

// ---- organizations ---------------------------------------------------------------------

/** Creates an organization owned by the signed-in user; it also becomes the active one. */
export async function createOrganization(
  request: APIRequestContext,
  opts: { name?: string; slug?: string } = {},
): Promise<Organization> {
  const slug = opts.slug ?? `org-${unique()}`;
  return call(request, "POST", `${AUTH}/organization/create`, { data: { name: opts.name ?? slug, slug } });
}

/** `null` unsets the active organization. */
export async function setActiveOrganization(
  request: APIRequestContext,
  organizationId: string | null,
): Promise<Organization | null> {
  return call(request, "POST", `${AUTH}/organization/set-active`, { data: { organizationId } });
}

// ---- API keys --------------------------------------------------------------------------

/** A user key, or an organization key when `organizationId` is given (owner only). */
export async function createApiKey(
  request: APIRequestContext,
  opts: { name?: string; expiresIn?: number | null; organizationId?: string; prefix?: string } = {},
): Promise<CreatedApiKey> {
  const data: Record<string, unknown> = {};
  if (opts.name !== undefined) data.name = opts.name;
  if (opts.expiresIn !== undefined) data.expiresIn = opts.expiresIn; // seconds, 86400..31536000
  if (opts.prefix !== undefined) data.prefix = opts.prefix;
  if (opts.organizationId !== undefined) {
    data.configId = "organization";
    data.organizationId = opts.organizationId;
  }
  return call(request, "POST", `${AUTH}/api-key/create`, { data });
}

/**
 * Creates `n` keys named `${namePrefix}-1` … `${namePrefix}-n`, one after another so their
 * creation order (the server's default sort) is the numbering order.
 */
export async function seedApiKeys(
  request: APIRequestContext,
  n: number,
  namePrefix = "key",
  opts: { organizationId?: string } = {},
): Promise<CreatedApiKey[]> {
  const keys: CreatedApiKey[] = [];
  for (let i = 1; i <= n; i++) keys.push(await createApiKey(request, { ...opts, name: `${namePrefix}-${i}` }));
  return keys;
}

export async function listApiKeys(
  request: APIRequestContext,
  query: {
    organizationId?: string;
    configId?: string;
    limit?: number;
    offset?: number;
    sortBy?: string;
    sortDirection?: "asc" | "desc";
  } = {},
): Promise<{ apiKeys: ApiKey[]; total: number; limit?: number; offset?: number }> {
  return call(request, "GET", `${AUTH}/api-key/list`, { params: query });
}

/** Accepts a key object so organization keys get the `configId` their delete requires. */
export async function deleteApiKey(
  request: APIRequestContext,
  key: string | Pick<ApiKey, "id" | "configId">,
): Promise<void> {
  const { id, configId } = typeof key === "string" ? { id: key, configId: undefined } : key;
  await call(request, "POST", `${AUTH}/api-key/delete`, {
    data: { keyId: id, ...(configId && configId !== "default" ? { configId } : {}) },
  });
}

export async function updateApiKey(
  request: APIRequestContext,
  key: Pick<ApiKey, "id" | "configId">,
  changes: { name?: string; enabled?: boolean; expiresIn?: number | null },
): Promise<ApiKey> {
  return call(request, "POST", `${AUTH}/api-key/update`, {
    data: { keyId: key.id, ...(key.configId !== "default" ? { configId: key.configId } : {}), ...changes },
  });
}

// ---- test-only routes (server started with BA_TEST_ROUTES=1) -----------------------------

/**
 * Verifies a plaintext key inside the server. Without `configId` a key of any configuration
 * verifies; with it, a key of another configuration is invalid. Each valid call counts as a
 * use (requestCount, lastRequest), and the default per-key rate limit is 10 per day.
 */
export async function verifyApiKey(
  request: APIRequestContext,
  key: string,
  configId?: string,
): Promise<VerifyResult> {
  return call(request, "POST", "/__test/verify-api-key", { data: { key, ...(configId ? { configId } : {}) } });
}

/** Adds an existing user to an organization without the owner's session. */
export async function addMember(
  request: APIRequestContext,
  opts: { organizationId: string; email: string; role: "owner" | "admin" | "member" | string },
): Promise<{ id: string; organizationId: string; userId: string; role: string }> {
  return call(request, "POST", "/__test/add-member", { data: opts });
}

/** Moves a key's expiry (default: one day ago), the only way to get an expired key in a test. */
export async function setApiKeyExpiry(
  request: APIRequestContext,
  keyId: string,
  expiresAt: Date | null = new Date(Date.now() - 86_400_000),
): Promise<{ id: string; expiresAt: string | null }> {
  return call(request, "POST", "/__test/set-api-key-expiry", {
    data: { keyId, expiresAt: expiresAt && expiresAt.toISOString() },
  });
}

/** Stores a name the API itself would refuse (e.g. 200 characters), as another client might. */
export async function setApiKeyName(
  request: APIRequestContext,
  keyId: string,
  name: string | null,
): Promise<{ id: string; name: string | null }> {
  return call(request, "POST", "/__test/set-api-key-name", { data: { keyId, name } });
}
