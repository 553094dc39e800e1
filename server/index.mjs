// Reference Better Auth server: the auth API under AUTH_BASE_PATH and the built SPA from
// STATIC_DIR on one origin, so the session cookie needs no CORS or cross-site setup.
// A development and test peer, not a production deployment. See README.md.
import http from "node:http";
import { toNodeHandler, fromNodeHeaders } from "better-auth/node";
import { loadConfig, displayPath } from "./config.mjs";
import { createAuth, versions } from "./auth.mjs";
import { createStaticHandler } from "./static.mjs";
import { createTestRoutes } from "./test-routes.mjs";

const config = loadConfig();
// Better Auth skips its CSRF origin check under NODE_ENV=test or TEST, which would let
// tests pass against a server that behaves unlike any real one.
if (process.env.NODE_ENV === "test" || (process.env.TEST && process.env.TEST !== "false")) {
  console.error("Refusing to start: NODE_ENV=test or TEST disables Better Auth's origin (CSRF) check. Unset them.");
  process.exit(1);
}
// Production means someone else can reach this server: a secret everyone knows lets anyone
// forge sessions, and the test routes act without one.
if (config.production) {
  const unsafe = [
    config.secretIsDefault && "BETTER_AUTH_SECRET is unset or the public development value (set a private one)",
    config.testRoutes && "BA_TEST_ROUTES is on (unset it)",
  ].filter(Boolean);
  if (unsafe.length) {
    console.error(`Refusing to start with NODE_ENV=production: ${unsafe.join("; ")}.`);
    process.exit(1);
  }
}

const { auth, db } = await createAuth(config);
const authHandler = atLeast(versions.betterCall, "1.3.6") ? toNodeHandler(auth) : bufferedNodeHandler(auth);
// The served page learns this server's API-key configurations (and that it takes metadata)
// through the app's own meta tags, as a deployer would write them.
const pageMeta =
  config.apiKeyConfigs === "reference"
    ? {
        "better-auth-api-key-configurations": JSON.stringify([
          { id: "default", label: "Personal", description: "For your own scripts and tools." },
          { id: "ci", label: "CI", description: "For build pipelines; these keys start with ci_." },
          { id: "organization", label: "Organization", organization: true },
        ]),
        "better-auth-api-key-metadata": "true",
      }
    : {};
const staticHandler = createStaticHandler({ root: config.staticDir, csp: config.csp, pageMeta });
const testHandler = config.testRoutes ? createTestRoutes(auth) : null;

const server = http.createServer(async (req, res) => {
  try {
    // Concatenated, not resolved: a target like //host/x must stay a path, not become a host.
    const { pathname } = new URL(`http://localhost${req.url ?? "/"}`);
    if (pathname === config.basePath || pathname.startsWith(config.basePath + "/")) {
      return await authHandler(req, res);
    }
    // Reserved even when off, so a disabled test route is a 404, never the SPA.
    if (pathname.startsWith("/__test/")) {
      if (!testHandler) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
        return res.end("Not Found (test routes are off)\n");
      }
      return await testHandler(req, res, pathname.slice("/__test/".length));
    }
    return staticHandler(req, res, pathname);
  } catch (err) {
    console.error(`${req.method} ${req.url} failed:`, err);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end();
  }
});

server.on("error", (err) => {
  console.error(`Cannot listen on ${config.host}:${config.port}: ${err.message}`);
  db.close();
  process.exit(1);
});

server.listen(config.port, config.host, () => {
  const loopback = config.host === "127.0.0.1" || config.host === "localhost";
  const url = loopback ? `http://localhost:${config.port}` : `http://${config.host}:${config.port}`;
  console.log(
    `Better Auth ${versions.betterAuth} (api-key ${versions.apiKey}, better-call ${versions.betterCall}) ` +
      `reference server: ${url} ` +
      `(db: ${displayPath(config.databasePath)}, static: ${displayPath(config.staticDir)}, ` +
      `auth: ${config.basePath}, api-key configs: ${config.apiKeyConfigs})`,
  );
  console.log(
    config.testRoutes
      ? "test routes: ON at /__test/ (BA_TEST_ROUTES is set; never in production)"
      : "test routes: OFF (set BA_TEST_ROUTES=1 to enable; never in production)",
  );
});

function atLeast(version, min) {
  const [a, b] = [version, min].map((v) => v.split(".").map(Number));
  const i = a.findIndex((n, j) => n !== b[j]);
  return i === -1 || a[i] > b[i];
}

// better-call 1.3.1 to 1.3.5 (pinned by Better Auth 1.5 and early 1.6 releases) never ends a
// response that does not fit the socket buffer in one write: over 16 KiB (e.g. /api-key/list
// of ~35 keys) the client waits forever. With those, the request is built as better-call
// builds it and the answer is written here in one piece.
function bufferedNodeHandler(auth) {
  return async (req, res) => {
    const chunks = [];
    if (req.method !== "GET" && req.method !== "HEAD") for await (const chunk of req) chunks.push(chunk);
    const base = `${req.headers["x-forwarded-proto"] || "http"}://${req.headers.host}`;
    const response = await auth.handler(
      new Request(base + req.url, {
        method: req.method,
        headers: fromNodeHeaders(req.headers),
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      }),
    );
    const headers = Object.fromEntries(response.headers);
    const cookies = response.headers.getSetCookie();
    if (cookies.length) headers["set-cookie"] = cookies;
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}

// Exit quickly even with keep-alive connections open (browsers keep them for minutes).
let stopping = false;
function shutdown(signal) {
  if (stopping) process.exit(0);
  stopping = true;
  server.close();
  server.closeAllConnections();
  try {
    db.close();
  } catch (err) {
    console.error("closing the database failed:", err);
  }
  console.log(`${signal}: stopped`);
  process.exit(0);
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));

// A test runner that is killed outright (Playwright has no SIGTERM handler) cannot stop the
// server it started; the pipe it gave us as stdin closing is the last word we get from it.
if (config.exitWithStdin) {
  process.stdin.on("end", () => shutdown("stdin closed")).on("error", () => shutdown("stdin closed"));
  process.stdin.resume();
}
