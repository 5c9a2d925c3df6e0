// Appended by tools/finish_dist.py to Trunk's loader (moved out of the page
// into a hashed file, so a strict Content-Security-Policy needs no inline
// script hash). Registers the service worker and relays "a new version is
// ready" to the app as window events; the app shows the notice and asks for
// the switch with a `shoreline-apply-update` event.
if ("serviceWorker" in navigator) {
  const BUILD = "__VERSION__";
  let switching = false;
  const versionOf = (worker) =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      worker.postMessage("version", [channel.port2]);
    });
  // A waiting worker of the build this page already runs (the page came from
  // the network) takes over quietly; only a different build is announced.
  const consider = (registration) => {
    const worker = registration.waiting;
    if (!worker || !navigator.serviceWorker.controller) return;
    versionOf(worker).then((version) => {
      if (version === BUILD) worker.postMessage("skip-waiting");
      else announce();
    });
  };
  const announce = () => {
    window.shorelineUpdateReady = true;
    dispatchEvent(new CustomEvent("shoreline-update-ready"));
  };
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (switching) location.reload();
  });
  navigator.serviceWorker
    .register("./sw.js")
    .then((registration) => {
      const watch = (worker) => {
        if (!worker) return;
        worker.addEventListener("statechange", () => {
          if (worker.state === "installed") consider(registration);
        });
      };
      consider(registration);
      watch(registration.installing);
      registration.addEventListener("updatefound", () => watch(registration.installing));
      addEventListener("shoreline-apply-update", () => {
        if (registration.waiting) {
          switching = true;
          registration.waiting.postMessage("skip-waiting");
        } else {
          location.reload();
        }
      });
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") registration.update().catch(() => {});
      });
    })
    .catch(() => {
      // No service worker (file://, a sandboxed frame, a browser setting):
      // the app works as before, only not offline.
    });
}
