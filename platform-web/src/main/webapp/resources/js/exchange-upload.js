/* Streams a file to the platform with a progress bar and a cancel button (no inline script: CSP). */
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

  function done(text) {
    status.textContent = text;
    start.disabled = false;
    cancel.disabled = true;
    xhr = null;
  }

  start.addEventListener("click", function () {
    var f = file.files && file.files[0];
    if (!f) { status.textContent = "Choose a file first."; return; }
    xhr = new XMLHttpRequest();
    xhr.open("POST", box.getAttribute("data-url") + "?filename=" + encodeURIComponent(f.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-Upload-Token", box.getAttribute("data-token"));
    if (f.type) { xhr.setRequestHeader("Document-Media-Type", f.type); }
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        progress.value = Math.floor(100 * e.loaded / e.total);
        status.textContent = "Sending… " + progress.value + " %";
      }
    });
    xhr.addEventListener("load", function () {
      if (xhr.status === 201) {
        progress.value = 100;
        done("Stored, signed and encrypted.");
        window.location.reload();
      } else {
        var message = "Upload refused (" + xhr.status + ")";
        try { message = JSON.parse(xhr.responseText).message; } catch (ignored) { /* not JSON */ }
        done(message);
      }
    });
    xhr.addEventListener("error", function () { done("The connection failed; nothing was stored."); });
    xhr.addEventListener("abort", function () { progress.value = 0; done("Cancelled; nothing was stored."); });
    start.disabled = true;
    cancel.disabled = false;
    progress.value = 0;
    status.textContent = "Sending…";
    xhr.send(f);
  });

  cancel.addEventListener("click", function () { if (xhr) { xhr.abort(); } });
}());
