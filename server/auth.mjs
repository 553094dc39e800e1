// The Better Auth instance: email + password, organizations, user and organization API keys.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { betterAuth } from "better-auth";
import { organization } from "better-auth/plugins/organization";
import { getMigrations } from "better-auth/db/migration";
import { apiKey } from "@better-auth/api-key";

// Better Auth's default output, except that a rejected API key (an everyday outcome when
// tests verify deleted or expired keys) is one line instead of an error object dump.
function logLine(level, message, ...args) {
  const print = level === "error" ? console.error : level === "warn" ? console.warn : console.log;
  const prefix = `${new Date().toISOString()} ${level.toUpperCase()} [Better Auth]:`;
  if (message.startsWith("Failed to validate API key")) {
    const codes = args.map((a) => a?.body?.code ?? a?.message ?? String(a));
    return console.log(`${new Date().toISOString()} INFO [Better Auth]: API key rejected: ${codes.join(", ")}`);
  }
  print(prefix, message, ...args);
}

// BA_API_KEY_CONFIGS. "reference": two personal configurations and an organization one, all
// with metadata. "user-only": a stock-ish server with one user configuration and no metadata,
// where a create with configId "organization" silently falls back to a personal key.
function apiKeyConfigurations(variant) {
  if (variant === "user-only") return [{ configId: "default", references: "user" }];
  return [
    { configId: "default", references: "user", enableMetadata: true },
    { configId: "ci", references: "user", defaultPrefix: "ci_", enableMetadata: true },
    { configId: "organization", references: "organization", enableMetadata: true },
  ];
}

// The version of the package actually loaded (a compat variant resolves it from elsewhere):
// the nearest package.json above its entry point (a file path) that carries its name.
function versionAt(name, entry) {
  let dir = path.dirname(entry);
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    if (pkg.name === name) return pkg.version;
  }
  return "unknown";
}

const entryOf = (name) => fileURLToPath(import.meta.resolve(name));
export const versions = {
  betterAuth: versionAt("better-auth", entryOf("better-auth")),
  apiKey: versionAt("@better-auth/api-key", entryOf("@better-auth/api-key")),
  // Better Auth's HTTP layer, pinned exactly by each Better Auth release (see index.mjs).
  betterCall: versionAt("better-call", createRequire(entryOf("better-auth")).resolve("better-call")),
};

export async function createAuth(config) {
  if (config.databasePath !== ":memory:") {
    fs.mkdirSync(path.dirname(config.databasePath), { recursive: true });
  }
  const db = new Database(config.databasePath);
  // WAL lets the UI and a test's direct API calls overlap without SQLITE_BUSY.
  if (config.databasePath !== ":memory:") db.pragma("journal_mode = WAL");

  const auth = betterAuth({
    database: db,
    secret: config.secret,
    baseURL: config.baseURL,
    basePath: config.basePath,
    trustedOrigins: config.trustedOrigins,
    emailAndPassword: { enabled: true },
    plugins: [
      organization(),
      apiKey(apiKeyConfigurations(config.apiKeyConfigs)),
    ],
    advanced: {
      // The adapter caps every findMany at 100 by default, which silently truncates
      // /api-key/list (items and total) for owners with more keys. BA_FIND_MANY_LIMIT=stock
      // keeps the cap (undefined), so a test can see it.
      database: { defaultFindManyLimit: config.findManyLimit },
    },
    // Off by default already; explicit because this machine has no outside network.
    telemetry: { enabled: false },
    logger: { log: logLine },
  });

  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
  return { auth, db };
}
