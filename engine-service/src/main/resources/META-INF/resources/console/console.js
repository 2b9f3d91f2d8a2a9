// The console's only script (the Content-Security-Policy allows no inline script): htmx requests carry the page's
// CSRF token in a header, and a select marked data-submit-on-change submits its form.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  if (token) {
    event.detail.headers['X-CSRF-TOKEN'] = token.content;
  }
});
document.addEventListener('change', function (event) {
  if (event.target.matches('select[data-submit-on-change]')) {
    event.target.form.submit();
  }
});
