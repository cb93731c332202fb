// Keeps the progress of a background CSV import up to date without reloading the page.
// Without JavaScript the page's 「更新」 link does the same. When the import has finished,
// the page is loaded again to show the result (or the bad rows).
(function () {
  var box = document.getElementById('import-job');
  if (!box || !window.fetch || !window.DOMParser) {
    return;
  }
  var url = location.pathname.replace(/\/$/, '') + '/progress';
  function poll() {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById('import-job');
        if (!next) {
          return;
        }
        var state = next.getAttribute('data-state');
        if (state === 'DONE' || state === 'FAILED') {
          location.reload();
          return;
        }
        var bar = document.getElementById('import-progress');
        var nextBar = next.querySelector('progress');
        if (nextBar.hasAttribute('value')) {
          bar.value = nextBar.value;
          bar.textContent = nextBar.textContent;
        }
        // Only a changed sentence is written, so screen readers are not told the same thing again.
        var status = document.getElementById('import-status');
        var text = next.querySelector('#import-status').textContent.trim();
        if (status.textContent.trim() !== text) {
          status.textContent = text;
        }
        setTimeout(poll, 1500);
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 1000);
})();
