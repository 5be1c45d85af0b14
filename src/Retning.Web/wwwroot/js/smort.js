/* The SMORT assistant beside the goal form (Pages/Borgere/Maal): while the user types, the form is posted
   (with its antiforgery token) to ?handler=SmortPanel, which answers with the panel's HTML alone,
   and the panel is swapped into its aria-live="polite" region. Without this script the
   "Tjek SMORT" button does the same with a full page. No inline script: CSP is script-src 'self'. */
(function () {
    'use strict';

    var region = document.getElementById('smort-panel');
    if (!region || typeof window.fetch !== 'function' || typeof window.FormData !== 'function') {
        return;
    }

    var form = region.closest('form');
    var url = region.getAttribute('data-smort-url');
    if (!form || !url) {
        return;
    }

    // The fields the advice reads; other fields (theme, state, texts the assistant ignores) change nothing.
    var watched = [
        'Input.Text', 'Input.PurposeId', 'Input.StartOn', 'Input.EndOn', 'Input.EvaluationIntervalMonths',
        'Input.IndicatorScaleId', 'Input.Measure', 'Input.Realistic'
    ];
    var delay = 400;
    var timer = null;
    var sequence = 0;
    var controller = null;
    var shown = region.innerHTML.trim();

    function refresh() {
        var mine = ++sequence;
        if (controller) {
            controller.abort();
        }
        controller = typeof window.AbortController === 'function' ? new window.AbortController() : null;

        window.fetch(url, {
            method: 'POST',
            body: new window.FormData(form),
            credentials: 'same-origin',
            headers: { 'X-Requested-With': 'fetch' },
            signal: controller ? controller.signal : undefined
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('SMORT ' + response.status);
            }
            return response.text();
        }).then(function (html) {
            html = html.trim();
            // Only the newest answer counts, and an unchanged panel is not announced again.
            if (mine !== sequence || html === shown) {
                return;
            }
            region.innerHTML = html;
            shown = html;
            region.setAttribute('data-smort-updated', String(mine));
        }).catch(function () {
            // Keep the last advice; the "Tjek SMORT" button still works.
        });
    }

    function schedule(event) {
        var target = event.target;
        if (!target || watched.indexOf(target.name) < 0) {
            return;
        }
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, delay);
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
}());
