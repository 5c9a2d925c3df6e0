// Shoreline's service worker: the app keeps working offline after the first
// visit. tools/finish_dist.py fills in VERSION and FILES at build time (the
// copy in dist/ is the filled one); this file is the template.
//
// - Precache: every file of the build, in a cache named after this app's
//   scope and the build version, so two copies of Shoreline on one intranet
//   host never share or delete each other's caches.
// - The page (navigations): network first, so a new deployment is seen on
//   the next load; the cached copy when the network is down.
// - Everything else under the scope (hashed file names): cache first.
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

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(PAGE)) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
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
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then(
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
