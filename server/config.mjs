// Configuration from the environment. Every default is safe for a developer machine
// (loopback only, a local SQLite file) and wrong for production on purpose.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SERVER_DIR = path.dirname(fileURLToPath(import.meta.url));

// Public on purpose: this server is a development and test peer, never a deployment.
export const DEV_SECRET = "better-auth-reference-server-dev-secret-not-for-production";

const on = (value) => /^(1|true|yes|on)$/i.test(value ?? "");

export function loadConfig(env = process.env) {
  const port = Number.parseInt(env.PORT ?? "3000", 10);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be an integer in 1..65535, got ${JSON.stringify(env.PORT)}`);
  }
  const host = env.HOST || "127.0.0.1";
  const baseURL = (env.BETTER_AUTH_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  const trustedOrigins = (
    env.TRUSTED_ORIGINS ||
    [
      `http://localhost:${port}`,
      `http://127.0.0.1:${port}`,
      // `trunk serve` dev loop, which proxies the auth base path to this server.
      "http://localhost:8080",
      "http://127.0.0.1:8080",
    ].join(",")
  )
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

  const rawDb = env.DATABASE_PATH || "data/dev.sqlite";
  const databasePath = rawDb === ":memory:" ? rawDb : path.resolve(SERVER_DIR, rawDb);

  let basePath = env.AUTH_BASE_PATH || "/api/auth";
  basePath = "/" + basePath.replace(/^\/+|\/+$/g, "");

  const apiKeyConfigs = env.BA_API_KEY_CONFIGS || "reference";
  if (!["reference", "user-only"].includes(apiKeyConfigs)) {
    throw new Error(`BA_API_KEY_CONFIGS must be "reference" or "user-only", got ${JSON.stringify(apiKeyConfigs)}`);
  }
  if (env.BA_FIND_MANY_LIMIT && env.BA_FIND_MANY_LIMIT !== "stock") {
    throw new Error(`BA_FIND_MANY_LIMIT must be unset or "stock", got ${JSON.stringify(env.BA_FIND_MANY_LIMIT)}`);
  }
  const secret = env.BETTER_AUTH_SECRET || DEV_SECRET;

  return {
    port,
    host,
    baseURL,
    basePath,
    trustedOrigins,
    databasePath,
    secret,
    secretIsDefault: secret === DEV_SECRET,
    production: env.NODE_ENV === "production",
    staticDir: path.resolve(SERVER_DIR, env.STATIC_DIR || "../dist"),
    testRoutes: on(env.BA_TEST_ROUTES),
    csp: !/^(off|0|false|no)$/i.test(env.CSP ?? ""),
    exitWithStdin: on(env.EXIT_WITH_STDIN),
    apiKeyConfigs,
    // undefined leaves Better Auth's own default (100 rows per findMany).
    findManyLimit: env.BA_FIND_MANY_LIMIT === "stock" ? undefined : 100000,
  };
}

// Short form for the startup line: relative to the server folder when that is shorter.
export function displayPath(p) {
  if (p === ":memory:") return p;
  const rel = path.relative(SERVER_DIR, p);
  return rel && rel.length < p.length ? rel : p;
}
