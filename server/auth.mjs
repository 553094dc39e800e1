// The Better Auth instance: email + password, organizations, user and organization API keys.
import fs from "node:fs";
import path from "node:path";
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
      apiKey([
        { configId: "default", references: "user" },
        { configId: "organization", references: "organization" },
      ]),
    ],
    advanced: {
      // The adapter caps every findMany at 100 by default, which silently truncates
      // /api-key/list (items and total) for owners with more keys.
      database: { defaultFindManyLimit: 100000 },
    },
    // Off by default already; explicit because this machine has no outside network.
    telemetry: { enabled: false },
    logger: { log: logLine },
  });

  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
  return { auth, db };
}
