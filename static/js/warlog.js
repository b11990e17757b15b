// Warlog's only script, an optional enhancement: the pages work without it.
// 1. Filter forms submit without empty fields, so shared links stay short.
// 2. The speaker box suggests matching actors as you type (GET /actors.json?q=...).
// 3. On a wide screen the filters with their counts start open; on a phone they stay folded
//    behind their one-line summary so the results start on the first screen.
(function () {
  "use strict";
  if (window.matchMedia && window.matchMedia("(min-width: 48em)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      details.open = true;
    });
  }
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (field) {
        if (field.name && !field.value) field.disabled = true;
      });
      window.setTimeout(function () {
        form.querySelectorAll(":disabled").forEach(function (field) { field.disabled = false; });
      }, 0);
    });
  });

  if (!window.fetch) return;
  document.querySelectorAll("input[data-autocomplete]").forEach(suggest);

  function suggest(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) return;
      timer = window.setTimeout(function () {
        fetch(input.dataset.autocomplete + "?q=" + encodeURIComponent(text))
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.results.map(function (actor) {
              var option = document.createElement("option");
              option.value = actor.slug;
              option.textContent = actor.name + (actor.affiliation ? " (" + actor.affiliation + ")" : "");
              return option;
            }));
          })
          .catch(function () {});
      }, 200);
    });
  }
})();
