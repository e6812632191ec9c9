/* Briefing: small progressive enhancements. Every page works without this script (a citation's
   title attribute, who said it and when, is the browser's own tooltip; the ↩ after a used
   sentence leads back); the script shows a citation's sentence on hover, keyboard focus and tap,
   offers the way back after following one, and mends directory links when the site is opened
   from the file system.

   A citation's sentence is not in the page: it is in the page's hover text, a small JSON file
   beside the page's HTML file (index.html has index.sentences.json), fetched on the first hover,
   focus or tap and kept. Its text is the articles' own, so it goes into the page as text only.

   Why not Material's content.tooltips: it sets up every titled link when the page loads, which
   on a briefing of a few hundred citations costs a phone a quarter-second of blocked main
   thread (Lighthouse total-blocking-time). This one listens once, on the document. */
(function () {
  "use strict";

  var TITLED = ".md-typeset a[title], .md-typeset a[data-title]";
  // Only a titled citation previews on tap: the bare numbers folded under "N more articles" have
  // nothing to show and follow at once. (While its tooltip shows, the title is in data-title.)
  var CITE = ".md-typeset a.cite[title], .md-typeset a.cite[data-title]";

  /* --- the tooltip ---------------------------------------------------------------------- */

  var tip = null;      // the one tooltip element, made on first use
  var owner = null;    // the link it describes
  var hideTimer = 0;

  function tooltip() {
    if (tip) return tip;
    tip = document.createElement("div");
    tip.id = "briefing-tip";
    tip.className = "briefing-tip";
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    // Inside <main>, so the text it shows belongs to a landmark like the rest of the page.
    (document.querySelector("main") || document.body).appendChild(tip);
    tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tip.addEventListener("mouseleave", function () { hideSoon(); });
    return tip;
  }

  function show(link) {
    clearTimeout(hideTimer);
    if (owner === link) return;
    hide();
    // Take the title away while ours shows, or the browser would show its own on top; keep a
    // copy in data-title (the print stylesheet reads it when a tooltip is open at print time).
    if (link.hasAttribute("title")) {
      link.setAttribute("data-title", link.getAttribute("title"));
      link.removeAttribute("title");
    }
    var box = tooltip();
    box.textContent = link.getAttribute("data-title");
    box.hidden = false;
    link.setAttribute("aria-describedby", box.id);
    owner = link;
    place();
    if (link.classList.contains("cite")) {
      hoverText().then(function (said) {
        if (owner === link) describe(link, said);
      });
    }
  }

  // The label, then the sentences the citation stands for, as text: they are article text.
  function describe(link, said) {
    var sentences = citationKeys(link).map(function (key) { return said[key]; })
      .filter(function (text) { return typeof text === "string"; });
    if (!sentences.length) return;
    var label = document.createElement("span");
    label.className = "briefing-tip-label";
    label.textContent = link.getAttribute("data-title");
    var text = document.createElement("span");
    text.textContent = sentences.join(" … ");
    tip.replaceChildren(label, text);
    place();
  }

  function hide() {
    clearTimeout(hideTimer);
    if (!owner) return;
    owner.setAttribute("title", owner.getAttribute("data-title"));
    owner.removeAttribute("aria-describedby");
    owner = null;
    tip.hidden = true;
  }

  // A short grace period lets the pointer travel from the link onto the tooltip (WCAG 1.4.13).
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 200);
  }

  // Below the link, or above it when there is no room; never past the viewport's edges.
  function place() {
    if (!owner) return;
    var r = owner.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    var left = Math.min(Math.max(8, r.left + r.width / 2 - w / 2), vw - w - 8);
    var top = r.bottom + 6;
    if (top + h > vh - 8 && r.top - h - 6 > 0) top = r.top - h - 6;
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = top + "px";
  }

  /* --- the hover text ----------------------------------------------------------------------- */

  var loaded = {};  // hover text URL -> a promise of its sentences by citation key ({} if none)

  function hoverText() {
    var url = hoverTextUrl();
    if (!url) return Promise.resolve({});
    if (!loaded[url]) {
      loaded[url] = fetch(url)
        .then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (said) { return said && typeof said === "object" ? said : {}; })
        .catch(function () { return {}; });
    }
    return loaded[url];
  }

  // Beside this page's HTML file: "x/" and "x/index.html" have "x/index.sentences.json",
  // "x.html" (and "x" where a host drops the ending) "x.sentences.json". Browsers refuse
  // fetches of file:// pages: there the label is all a citation shows.
  function hoverTextUrl() {
    if (location.protocol === "file:") return null;
    var url = new URL(location.href);
    var path = url.pathname;
    if (path.charAt(path.length - 1) === "/") path += "index.html";
    url.pathname = path.replace(/\.html$/, "") + ".sentences.json";
    url.search = "";
    url.hash = "";
    return url.href;
  }

  // "article-id#s-anchor" for the sentence the link leads to and those its data-more names; the
  // article's id is the last part of its page's address ("sources/id/", "sources/id.html").
  function citationKeys(link) {
    var url = new URL(link.href);
    var path = url.pathname.replace(/\/index\.html$|\.html$|\/$/, "");
    var id = decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
    var anchors = [decodeURIComponent(url.hash.slice(1))];
    var more = link.getAttribute("data-more");
    if (more) anchors = anchors.concat(more.split(" "));
    return anchors.map(function (anchor) { return id + "#" + anchor; });
  }

  function titled(node) {
    return node && node.closest ? node.closest(TITLED) : null;
  }

  function listenForTooltips() {
    document.addEventListener("mouseover", function (e) {
      var link = titled(e.target);
      if (link) show(link);
    });
    document.addEventListener("mouseout", function (e) {
      var link = titled(e.target);
      if (link && link === owner && !link.contains(e.relatedTarget)) hideSoon();
    });
    document.addEventListener("focusin", function (e) {
      var link = titled(e.target);
      if (link) show(link);
    });
    document.addEventListener("focusout", function (e) {
      if (titled(e.target) === owner) hide();
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape") hide();
    });
    window.addEventListener("scroll", place, { passive: true });
    window.addEventListener("resize", place);
  }

  /* On a touch screen there is no hover: the first tap on a citation shows its sentence, a
     second tap on the same citation follows it. Only touch is held back: a mouse click or the
     Enter key follow the link at once. */
  function previewOnTap() {
    var lastPointer = "";
    var armed = null;
    document.addEventListener("pointerdown", function (e) { lastPointer = e.pointerType; }, true);
    document.addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest(CITE);
      if (!a || lastPointer !== "touch" || a === armed) return;
      e.preventDefault();
      armed = a;
      a.focus();
      show(a);
      a.addEventListener("blur", function () { if (armed === a) armed = null; }, { once: true });
    });
  }

  /* --- the way back ---------------------------------------------------------------------- */

  /* Arriving on an article page at a sentence, from another page of this site: offer the way
     back. The history entry restores the reader's place; the ↩ link of a used sentence is the
     fallback when there is no history to go back to. */
  function offerReturn() {
    var old = document.querySelector(".briefing-return");
    if (old) old.remove();
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !target.classList.contains("sentence")) return;
    var from = sameSiteReferrer();
    var backref = nextBackref(target);
    if (!from && !backref) return;

    var box = document.createElement("span");
    box.className = "briefing-return";
    var link = document.createElement("a");
    link.href = from ? from.href : backref.href;
    link.textContent = "↩ Back to " + (isBriefing(from || new URL(backref.href)) ? "the briefing" : "the previous page");
    if (from) {
      link.addEventListener("click", function (e) {
        if (history.length > 1) { e.preventDefault(); history.back(); }
      });
    }
    box.appendChild(link);
    // Right after the sentence (and its ↩), so the next Tab from the landing point reaches it.
    (backref || target).insertAdjacentElement("afterend", box);
  }

  function sameSiteReferrer() {
    if (!document.referrer) return null;
    try {
      var ref = new URL(document.referrer);
      return ref.origin === location.origin && ref.pathname.indexOf(siteRoot().pathname) === 0 ? ref : null;
    } catch (err) {
      return null;
    }
  }

  // Material publishes the site root (relative to this page) in its #__config block.
  function siteRoot() {
    try {
      var config = JSON.parse(document.getElementById("__config").textContent);
      return new URL(config.base, location.href);
    } catch (err) {
      return new URL("/", location.href);
    }
  }

  function isBriefing(url) {
    var root = siteRoot().pathname;
    return url.pathname === root || url.pathname === root + "index.html";
  }

  function nextBackref(sentence) {
    var next = sentence.nextElementSibling;
    return next && next.classList.contains("backref") ? next : null;
  }

  /* --- file:// ---------------------------------------------------------------------------- */

  /* From file:// a link to "sources/x/" opens a folder listing, not the page: point such links
     at the folder's index.html. Served over HTTP nothing changes. */
  function mendFileLinks() {
    if (location.protocol !== "file:") return;
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href) || href.charAt(0) === "#") return;
      var m = href.match(/^([^?#]*\/)([?#].*)?$/);
      if (m) a.setAttribute("href", m[1] + "index.html" + (m[2] || ""));
    });
    // Material's search loads its index in a worker, which browsers refuse to file:// pages;
    // Zensical's (a button that opens its dialog) looks for a search.js its build does not write.
    var note = "Search needs the site served (see README)";
    var search = document.querySelector(".md-search__input");
    if (search) search.placeholder = note;
    var button = document.querySelector(".md-search__button");
    if (button) {
      button.textContent = note;
      button.disabled = true;
    }
  }

  listenForTooltips();
  previewOnTap();
  offerReturn();
  mendFileLinks();
  window.addEventListener("hashchange", offerReturn);
})();
