// The review queue's keyboard shortcuts: v verify, r reject, s skip (the legend on the page
// says so). Each key clicks the button carrying it in data-key; typing in a field, or with a
// modifier held, is left alone. Without this script the buttons work as they are.
(function () {
  "use strict";
  var form = document.getElementById("review-form");
  if (!form) return;
  var buttons = {};
  form.querySelectorAll("button[data-key]").forEach(function (button) {
    buttons[button.dataset.key] = button;
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return;
    if (target && target.closest && target.closest(".select2-container, [role=combobox]")) return;
    if (document.querySelector(".select2-container--open")) return;
    var button = buttons[event.key.toLowerCase()];
    if (!button) return;
    event.preventDefault();
    form.classList.add("review-form--sent");
    button.click();
  });
})();
