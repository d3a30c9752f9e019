/*
 * Streams a file to the platform with a progress bar and a cancel button (no inline script: CSP).
 * Every text comes from the page (data-text-* attributes filled from the exchange bundle), so the
 * script speaks the page's language. Both buttons are real buttons: Tab reaches them, and focus
 * moves to Cancel while sending and back to Upload afterwards, so a keyboard user can cancel at once.
 */
(function () {
  "use strict";
  var box = document.getElementById("upload");
  if (!box) { return; }
  var file = document.getElementById("upload-file");
  var start = document.getElementById("upload-start");
  var cancel = document.getElementById("upload-cancel");
  var progress = document.getElementById("upload-progress");
  var status = document.getElementById("upload-status");
  var xhr = null;

  function text(name, fallback) {
    return box.getAttribute("data-text-" + name) || fallback;
  }

  function done(message) {
    var hadFocus = document.activeElement === cancel;
    status.textContent = message;
    start.disabled = false;
    cancel.disabled = true;
    xhr = null;
    if (hadFocus) { start.focus(); } // a disabled button drops focus to the page: keep it in place
  }

  start.addEventListener("click", function () {
    var f = file.files && file.files[0];
    if (!f) { status.textContent = text("choose", "Choose a file first."); file.focus(); return; }
    xhr = new XMLHttpRequest();
    xhr.open("POST", box.getAttribute("data-url") + "?filename=" + encodeURIComponent(f.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-Upload-Token", box.getAttribute("data-token"));
    if (f.type) { xhr.setRequestHeader("Document-Media-Type", f.type); }
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        progress.value = Math.floor(100 * e.loaded / e.total);
        status.textContent = text("sending", "Sending…") + " " + progress.value + " %";
      }
    });
    xhr.addEventListener("load", function () {
      if (xhr.status === 201) {
        progress.value = 100;
        done(text("stored", "Stored, signed and encrypted."));
        window.location.reload();
      } else {
        var message = text("refused", "Upload refused") + " (" + xhr.status + ")";
        try { message += ": " + JSON.parse(xhr.responseText).message; } catch (ignored) { /* not JSON */ }
        done(message);
      }
    });
    xhr.addEventListener("error", function () { done(text("failed", "The connection failed; nothing was stored.")); });
    xhr.addEventListener("abort", function () { progress.value = 0; done(text("cancelled", "Cancelled; nothing was stored.")); });
    start.disabled = true;
    cancel.disabled = false;
    cancel.focus();
    progress.value = 0;
    status.textContent = text("sending", "Sending…");
    xhr.send(f);
  });

  cancel.addEventListener("click", function () { if (xhr) { xhr.abort(); } });
}());
