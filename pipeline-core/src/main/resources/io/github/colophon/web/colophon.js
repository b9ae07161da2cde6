/* Colophon reading site: the contents menu on small screens and offline full-text search.
 * No dependencies and no network: the search index is a script (search-index.js) that assigns
 * window.COLOPHON_SEARCH, loaded on first use, so search works from file:// and any static host.
 * The index's terms are made as in SearchIndex.java: NFKC, lower case, CJK runs cut into
 * character bigrams, other runs of letters and digits kept as words. */
(function () {
  "use strict";

  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var WORD = /[\p{L}\p{N}]/u;
  var MAX_RESULTS = 20;

  function normalise(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  /* Splits a normalised query into CJK runs and words, in order. */
  function runs(text) {
    var out = [], cur = "", type = null;
    for (var ch of text) {
      var t = CJK.test(ch) ? "cjk" : WORD.test(ch) ? "word" : null;
      if (t !== type && cur) { out.push({ type: type, text: cur }); cur = ""; }
      type = t;
      if (t) { cur += ch; }
    }
    if (cur) { out.push({ type: type, text: cur }); }
    return out;
  }

  function Index(data) {
    this.sections = data.sections.map(function (s) {
      return { href: s[0], title: s[1], unit: s[2], text: s[3], hay: normalise(s[1] + " " + s[3]) };
    });
    this.terms = data.terms;
    this.keys = Object.keys(data.terms);
  }

  Index.prototype.union = function (match) {
    var set = new Set(), terms = this.terms;
    this.keys.forEach(function (k) {
      if (match(k)) { terms[k].forEach(function (i) { set.add(i); }); }
    });
    return set;
  };

  /* The sections that may hold one run of the query, from the prebuilt terms. */
  Index.prototype.candidates = function (run) {
    var terms = this.terms, chars = Array.from(run.text);
    if (run.type === "word") {
      return this.union(function (k) { return k.startsWith(run.text); });
    }
    if (chars.length === 1) {
      return this.union(function (k) { return k.indexOf(run.text) >= 0 && CJK.test(k); });
    }
    var set = null;
    for (var i = 0; i + 1 < chars.length; i++) {
      var postings = terms[chars[i] + chars[i + 1]] || [];
      var next = new Set(postings);
      set = set === null ? next : new Set(Array.from(set).filter(function (x) { return next.has(x); }));
      if (set.size === 0) { break; }
    }
    return set;
  };

  Index.prototype.search = function (query) {
    var q = runs(normalise(query));
    if (q.length === 0) { return []; }
    var found = null, self = this;
    q.forEach(function (run) {
      var c = self.candidates(run);
      found = found === null ? c : new Set(Array.from(found).filter(function (x) { return c.has(x); }));
    });
    var results = [];
    Array.from(found).sort(function (a, b) { return a - b; }).forEach(function (i) {
      var s = self.sections[i], score = 0;
      for (var r = 0; r < q.length; r++) {
        var hits = s.hay.split(q[r].text).length - 1;
        if (hits === 0) { return; }
        score += Math.min(hits, 10);
        if (normalise(s.title).indexOf(q[r].text) >= 0) { score += 20; }
      }
      results.push({ section: s, score: score, order: i });
    });
    results.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return results.slice(0, MAX_RESULTS).map(function (r) { return { section: r.section, first: q[0].text }; });
  };

  /* A short passage of the section's text around the first hit, as text nodes and a <mark>. */
  function snippet(text, term) {
    var lower = normalise(text), at = lower.indexOf(term);
    var frag = document.createDocumentFragment();
    if (at < 0 || lower.length !== text.length) {
      frag.appendChild(document.createTextNode(text.slice(0, 80) + (text.length > 80 ? "…" : "")));
      return frag;
    }
    var start = Math.max(0, at - 30), end = Math.min(text.length, at + term.length + 50);
    frag.appendChild(document.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + term.length);
    frag.appendChild(mark);
    frag.appendChild(document.createTextNode(text.slice(at + term.length, end) + (end < text.length ? "…" : "")));
    return frag;
  }

  function initSearch() {
    var form = document.querySelector("form.search");
    if (!form) { return; }
    var input = form.querySelector("input");
    var list = form.querySelector(".search-results");
    var status = form.querySelector("[role=status]");
    var index = null, loading = false;
    form.hidden = false;

    function load() {
      if (index || loading) { return; }
      if (window.COLOPHON_SEARCH) { index = new Index(window.COLOPHON_SEARCH); return; }
      loading = true;
      var script = document.createElement("script");
      script.src = form.getAttribute("data-index");
      script.onload = function () {
        loading = false;
        index = new Index(window.COLOPHON_SEARCH);
        run();
      };
      document.head.appendChild(script);
    }

    function clear() {
      list.textContent = "";
      list.hidden = true;
      status.textContent = "";
    }

    function run() {
      var query = input.value.trim();
      if (!query) { clear(); return; }
      if (!index) { load(); return; }
      var results = index.search(query);
      list.textContent = "";
      results.forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = r.section.href;
        var title = document.createElement("span");
        title.className = "result-title";
        title.textContent = r.section.title;
        a.appendChild(title);
        if (r.section.unit && r.section.unit !== r.section.title) {
          var unit = document.createElement("span");
          unit.className = "result-unit";
          unit.textContent = r.section.unit;
          a.appendChild(unit);
        }
        var text = document.createElement("span");
        text.className = "result-text";
        text.appendChild(snippet(r.section.text, r.first));
        a.appendChild(text);
        li.appendChild(a);
        list.appendChild(li);
      });
      if (results.length === 0) {
        var none = document.createElement("li");
        none.className = "no-results";
        none.textContent = form.getAttribute("data-no-results");
        list.appendChild(none);
      }
      list.hidden = false;
      status.textContent = results.length === 0
        ? form.getAttribute("data-no-results")
        : form.getAttribute("data-count").replace("{n}", String(results.length));
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

    input.addEventListener("focus", load);
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && links().length) { e.preventDefault(); links()[0].focus(); }
      else if (e.key === "Escape") { input.value = ""; clear(); }
    });
    list.addEventListener("keydown", function (e) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && at + 1 < all.length) { e.preventDefault(); all[at + 1].focus(); }
      else if (e.key === "ArrowUp") { e.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
      else if (e.key === "Escape") { e.preventDefault(); input.focus(); clear(); }
    });
    list.addEventListener("click", function (e) {
      if (e.target.closest("a")) { clear(); }
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = links()[0];
      if (first) { window.location.href = first.href; clear(); }
    });
    document.addEventListener("keydown", function (e) {
      var t = e.target.tagName;
      if (e.key === "/" && t !== "INPUT" && t !== "TEXTAREA" && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
      }
    });
    document.addEventListener("click", function (e) {
      if (!form.contains(e.target)) { list.hidden = true; }
    });
    input.addEventListener("focus", function () { if (list.childNodes.length) { list.hidden = false; } });
  }

  function initMenu() {
    var toggle = document.querySelector(".nav-toggle");
    var nav = document.getElementById("sidebar");
    if (!toggle || !nav) { return; }
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("open", open);
    });
    nav.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && nav.classList.contains("open")) {
        toggle.setAttribute("aria-expanded", "false");
        nav.classList.remove("open");
        toggle.focus();
      }
    });
  }

  function start() {
    initMenu();
    initSearch();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
