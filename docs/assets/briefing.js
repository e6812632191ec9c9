/* Briefing: small progressive enhancements. Every page works without this script; it only
   makes citations easier to use on touch screens, offers a way back after following one, and
   mends directory links when the site is opened from the file system. */
(function () {
  "use strict";

  var CITE = ".md-typeset a.cite";

  /* Material's tooltip takes a link's title away while the tooltip shows; a copy in
     data-sentence keeps the printed citation (briefing.css, @media print) whole even then. */
  function keepSentences() {
    document.querySelectorAll(CITE + "[title]").forEach(function (a) {
      a.setAttribute("data-sentence", a.getAttribute("title"));
    });
  }

  /* On a touch screen there is no hover: the first tap on a citation shows its sentence
     (Material's tooltip opens on focus), a second tap on the same citation follows it.
     Only touch is held back: a mouse click or the Enter key follow the link at once. */
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
      a.addEventListener("blur", function () { if (armed === a) armed = null; }, { once: true });
    });
  }

  /* Arriving on an article page at a sentence, from another page of this site: offer the
     way back. The history entry restores the reader's place; the ↩ link of a used sentence is
     the fallback when there is no history to go back to. */
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
    // Placed right after the sentence, so the next Tab from the landing point reaches it.
    (backref || target).insertAdjacentElement("afterend", box);
  }

  function sameSiteReferrer() {
    if (!document.referrer) return null;
    try {
      var ref = new URL(document.referrer);
      var base = siteRoot();
      return ref.origin === location.origin && ref.pathname.indexOf(base.pathname) === 0 ? ref : null;
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

  /* From file:// a link to "sources/x/" opens a folder listing, not the page: point such
     links at the folder's index.html. Served over HTTP nothing changes. */
  function mendFileLinks() {
    if (location.protocol !== "file:") return;
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href) || href.charAt(0) === "#") return;
      var m = href.match(/^([^?#]*\/)([?#].*)?$/);
      if (m) a.setAttribute("href", m[1] + "index.html" + (m[2] || ""));
    });
    var search = document.querySelector(".md-search__input");
    if (search) {
      // Material's search loads its index with a worker, which browsers refuse to file:// pages.
      search.placeholder = "Search needs the site served (see README)";
    }
  }

  keepSentences();
  previewOnTap();
  offerReturn();
  mendFileLinks();
  window.addEventListener("hashchange", offerReturn);
})();
