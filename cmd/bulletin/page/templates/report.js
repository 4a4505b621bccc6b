(function () {
  "use strict";
  document.documentElement.className = "js";
  function key(cell, num) {
    var s = cell ? cell.getAttribute("data-s") : "";
    if (s === null) s = cell.textContent.trim();
    if (!num) return s;
    var f = parseFloat(s.replace(/,/g, ""));
    return isNaN(f) ? -Infinity : f;
  }
  function sort(table, col, th) {
    var num = th.getAttribute("data-type") === "num";
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var heads = th.parentNode.cells;
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[col], num), y = key(b.cells[col], num);
      var c = num ? (x < y ? -1 : x > y ? 1 : 0) : String(x).localeCompare(String(y), "zh");
      return c * dir;
    });
    for (var j = 0; j < rows.length; j++) body.appendChild(rows[j]);
  }
  var tables = document.querySelectorAll("table.sort");
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      if (!table.tHead) return;
      var heads = table.tHead.rows[0].cells;
      for (var i = 0; i < heads.length; i++) {
        (function (th, col) {
          th.tabIndex = 0;
          th.addEventListener("click", function () { sort(table, col, th); });
          th.addEventListener("keydown", function (e) {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              sort(table, col, th);
            }
          });
        })(heads[i], i);
      }
    })(tables[t]);
  }
})();
