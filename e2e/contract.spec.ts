// The contract test, real-server half: tests/contract/scenarios.json against the reference
// Better Auth server (a scenario with `"server": "user-only"` against a second one started with
// BA_API_KEY_CONFIGS=user-only). `cargo test --lib` runs the same file against the in-memory
// server the component tests use (src/contract.rs), so the two cannot drift apart.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { AUTH, DEFAULT_PASSWORD, serverOrigin } from "./support/api.ts";
import { startReferenceServer, type Running } from "./support/servers.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const file = JSON.parse(readFileSync(path.resolve(here, "../tests/contract/scenarios.json"), "utf8"));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Vars = Record<string, string>;

const fill = (s: string, vars: Vars) => s.replace(/\{([\w.]+)\}/g, (m, k) => vars[k] ?? m);
function fillValue(v: Json, vars: Vars): Json {
  if (typeof v === "string") return fill(v, vars);
  if (Array.isArray(v)) return v.map((x) => fillValue(x, vars));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillValue(x, vars)]));
  return v;
}

/** The same matching rules as src/contract.rs. */
function check(expected: Json, actual: Json, at: string): string | null {
  if (expected === "$any") return null;
  if (expected === "$string" && typeof actual === "string") return null;
  if (expected === "$number" && typeof actual === "number") return null;
  if (typeof expected === "string" && expected.startsWith("$startsWith:") && typeof actual === "string" && actual.startsWith(expected.slice("$startsWith:".length))) return null;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    for (let i = 0; i < expected.length; i++) {
      const e = check(expected[i], actual[i], `${at}[${i}]`);
      if (e) return e;
    }
    return null;
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object" || Array.isArray(actual)) return `${at}: expected an object, got ${JSON.stringify(actual)}`;
    for (const [k, v] of Object.entries(expected)) {
      if (v === "$absent") {
        if (k in actual) return `${at}.${k}: expected no such member, got ${JSON.stringify((actual as Record<string, Json>)[k])}`;
        continue;
      }
      if (!(k in actual)) return `${at}.${k}: missing`;
      const e = check(v, (actual as Record<string, Json>)[k], `${at}.${k}`);
      if (e) return e;
    }
    return null;
  }
  return expected === actual ? null : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

// `"server": "user-only"` scenarios run against a second reference server with
// BA_API_KEY_CONFIGS=user-only, of the project's Better Auth (the same compat hook as the
// project's own server in playwright.config.ts), started on first use in each worker.
const COMPAT: Record<string, string> = { "better-auth-1.5": "--import ./compat/better-auth-1.5/register.mjs" };
const userOnly = new Map<string, Promise<Running>>();
test.afterAll(async () => {
  for (const server of userOnly.values()) await (await server).stop();
  userOnly.clear();
});

async function serverFor(name: string | undefined, baseURL: string | undefined): Promise<{ baseURL: string; origin: string }> {
  if (!name || name === "reference") return { baseURL: baseURL!, origin: serverOrigin() };
  if (name !== "user-only") throw new Error(`unknown server ${JSON.stringify(name)}`);
  const project = test.info().project.name;
  if (!userOnly.has(project)) {
    const nodeOptions = COMPAT[project];
    userOnly.set(project, startReferenceServer({ BA_API_KEY_CONFIGS: "user-only", ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) }));
  }
  const { url } = await userOnly.get(project)!;
  return { baseURL: url, origin: url };
}

for (const scenario of file.scenarios) {
  test(`contract: ${scenario.name}`, async ({ baseURL: mainURL }) => {
    const { baseURL, origin } = await serverFor(scenario.server, mainURL);
    const run = Math.random().toString(36).slice(2, 8);
    const vars: Vars = {};
    const jars = new Map<string | null, APIRequestContext>();
    const jar = async (actor: string | null) => {
      if (!jars.has(actor)) jars.set(actor, await playwrightRequest.newContext({ baseURL }));
      return jars.get(actor)!;
    };
    try {
      for (const [i, step] of scenario.steps.entries()) {
        const where = `${scenario.name}, step ${i + 1}`;
        const ctx = await jar(step.as);
        if (step.signUp) {
          const email = `${step.as}-${run}@example.test`;
          const r = await ctx.post(`${AUTH}/sign-up/email`, {
            data: { name: step.as, email, password: DEFAULT_PASSWORD },
            headers: { Origin: origin },
          });
          expect(r.status(), where).toBe(200);
          vars[`${step.as}.id`] = (await r.json()).user.id;
          vars[`${step.as}.email`] = email;
          continue;
        }
        if (step.addMember) {
          const r = await ctx.post("/__test/add-member", {
            data: { organizationId: fill(step.addMember.organization, vars), email: vars[`${step.as}.email`], role: step.addMember.role },
          });
          expect(r.status(), where).toBe(200);
          continue;
        }
        if (step.setKeyFields) {
          const r = await ctx.post("/__test/set-api-key-fields", { data: fillValue(step.setKeyFields, vars) });
          expect(r.status(), `${where}: set-api-key-fields → ${await r.text()}`).toBe(200);
          continue;
        }
        const [method, rawPath, body] = step.request;
        const url = AUTH + fill(rawPath, vars);
        const r =
          method === "GET"
            ? await ctx.get(url)
            : await ctx.post(url, { data: fillValue(body ?? {}, vars), headers: { Origin: origin } });
        const text = await r.text();
        expect(r.status(), `${where}: ${method} ${url} → ${text}`).toBe(step.status ?? 200);
        if (step.emptyBody) expect(text, where).toBe("");
        const json: Json = text ? JSON.parse(text) : null;
        if ("expect" in step) expect(check(fillValue(step.expect, vars), json, url), where).toBeNull();
        for (const [name, field] of Object.entries<string>(step.save ?? {})) {
          vars[name] = (json as Record<string, string>)[field];
        }
      }
    } finally {
      for (const ctx of jars.values()) await ctx.dispose();
    }
  });
}
