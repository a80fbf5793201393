// Records the page's uncaught errors and unhandled rejections in sessionStorage, where the engine tests
// read them back (tests/e2e/engines/engine.ts, pageErrors): they outlive a reload and a navigation.
(function () {
  var KEY = '__engineErrors';
  function push(text) {
    try {
      var list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(location.pathname + ': ' + text);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch {
      // storage refused: nothing to record into
    }
  }
  function describe(value) {
    if (value && (value.stack || value.message))
      return String(value.message) + '\n' + String(value.stack || '');
    return String(value);
  }
  window.addEventListener('error', function (event) {
    if (event instanceof ErrorEvent) push(describe(event.error || event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    push('unhandled rejection: ' + describe(event.reason));
  });
})();
