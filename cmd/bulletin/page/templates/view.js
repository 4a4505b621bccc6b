(function () {
  "use strict";
  var body = document.body;
  document.documentElement.className = "js";
  var boxes = document.querySelectorAll("input[data-kind]");
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].addEventListener("change", function (e) {
      body.classList.toggle("off-" + e.target.getAttribute("data-kind"), !e.target.checked);
    });
  }
  var structure = document.getElementById("structure");
  if (structure) {
    structure.addEventListener("change", function () {
      body.classList.toggle("flat", !structure.checked);
    });
  }
  var tip = document.getElementById("tip");
  var hot = [];
  function unhot() {
    for (var i = 0; i < hot.length; i++) hot[i].classList.remove("hot");
    hot = [];
  }
  function hide() {
    tip.hidden = true;
    unhot();
  }
  function show(m) {
    var id = m.getAttribute("data-v");
    if (!/^[0-9]+$/.test(id)) return;
    var all = document.querySelectorAll('mark.v[data-v="' + id + '"]');
    var first = null;
    unhot();
    for (var i = 0; i < all.length; i++) {
      all[i].classList.add("hot");
      hot.push(all[i]);
      if (!first && all[i].hasAttribute("data-tip")) first = all[i];
    }
    if (!first) return;
    var lines = first.getAttribute("data-tip").split("\n");
    tip.textContent = "";
    var head = document.createElement("strong");
    head.textContent = lines[0];
    tip.appendChild(head);
    for (var j = 1; j < lines.length; j++) {
      var d = document.createElement("div");
      d.textContent = lines[j];
      tip.appendChild(d);
    }
    tip.className = "k-" + first.getAttribute("data-k");
    tip.hidden = false;
    var r = m.getBoundingClientRect();
    var left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(left, 4) + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  function markOf(t) {
    return t && t.closest ? t.closest("mark.v") : null;
  }
  document.addEventListener("mouseover", function (e) {
    var m = markOf(e.target);
    if (m && !body.classList.contains("off-" + m.className.replace(/.*\bk-([a-z]+).*/, "$1"))) show(m);
    else hide();
  });
  document.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m) show(m);
    else hide();
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
  });
  // #v-12 names a value (the report links to them): it is brought into
  // view and focused, which shows what was recorded.
  function go() {
    var m = /^#v-([0-9]+)$/.exec(location.hash);
    if (!m) return;
    var first = document.querySelector('mark.v[data-v="' + m[1] + '"][data-tip]');
    if (first) {
      first.scrollIntoView({block: "center"});
      first.focus();
      show(first);
    }
  }
  window.addEventListener("hashchange", go);
  go();
})();
