// Reference Better Auth server: the auth API under AUTH_BASE_PATH and the built SPA from
// STATIC_DIR on one origin, so the session cookie needs no CORS or cross-site setup.
// A development and test peer, not a production deployment. See README.md.
import http from "node:http";
import { toNodeHandler } from "better-auth/node";
import { loadConfig, displayPath } from "./config.mjs";
import { createAuth } from "./auth.mjs";
import { createStaticHandler } from "./static.mjs";
import { createTestRoutes } from "./test-routes.mjs";

const config = loadConfig();
// Better Auth skips its CSRF origin check under NODE_ENV=test or TEST, which would let
// tests pass against a server that behaves unlike any real one.
if (process.env.NODE_ENV === "test" || (process.env.TEST && process.env.TEST !== "false")) {
  console.error("Refusing to start: NODE_ENV=test or TEST disables Better Auth's origin (CSRF) check. Unset them.");
  process.exit(1);
}
if (config.production && config.secretIsDefault) {
  console.warn("WARNING: NODE_ENV=production with the public development BETTER_AUTH_SECRET; set BETTER_AUTH_SECRET.");
}

const { auth, db } = await createAuth(config);
const authHandler = toNodeHandler(auth);
const staticHandler = createStaticHandler({ root: config.staticDir, csp: config.csp });
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
    `Better Auth reference server: ${url} (db: ${displayPath(config.databasePath)}, ` +
      `static: ${displayPath(config.staticDir)}, auth: ${config.basePath})`,
  );
  console.log(
    config.testRoutes
      ? "test routes: ON at /__test/ (BA_TEST_ROUTES is set; never in production)"
      : "test routes: OFF (set BA_TEST_ROUTES=1 to enable; never in production)",
  );
});

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
