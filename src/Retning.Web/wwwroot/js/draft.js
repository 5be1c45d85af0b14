/* Keeps what is typed in a form marked data-draft-key in the browser until the server has saved it,
   so a lost session (idle timeout, expired login) never loses a note: after logging in again the
   form opens with the text restored. sessionStorage, not localStorage: the draft lives only in this
   tab and disappears when the tab closes, so a shared tablet does not keep citizen data around.
   The server renders data-clear-draft="<key>" after a successful save; a form re-rendered after a
   validation error has data-draft-restore="false" because the server's values are the newest. */
(function () {
    "use strict";
    var prefix = "retning-kladde:";

    function read(key) {
        try { return JSON.parse(sessionStorage.getItem(key) || "null"); } catch (e) { return null; }
    }

    function capture(form) {
        var data = {};
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || el.name === "__RequestVerificationToken" || el.type === "hidden" || el.type === "submit") { return; }
            if (el.type === "radio") { if (el.checked) { data[el.name] = el.value; } return; }
            if (el.type === "checkbox") {
                data[el.name] = data[el.name] || [];
                if (el.checked) { data[el.name].push(el.value); }
                return;
            }
            data[el.name] = el.value;
        });
        return data;
    }

    function hasText(data) {
        return Object.keys(data).some(function (k) { return /Text|Effect|Experience|Actor/.test(k) && String(data[k]).trim() !== ""; });
    }

    function restore(form, data) {
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || !(el.name in data) || el.type === "hidden") { return; }
            var value = data[el.name];
            if (el.type === "radio") { el.checked = el.value === value; }
            else if (el.type === "checkbox") { el.checked = Array.isArray(value) && value.indexOf(el.value) >= 0; }
            else { el.value = value; }
        });
        form.dispatchEvent(new Event("change", { bubbles: true }));
    }

    Array.prototype.forEach.call(document.querySelectorAll("[data-clear-draft]"), function (el) {
        sessionStorage.removeItem(el.getAttribute("data-clear-draft"));
    });

    Array.prototype.forEach.call(document.querySelectorAll("form[data-draft-key]"), function (form) {
        var key = form.getAttribute("data-draft-key");
        if (key.indexOf(prefix) !== 0) { return; }
        var saved = read(key);
        if (saved && form.getAttribute("data-draft-restore") === "true" && hasText(saved)) {
            restore(form, saved);
            var status = document.getElementById("draft-status");
            if (status) {
                status.textContent = "Din kladde fra tidligere er hentet frem igen. Den er ikke gemt, før du trykker Gem.";
                status.classList.remove("sr-only");
                status.classList.add("app-draft-restored");
            }
        }
        var save = function () { sessionStorage.setItem(key, JSON.stringify(capture(form))); };
        form.addEventListener("input", save);
        form.addEventListener("change", save);
        form.addEventListener("submit", save);
    });
})();
