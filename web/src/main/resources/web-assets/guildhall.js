// Guildhall's progressive enhancement beyond htmx. Every page works without it.
// A time-zone field marked data-guess-zone that is still empty gets the browser's zone (IANA id).
(function () {
  function guessZones(root) {
    root.querySelectorAll('input[data-guess-zone]').forEach(function (input) {
      if (!input.value) {
        try {
          input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
        } catch (e) {
          // no Intl: the person types their zone
        }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { guessZones(document); });
  document.addEventListener('htmx:afterSettle', function (event) { guessZones(event.target); });

  // A boosted request whose session has ended gets 499 from Quarkus OIDC (no redirect to Keycloak for script
  // requests, quarkus.oidc.authentication.java-script-auto-redirect=false): go there as a whole page, which signs the
  // person in and brings them back.
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 499) {
      window.location.href = event.detail.pathInfo && event.detail.pathInfo.requestPath || window.location.href;
    }
  });
})();
