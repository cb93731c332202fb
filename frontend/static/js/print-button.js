// Buttons marked data-print open the browser's print dialog (no inline script, so the page keeps a strict CSP).
document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
});
