// Servers for deployment tests: another reference Better Auth server as a child process, and a
// plain static file server behind a reverse proxy that maps a public API path onto it and
// publishes the site at the root or under a sub-path.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

export interface Running {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts the reference server (API only, fresh in-memory database, test routes on). */
export async function startReferenceServer(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.resolve(here, "../../server/index.mjs")], {
    cwd: path.resolve(here, "../../server"),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: ":memory:",
      BA_TEST_ROUTES: "1",
      EXIT_WITH_STDIN: "1",
      NODE_ENV: "development",
      TEST: "",
      STATIC_DIR: path.resolve(here, "no-static-files-here"),
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${url}/api/auth/ok`);
      if (r.ok) break;
    } catch {}
    if (i > 100 || child.exitCode !== null) throw new Error(`reference server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

/** A plain static file server: files as they are, index.html for client routes. No CSP, no API. */
export async function startStaticServer(root: string): Promise<Running> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ""));
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
    } catch {
      if (path.extname(pathname)) {
        res.writeHead(404).end();
        return;
      }
      file = path.join(root, "index.html");
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(await readFile(file));
  });
  const port = await listen(server);
  return { port, url: `http://localhost:${port}`, stop: () => new Promise((r) => server.close(() => r())) };
}

/** The proxy's own answer for paths it does not publish: the host's 404 page, not the app's. */
export const HOST_NOT_FOUND = "<!doctype html><title>404 Not Found</title><h1>Not Found</h1><p>host: no such page</p>";

export type ReverseProxy = Running & {
  /** `METHOD path?query` of every request to the API prefix, in arrival order. */
  apiRequests: string[];
  /** `METHOD path?query` of every request the proxy received (API, app and unknown). */
  requests: string[];
  setApi(url: string): void;
};

/**
 * A reverse proxy: `apiPrefix/*` goes to the API upstream + `apiTarget/*`, everything else to
 * `site`. Like nginx's `location /identity/api/ { proxy_pass http://auth/api/auth/; }`. The API
 * upstream is set later with `setApi`, because the auth server must know the proxy's origin.
 *
 * With `sitePrefix` (e.g. `/account/`) the site is published only there, the prefix stripped,
 * like `location /account/ { alias /srv/app/; try_files $uri /account/index.html; }` (the static
 * server answers index.html for client routes); every other path gets the host's 404.
 */
export async function startReverseProxy(opts: {
  site: string;
  apiPrefix: string;
  apiTarget: string;
  sitePrefix?: string;
}): Promise<ReverseProxy> {
  const apiRequests: string[] = [];
  const requests: string[] = [];
  let api = "http://127.0.0.1:9";
  const sitePrefix = opts.sitePrefix ?? "/";
  if (!sitePrefix.startsWith("/") || !sitePrefix.endsWith("/")) throw new Error(`sitePrefix ${sitePrefix}: /…/ expected`);
  const server = createServer((req, res) => {
    const incoming = req.url ?? "/";
    requests.push(`${req.method} ${incoming}`);
    const toApi = incoming.startsWith(opts.apiPrefix + "/");
    const toSite = !toApi && incoming.startsWith(sitePrefix);
    if (!toApi && !toSite) {
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" }).end(HOST_NOT_FOUND);
      return;
    }
    const target = toApi
      ? new URL(opts.apiTarget + incoming.slice(opts.apiPrefix.length), api)
      : new URL(`${opts.site}/${incoming.slice(sitePrefix.length)}`);
    if (toApi) apiRequests.push(`${req.method} ${incoming}`);
    // Host is rewritten to the upstream; Origin, Cookie and the body pass through unchanged.
    const upstream = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const port = await listen(server);
  return {
    port,
    url: `http://localhost:${port}`,
    apiRequests,
    requests,
    setApi: (url: string) => {
      api = url;
    },
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
