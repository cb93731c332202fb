// A form that is being sent ignores a second click (a double click on a slow phone sends the form
// once). The server treats a repeated submit as one in any case; this spares the wait.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post') {
        return;
    }
    if (form.dataset.sending === 'true') {
        event.preventDefault();
        return;
    }
    form.dataset.sending = 'true';
    form.setAttribute('aria-busy', 'true');
    // Sending again stays possible if no page comes back (a lost connection).
    setTimeout(function () { delete form.dataset.sending; form.removeAttribute('aria-busy'); }, 10000);
});
// Back to a page from the browser's cache: its forms can be sent again.
window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-sending]').forEach(function (form) {
        delete form.dataset.sending;
        form.removeAttribute('aria-busy');
    });
});
