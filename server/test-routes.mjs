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

export function createTestRoutes(auth) {
  const routes = {
    // The HTTP /api-key/verify route is server-only, so verify inside the process.
    // configId is optional: without it a key of any configuration verifies against its own
    // configuration; with it, a key of another configuration is reported invalid.
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
