// rdpfix page behaviour: copy buttons with a fallback, and a visible confirmation.
// No inline script anywhere: the Content-Security-Policy forbids it.
(function () {
  "use strict";

  function status(key) {
    var el = document.getElementById("copy-status");
    if (!el) { return; }
    el.textContent = el.getAttribute(key) || "";
    clearTimeout(status.timer);
    status.timer = setTimeout(function () { el.textContent = ""; }, 2500);
  }

  function textOf(selector, all) {
    if (all) {
      return Array.prototype.map.call(document.querySelectorAll(selector), function (el) {
        return el.textContent;
      }).join("");
    }
    var el = document.querySelector(selector);
    return el ? (el.value !== undefined && el.tagName === "INPUT" ? el.value : el.textContent) : "";
  }

  // Where the clipboard API is missing (plain http off localhost, old browsers), copy through a
  // temporary selection, which execCommand still supports.
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function copy(text) {
    var el = document.getElementById("copy-status");
    if (el) { el.textContent = ""; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { status("data-copied"); }, function () {
        status(fallbackCopy(text) ? "data-copied" : "data-failed");
      });
    } else {
      status(fallbackCopy(text) ? "data-copied" : "data-failed");
    }
  }

  // With JavaScript the script follows every change; the submit button is for pages without it.
  var update = document.getElementById("update");
  if (update && window.htmx) { update.hidden = true; }

  // After each re-render, a field is marked invalid exactly when its error text says something,
  // as the page without JavaScript marks it.
  function markInvalidFields() {
    Array.prototype.forEach.call(document.querySelectorAll("#state [aria-describedby^='error-']"), function (field) {
      var error = document.getElementById(field.getAttribute("aria-describedby").split(" ")[0]);
      if (error && error.textContent.trim() !== "") {
        field.setAttribute("aria-invalid", "true");
      } else {
        field.removeAttribute("aria-invalid");
      }
    });
  }

  // After an htmx re-render of the output, each field's error says what the output's list of
  // errors says for it (nothing, when the list is absent), as the page without JavaScript shows it.
  // A text is only touched when it changes, so that a screen reader announces what is new.
  function showFieldErrors() {
    var list = document.getElementById("field-errors");
    var texts = {};
    if (list) {
      Array.prototype.forEach.call(list.content.querySelectorAll("[data-field]"), function (error) {
        texts[error.getAttribute("data-field")] = error.textContent;
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll("#state .field-error[id^='error-']"), function (error) {
      var text = texts[error.id.substring("error-".length)] || "";
      if (error.textContent !== text) { error.textContent = text; }
    });
  }

  // The output is replaced in one step. htmx's own outerHTML swap first signals
  // htmx:beforeCleanupElement, in two spellings, on each of the old output's ~450 elements: half
  // of the swap's time and most of its garbage. Nothing in the output keeps htmx state that
  // would outlive it (its two hx-post buttons listen on themselves), so nothing needs that walk.
  // Preserved fields, focus, out-of-band parts and the processing of the new output stay htmx's.
  // Without this file, htmx falls back to its outerHTML swap (the page's defaultSwapStyle); only
  // the address bar then stops following the form.
  if (window.htmx) {
    window.htmx.defineExtension("replace-output", {
      handleSwap: function (style, target, fragment, settleInfo) {
        if (style !== "replace-output") { return false; }
        var added = Array.prototype.slice.call(fragment.children);
        target.replaceWith(fragment);
        // As htmx's own outerHTML swap does: the new elements settle in place of the old one.
        settleInfo.elts = settleInfo.elts.filter(function (elt) { return elt !== target; }).concat(added);
        return added;
      }
    });
  }

  // A section the user opened (step 0, "What changes", the PowerShell) stays open when the output
  // around it is rendered again.
  var swapping = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    swapping = {
      output: Boolean(event.detail.target) && event.detail.target.id === "output",
      open: Array.prototype.map.call(document.querySelectorAll("details[open][id]"), function (details) {
        return details.id;
      })
    };
  });

  // htmx signals afterSwap once per swapped element; the first comes when all of them are in
  // place, so the page is brought up to date once, there.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (swapping === null) { return; }
    // The address bar follows the form: the answer names the page's canonical address for it.
    var address = swapping.output && event.detail.xhr ? event.detail.xhr.getResponseHeader("Rdpfix-Address") : null;
    if (address) { history.replaceState(history.state, "", address); }
    swapping.open.forEach(function (id) {
      var details = document.getElementById(id);
      if (details) { details.open = true; }
    });
    if (swapping.output) {
      showFieldErrors();
      markInvalidFields();
      showGuide();
    }
    swapping = null;
  });

  // A block copied gets its mark, so the user sees where they are after switching to the console.
  function markCopied(index) {
    var block = document.getElementById("block-" + index);
    var mark = block && block.parentNode.querySelector(".copied-mark");
    if (mark) { mark.hidden = false; }
  }

  // The guided paste: "Copy block 1 of N", then "Copy next block (k of N)", until all are copied.
  function showGuide() {
    var next = document.getElementById("copy-next");
    if (next) { next.hidden = false; }
  }
  showGuide();

  document.addEventListener("click", function (event) {
    var next = event.target.closest("#copy-next");
    if (next) {
      var count = parseInt(next.getAttribute("data-count"), 10);
      var index = parseInt(next.getAttribute("data-index") || "1", 10);
      copy(textOf("#block-" + index, false));
      markCopied(index);
      if (index >= count) {
        next.textContent = next.getAttribute("data-done");
        next.setAttribute("data-index", "1");
      } else {
        next.setAttribute("data-index", String(index + 1));
        next.textContent = next.getAttribute("data-next") + " (" + (index + 1) + " " + next.getAttribute("data-of") + " " + count + ")";
      }
      return;
    }
    var button = event.target.closest("[data-copy], [data-copy-all]");
    if (!button) { return; }
    event.preventDefault();
    if (button.hasAttribute("data-copy-all")) {
      copy(textOf(button.getAttribute("data-copy-all"), true));
    } else {
      copy(textOf(button.getAttribute("data-copy"), false));
      var block = /^#block-(\d+)$/.exec(button.getAttribute("data-copy"));
      if (block) { markCopied(block[1]); }
    }
  });
})();
