// Serves the built SPA (trunk's dist/) with SPA fallback, long-lived caching for hashed
// assets, and a Content-Security-Policy whose script hashes come from the served HTML.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  // Required for WebAssembly.instantiateStreaming / compileStreaming.
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

// Text-like types worth serving precompressed (.br/.gz siblings written by a build step).
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".map", ".txt"]);

// trunk names assets like app-1a2b3c4d5e6f7a8b_bg.wasm or style-<hash>.css: the content
// hash in the name makes them safe to cache forever.
const HASHED = /[-_.][0-9a-f]{16,}[-_.]/i;

const BASE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

// The Content-Security-Policy for a page: its inline <script>s allowed by sha256, nothing else
// inline, everything from this origin (plus `connect` origins for the API). scripts/csp.mjs
// prints it for other web servers.
export function contentSecurityPolicy(html, connect = []) {
  const hashes = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    hashes.push(`'sha256-${crypto.createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
  }
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connect].join(" "),
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// `pageMeta` fills the page's empty <meta name=… content=""> tags (the app's run-time settings)
// in the served copy: the reference server tells the app which API-key configurations and
// metadata it has. The file on disk stays as built.
export function createStaticHandler({ root, csp = true, pageMeta = {} }) {
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  const indexPath = path.join(root, "index.html");
  const cspCache = new Map(); // file path -> { key, header }

  // Hashes of inline <script> bodies, recomputed whenever the file changes on disk
  // (a rebuild while the server keeps running).
  function cspFor(file, stat) {
    const key = `${stat.mtimeMs}:${stat.size}`;
    const hit = cspCache.get(file);
    if (hit && hit.key === key) return hit.header;
    const header = contentSecurityPolicy(fs.readFileSync(file, "utf8"));
    cspCache.set(file, { key, header });
    return header;
  }

  // The page's own preload links (trunk writes them for the app's JS and wasm), repeated as a
  // `Link` header: the browser starts those downloads as soon as the headers arrive, before it
  // has the page's first bytes to scan. Recomputed when the file changes.
  const linkCache = new Map(); // file path -> { key, header }
  function linksFor(file, stat) {
    const key = `${stat.mtimeMs}:${stat.size}`;
    const hit = linkCache.get(file);
    if (hit && hit.key === key) return hit.header;
    const links = [];
    const html = fs.readFileSync(file, "utf8");
    // A Link header's URLs resolve against the request's URL, not the page's <base href>, and
    // the page may be any deep link: so the hrefs become absolute paths under the base.
    const base = new URL(html.match(/<base\b[^>]*\shref="([^"]*)"/i)?.[1] ?? "/", "http://page/");
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      const attr = (name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`, "i"))?.[1];
      const rel = attr("rel");
      const href = attr("href");
      if (!href || (rel !== "preload" && rel !== "modulepreload")) continue;
      const parts = [`<${new URL(href, base).pathname}>`, `rel=${rel}`];
      for (const name of ["as", "type", "crossorigin", "integrity"]) {
        const value = attr(name);
        if (value !== undefined) parts.push(`${name}="${value}"`);
      }
      links.push(parts.join("; "));
    }
    const header = links.join(", ");
    linkCache.set(file, { key, header });
    return header;
  }

  // The page with pageMeta filled in, and its compressed forms, per version of the file.
  const pageCache = new Map(); // file path -> { key, variants }
  function pageVariants(file, stat) {
    if (!Object.keys(pageMeta).length || path.basename(file) !== "index.html") return null;
    const key = `${stat.mtimeMs}:${stat.size}`;
    const hit = pageCache.get(file);
    if (hit && hit.key === key) return hit.variants;
    let html = fs.readFileSync(file, "utf8");
    for (const [name, content] of Object.entries(pageMeta)) {
      const escaped = String(content).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
      html = html.replace(`<meta name="${name}" content=""`, `<meta name="${name}" content="${escaped}"`);
    }
    const raw = Buffer.from(html, "utf8");
    const tag = crypto.createHash("sha1").update(raw).digest("hex").slice(0, 16);
    const variants = {
      identity: { body: raw, etag: `W/"${tag}"` },
      br: {
        body: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        etag: `W/"${tag}-br"`,
      },
      gzip: { body: zlib.gzipSync(raw, { level: 9 }), etag: `W/"${tag}-gzip"` },
    };
    pageCache.set(file, { key, variants });
    return variants;
  }

  function acceptedEncodings(req) {
    const accepted = new Set();
    for (const part of String(req.headers["accept-encoding"] ?? "").split(",")) {
      const [name, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
    }
    return accepted;
  }

  function send(req, res, status, headers, body) {
    res.writeHead(status, { ...BASE_HEADERS, ...headers });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function statFile(file) {
    try {
      const st = fs.statSync(file);
      return st.isFile() ? st : null;
    } catch {
      return null;
    }
  }

  // Picks a precompressed sibling (file.br / file.gz) the client accepts, if one exists.
  function pickEncoding(req, file, ext) {
    if (!COMPRESSIBLE.has(ext)) return null;
    const accepted = acceptedEncodings(req);
    for (const [enc, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (!accepted.has(enc)) continue;
      const st = statFile(file + suffix);
      if (st) return { enc, file: file + suffix, stat: st };
    }
    return null;
  }

  function serveFile(req, res, file, stat) {
    const ext = path.extname(file).toLowerCase();
    const headers = { "Content-Type": TYPES[ext] ?? "application/octet-stream" };
    const isHtml = ext === ".html";
    if (isHtml) {
      headers["Cache-Control"] = "no-cache";
      headers["X-Frame-Options"] = "DENY";
      if (csp) headers["Content-Security-Policy"] = cspFor(file, stat);
      const links = linksFor(file, stat);
      if (links) headers["Link"] = links;
    } else if (HASHED.test(path.basename(file))) {
      headers["Cache-Control"] = "public, max-age=31536000, immutable";
    } else {
      headers["Cache-Control"] = "no-cache";
    }
    if (COMPRESSIBLE.has(ext)) headers["Vary"] = "Accept-Encoding";

    const variants = isHtml ? pageVariants(file, stat) : null;
    if (variants) {
      const accepted = acceptedEncodings(req);
      const enc = ["br", "gzip"].find((e) => accepted.has(e));
      const chosen = variants[enc ?? "identity"];
      if (enc) headers["Content-Encoding"] = enc;
      headers["ETag"] = chosen.etag;
      if (req.headers["if-none-match"] === chosen.etag) return send(req, res, 304, headers);
      headers["Content-Length"] = chosen.body.length;
      return send(req, res, 200, headers, chosen.body);
    }

    const pre = pickEncoding(req, file, ext);
    const chosen = pre ?? { file, stat };
    if (pre) headers["Content-Encoding"] = pre.enc;

    // A weak validator lets no-cache revalidation answer 304 instead of resending the file;
    // each encoding is a different representation, so it gets its own tag.
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${pre ? "-" + pre.enc : ""}"`;
    headers["ETag"] = etag;
    if (req.headers["if-none-match"] === etag) return send(req, res, 304, headers);
    headers["Content-Length"] = chosen.stat.size;
    res.writeHead(200, { ...BASE_HEADERS, ...headers });
    if (req.method === "HEAD") return res.end();
    fs.createReadStream(chosen.file)
      .on("error", () => res.destroy())
      .pipe(res);
  }

  function notBuilt(req, res) {
    send(
      req,
      res,
      503,
      { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      `The SPA is not built: ${indexPath} does not exist.\n` +
        "Build it first (scripts/run builds it), or point STATIC_DIR at a built dist/ folder.\n" +
        "The auth API is available under its base path regardless.\n",
    );
  }

  return function handleStatic(req, res, pathname) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(req, res, 405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }, "Method Not Allowed\n");
    }
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return send(req, res, 400, { "Content-Type": "text/plain; charset=utf-8" }, "Bad Request\n");
    }
    const segments = decoded.split(/[/\\]+/).filter(Boolean);
    // Dot segments would escape the root, dotfiles are never meant to be public, NUL breaks fs.
    if (segments.some((s) => s.startsWith(".") || s.includes("\0"))) {
      return send(req, res, 404, { "Content-Type": "text/plain; charset=utf-8" }, "Not Found\n");
    }
    const file = path.join(root, ...segments);
    if (file !== root && !file.startsWith(rootWithSep)) {
      return send(req, res, 404, { "Content-Type": "text/plain; charset=utf-8" }, "Not Found\n");
    }

    const stat = segments.length ? statFile(file) : null;
    if (stat) return serveFile(req, res, file, stat);

    // Paths with an extension name files; anything else is a client route of the SPA.
    const last = segments[segments.length - 1] ?? "";
    if (path.extname(last)) {
      return send(req, res, 404, { "Content-Type": "text/plain; charset=utf-8" }, "Not Found\n");
    }
    const indexStat = statFile(indexPath);
    if (!indexStat) return notBuilt(req, res);
    return serveFile(req, res, indexPath, indexStat);
  };
}
