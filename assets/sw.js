// Shoreline's service worker: the app keeps working offline after the first
// visit. tools/finish_dist.py fills in VERSION and FILES at build time (the
// copy in dist/ is the filled one); this file is the template.
//
// - Precache: every file of the build, in a cache named after this app's
//   scope and the build version, so two copies of Shoreline on one intranet
//   host never share or delete each other's caches.
// - It touches only Shoreline's own files: the page (the folder URL or
//   index.html, with or without a query string) and the files of the
//   precache list. Every other request passes through untouched, so another
//   app on the same origin (Shoreline hosted at the site root, say) never
//   gets an answer from this cache and never replaces the cached page.
// - The page: network first, so a new deployment is seen on the next load;
//   the cached copy when the network is down.
// - The precached files (hashed names): cache first.
// - A new version waits until the page asks it to take over (the page shows
//   "a new version is ready" and reloads when the user says so).
"use strict";

const VERSION = "__VERSION__";
const FILES = __FILES__;
const PREFIX = "shoreline:" + self.registration.scope + ":";
const CACHE = PREFIX + VERSION;
const PAGE = self.registration.scope;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(new URL(f, PAGE), { cache: "reload" })))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
  if (event.data === "version" && event.ports[0]) event.ports[0].postMessage(VERSION);
});

// The page's two addresses, and every precached file's exact address.
const PAGE_URLS = new Set([PAGE, new URL("index.html", PAGE).href]);
const OWN_FILES = new Set(FILES.map((f) => new URL(f, PAGE).href));

// "page", "file" or null (not Shoreline's: leave it alone).
const kindOf = (url) => {
  const u = new URL(url);
  const bare = u.origin + u.pathname;
  if (PAGE_URLS.has(bare)) return "page";
  if (u.search === "" && OWN_FILES.has(bare)) return "file";
  return null;
};

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const kind = kindOf(request.url);
  if (kind === "page") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && response.type === "basic" && !response.redirected) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(PAGE, copy)));
          }
          return response;
        })
        .catch(() =>
          caches.open(CACHE).then((cache) => cache.match(PAGE)).then((hit) => hit || Response.error())
        )
    );
    return;
  }
  if (kind !== "file") return;
  // The files are stored decoded; a host's `Vary: Accept-Encoding` must not
  // make them miss (the browser adds that header after this worker).
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreVary: true }).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            if (response.ok && response.type === "basic") {
              const copy = response.clone();
              event.waitUntil(cache.put(request, copy));
            }
            return response;
          })
      )
    )
  );
});
