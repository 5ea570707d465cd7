// While the ZIP downloads, the page asks how far the batch has gone and shows it.
(function () {
  "use strict";
  var form = document.querySelector("form.documents");
  var box = document.getElementById("batch-progress");
  if (!form || !box || !window.fetch) return;
  var bar = box.querySelector("progress");
  var text = box.querySelector(".progress-text");
  var polling = null;
  form.addEventListener("submit", function () {
    var id = form.elements.batch.value;
    var asked = 0;
    box.hidden = false;
    bar.removeAttribute("value");
    text.textContent = "Архив готовится…";
    if (polling) clearTimeout(polling);
    function poll() {
      asked += 1;
      fetch("/documents/progress/" + id, { credentials: "same-origin", cache: "no-store" })
        .then(function (answer) { return answer.json(); })
        .then(function (batch) {
          if (batch.total > 0) {
            bar.max = batch.total;
            bar.value = batch.done;
          }
          text.textContent = batch.text;
          box.setAttribute("data-state", batch.state);
          if (batch.state === "running" || (batch.state === "waiting" && asked < 120)) polling = setTimeout(poll, 500);
        })
        .catch(function () { if (asked < 120) polling = setTimeout(poll, 1000); });
    }
    polling = setTimeout(poll, 300);
  });
})();
