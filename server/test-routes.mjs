// Test-only routes under /__test/, mounted only with BA_TEST_ROUTES=1. They expose
// server-side Better Auth calls that have no HTTP route (or need a second user's session),
// so end-to-end tests can check what the browser cannot. Never enable them in production.

const MAX_BODY = 64 * 1024;

function json(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error("body too large"), { status: 413 });
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    const value = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
  } catch {}
  throw Object.assign(new Error("body must be a JSON object"), { status: 400 });
}

function need(body, field) {
  const value = body[field];
  if (typeof value !== "string" || !value) {
    throw Object.assign(new Error(`"${field}" (non-empty string) is required`), { status: 400 });
  }
  return value;
}

const bad = (message) => Object.assign(new Error(message), { status: 400 });

function number(value, field) {
  if (typeof value !== "number" || !Number.isFinite(value)) throw bad(`"${field}" must be a number`);
  return value;
}
const numberOrNull = (value, field) => (value === null ? null : number(value, field));
function dateOrNull(value, field) {
  if (value === null) return null;
  const date = new Date(value);
  if (typeof value !== "string" || Number.isNaN(date.getTime())) {
    throw bad(`"${field}" must be an ISO date string or null`);
  }
  return date;
}
function boolean(value, field) {
  if (typeof value !== "boolean") throw bad(`"${field}" must be true or false`);
  return value;
}
// The plugin JSON-encodes permissions itself (the column is a plain string) and parses them
// again in every answer.
function permissions(value, field) {
  if (value === null) return null;
  const ok =
    value && typeof value === "object" && !Array.isArray(value) &&
    Object.values(value).every((actions) => Array.isArray(actions) && actions.every((a) => typeof a === "string"));
  if (!ok) throw bad(`"${field}" must be an object of resource -> string[] of actions, or null`);
  return JSON.stringify(value);
}

// set-api-key-fields: each settable field and how its JSON value becomes the stored one.
const SETTABLE = {
  remaining: numberOrNull,
  refillAmount: numberOrNull,
  refillInterval: numberOrNull,
  rateLimitMax: numberOrNull,
  rateLimitTimeWindow: numberOrNull,
  requestCount: number,
  lastRefillAt: dateOrNull,
  lastRequest: dateOrNull,
  rateLimitEnabled: boolean,
  permissions,
  // As is: the schema's transform JSON-encodes metadata on the way in and decodes it on the
  // way out, as for a create or update through the API.
  metadata: (value) => value,
};

export function createTestRoutes(auth) {
  const routes = {
    // The HTTP /api-key/verify route is server-only, so verify inside the process.
    // configId is optional: without it a key of any configuration verifies against its own
    // configuration; with it, a key of another configuration is reported invalid (Better Auth
    // 1.5 does not check that: any valid key verifies, whatever configId is given).
    async "verify-api-key"(body) {
      const key = need(body, "key");
      const configId = body.configId == null ? undefined : need(body, "configId");
      const result = await auth.api.verifyApiKey({ body: { key, ...(configId ? { configId } : {}) } });
      // Passed through as Better Auth returns it: {valid, error: {message, code}|null,
      // key: <the key object without its hash, incl. id, referenceId, configId, name, enabled>|null}.
      return { valid: result.valid, error: result.error ?? null, key: result.key ?? null };
    },

    // Adds an existing user (by email) to an organization without that organization's
    // owner session, e.g. to test the admin/member view.
    async "add-member"(body) {
      const email = need(body, "email");
      const organizationId = need(body, "organizationId");
      const role = body.role ?? "member";
      const ctx = await auth.$context;
      const found = await ctx.internalAdapter.findUserByEmail(email);
      if (!found) throw Object.assign(new Error(`no user with email ${email}`), { status: 404 });
      return await auth.api.addMember({ body: { userId: found.user.id, organizationId, role } });
    },

    // Moves a key's expiry, e.g. into the past: the API refuses expiries under one day,
    // so an "expired" key cannot be made any other way in a test run.
    async "set-api-key-expiry"(body) {
      const keyId = need(body, "keyId");
      const expiresAt = body.expiresAt == null ? null : new Date(body.expiresAt);
      if (expiresAt && Number.isNaN(expiresAt.getTime())) {
        throw Object.assign(new Error('"expiresAt" must be an ISO date string or null'), { status: 400 });
      }
      const ctx = await auth.$context;
      const updated = await ctx.adapter.update({
        model: "apikey",
        where: [{ field: "id", value: keyId }],
        update: { expiresAt },
      });
      if (!updated) throw Object.assign(new Error(`no API key with id ${keyId}`), { status: 404 });
      return { id: updated.id, expiresAt: updated.expiresAt };
    },

    // Sets a key's name directly in the database, bypassing the API's 1..32 check, as another
    // client or an older server version could have stored it (e.g. a 200-character name).
    async "set-api-key-name"(body) {
      const keyId = need(body, "keyId");
      if (typeof body.name !== "string" && body.name !== null) {
        throw Object.assign(new Error('"name" must be a string or null'), { status: 400 });
      }
      const ctx = await auth.$context;
      const updated = await ctx.adapter.update({
        model: "apikey",
        where: [{ field: "id", value: keyId }],
        update: { name: body.name },
      });
      if (!updated) throw Object.assign(new Error(`no API key with id ${keyId}`), { status: 404 });
      return { id: updated.id, name: updated.name };
    },

    // Sets server-only fields (a browser's create/update answers SERVER_ONLY_PROPERTY), stored
    // the way the plugin stores them, so /api-key/list and /api-key/get return them as for a
    // key created server-side with those values.
    async "set-api-key-fields"(body) {
      const keyId = need(body, "keyId");
      const update = {};
      for (const [field, value] of Object.entries(body)) {
        if (field === "keyId") continue;
        if (!Object.hasOwn(SETTABLE, field)) {
          throw bad(`"${field}" cannot be set; settable: ${Object.keys(SETTABLE).join(", ")}`);
        }
        update[field] = SETTABLE[field](value, field);
      }
      if (!Object.keys(update).length) throw bad("give at least one field to set");
      const ctx = await auth.$context;
      const updated = await ctx.adapter.update({ model: "apikey", where: [{ field: "id", value: keyId }], update });
      if (!updated) throw Object.assign(new Error(`no API key with id ${keyId}`), { status: 404 });
      const { key: _hash, ...stored } = updated;
      return { ...stored, permissions: stored.permissions ? JSON.parse(stored.permissions) : null };
    },
  };

  return async function handleTestRoute(req, res, name) {
    const route = Object.hasOwn(routes, name) ? routes[name] : null;
    if (!route) return json(res, 404, { error: `unknown test route /__test/${name}`, routes: Object.keys(routes) });
    if (req.method !== "POST") return json(res, 405, { error: "use POST with a JSON body" });
    try {
      json(res, 200, await route(await readJson(req)));
    } catch (err) {
      // Better Auth's APIError carries the HTTP status and its {message, code} body.
      const status = err.statusCode ?? err.status ?? 500;
      const body = err.body && typeof err.body === "object" ? err.body : { message: err.message };
      if (status >= 500) console.error(`/__test/${name} failed:`, err);
      json(res, status, { error: body.message ?? String(err), code: body.code ?? null });
    }
  };
}
