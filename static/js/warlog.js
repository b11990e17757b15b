// Warlog's only script, an optional enhancement: the pages work without it.
// 1. Filter forms submit without empty fields, so shared links stay short.
// 2. The speaker box suggests matching actors as you type (GET /actors.json?q=...).
// 3. On a wide screen the filters with their counts start open; on a phone they stay folded
//    behind their one-line summary so the results start on the first screen.
// 4. Facets the page left uncounted (too many statements to count before answering) get
//    their counts from /facets.json once the page is shown.
// 5. So does a chart the page left undrawn (a broad search): /chart.json gives it, drawn by the
//    server, and the count of the statements.
(function () {
  "use strict";
  var wide = window.matchMedia && window.matchMedia("(min-width: 48em)").matches;
  openWide(document);
  function openWide(root) {
    if (!wide) return;
    root.querySelectorAll("details[data-open-wide]").forEach(function (details) {
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
  document.querySelectorAll("form.filters[data-facets]").forEach(countFacets);
  document.querySelectorAll("[data-chart]").forEach(drawChart);

  function drawChart(slot) {
    var note = slot.querySelector("p");
    fetch(slot.dataset.chart)
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) {
          note.textContent = "The chart could not be drawn just now; reload the page in a few minutes.";
          return;
        }
        var count = document.getElementById("results-count");
        var noun = count && count.querySelector("[data-noun]");
        if (noun) {
          count.querySelector("strong").textContent = data.count.toLocaleString("en");
          noun.textContent = noun.dataset.noun + (data.count === 1 ? "" : "s");
          count.dataset.count = data.count;
        }
        var drawn = document.createElement("template");
        drawn.innerHTML = data.html;  // the server's own markup, every value escaped there
        openWide(drawn.content);
        slot.replaceWith(drawn.content);
      })
      .catch(function () {});
  }

  function countFacets(form) {
    fetch(form.dataset.facets)
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        form.dataset.facetsPending.split(" ").forEach(function (name) {
          var control = form.querySelector("[data-facet='" + name + "']");
          if (control && data[name]) fill(control, data[name]);
        });
      })
      .catch(function () {});
  }

  function fill(control, options) {
    var counts = {};
    options.forEach(function (option) { counts[option.value] = option.count; });
    if (control.tagName !== "SELECT") {
      control.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        var count = box.parentNode.querySelector(".count");
        if (count) count.textContent = (counts[box.value] || 0).toLocaleString("en");
      });
      return;
    }
    var chosen = control.value;
    var items = options.map(function (option) {
      var item = document.createElement("option");
      item.value = option.value;
      item.textContent = option.label + " (" + option.count.toLocaleString("en") + ")";
      item.selected = option.value === chosen;
      return item;
    });
    if (chosen && !(chosen in counts)) {
      var kept = control.options[control.selectedIndex];
      kept.textContent += " (0)";
      items.push(kept);
    }
    control.replaceChildren.apply(control, [control.options[0]].concat(items));
  }

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
