// Test instrumentation, not part of the app. The test server inlines this as
// the first script of every HTML page it serves (tools/serve.py
// --head-script), so it runs before the app boots, after every reload and
// navigation, and in the copy of the page the service worker caches.
// It records uncaught errors (a wasm panic ends in one), unhandled promise
// rejections, resources that failed to load and console.error calls (the
// panic hook's message) in sessionStorage, which outlives reloads within the
// tab; the harness (tests/support/browser.rs) reads and clears the list and
// fails the test on any entry.
(function () {
  "use strict";
  var KEY = "shoreline-test:page-errors";
  var memory = [];
  function describe(value) {
    if (value instanceof Error) {
      return value.name + ": " + value.message;
    }
    if (typeof value === "string") {
      return value;
    }
    try {
      return JSON.stringify(value);
    } catch (e) {
      return String(value);
    }
  }
  function record(kind, text) {
    var line = kind + ": " + text;
    try {
      var list = JSON.parse(sessionStorage.getItem(KEY) || "[]");
      list.push(line);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {
      memory.push(line);
    }
  }
  window.addEventListener(
    "error",
    function (event) {
      var target = event.target;
      if (target && target !== window && target.nodeType === 1) {
        record("failed to load", target.src || target.href || target.tagName);
      } else {
        var where = event.filename ? " (" + event.filename + ":" + event.lineno + ")" : "";
        record("uncaught error", describe(event.error || event.message) + where);
      }
    },
    true
  );
  window.addEventListener("unhandledrejection", function (event) {
    record("unhandled rejection", describe(event.reason));
  });
  var original = console.error;
  console.error = function () {
    record("console.error", Array.prototype.map.call(arguments, describe).join(" "));
    return original.apply(console, arguments);
  };
  // Read back and cleared by the harness.
  window.__shorelineErrorHook = {
    drain: function () {
      var list = memory.splice(0, memory.length);
      try {
        list = JSON.parse(sessionStorage.getItem(KEY) || "[]").concat(list);
        sessionStorage.removeItem(KEY);
      } catch (e) {}
      return list;
    },
  };
})();
