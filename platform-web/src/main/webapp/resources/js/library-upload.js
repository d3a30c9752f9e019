/* Attaches a file to a pending library version with a progress bar and a cancel button
   (no inline script: CSP). The page gives the address, the session's upload token and its
   messages in the viewer's language as data- attributes of #library-upload. */
(function () {
  "use strict";
  var box = document.getElementById("library-upload");
  if (!box) { return; }
  var file = document.getElementById("library-upload-file");
  var start = document.getElementById("library-upload-start");
  var cancel = document.getElementById("library-upload-cancel");
  var progress = document.getElementById("library-upload-progress");
  var status = document.getElementById("library-upload-status");
  var maxBytes = parseInt(box.getAttribute("data-max-bytes"), 10);
  var xhr = null;

  function text(name, value) {
    var t = box.getAttribute("data-msg-" + name) || name;
    return value === undefined ? t : t.replace("{0}", value);
  }

  function done(message) {
    status.textContent = message;
    start.disabled = false;
    cancel.disabled = true;
    xhr = null;
  }

  start.addEventListener("click", function () {
    var f = file.files && file.files[0];
    if (!f) { status.textContent = text("choose"); file.focus(); return; }
    if (f.size > maxBytes) { status.textContent = text("too-large"); return; }
    xhr = new XMLHttpRequest();
    xhr.open("POST", box.getAttribute("data-url") + "&name=" + encodeURIComponent(f.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-Upload-Token", box.getAttribute("data-token"));
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        progress.value = Math.floor(100 * e.loaded / e.total);
        status.textContent = progress.value + " %";
      }
    });
    xhr.addEventListener("load", function () {
      if (xhr.status === 201) {
        progress.value = 100;
        done(text("done", f.name));
        window.location.reload();
      } else {
        var message = "HTTP " + xhr.status;
        try { message = JSON.parse(xhr.responseText).message; } catch (ignored) { /* not JSON */ }
        progress.value = 0;
        done(text("failed", message));
      }
    });
    xhr.addEventListener("error", function () { progress.value = 0; done(text("failed", "network")); });
    xhr.addEventListener("abort", function () { progress.value = 0; done(text("cancelled")); });
    start.disabled = true;
    cancel.disabled = false;
    progress.value = 0;
    status.textContent = "0 %";
    xhr.send(f);
  });

  cancel.addEventListener("click", function () { if (xhr) { xhr.abort(); } });
}());
