/* The API reference page (/api-reference, Api/Reference/ApiReferencePage.cs): Scalar's bundle, served by Retning,
   draws the OpenAPI document named by #app's data-openapi. No inline script: CSP is script-src 'self'.
   Nothing leaves Retning: Scalar's CDN fonts, telemetry, AI agent and MCP are off (docs/api.md). */
(function () {
    'use strict';

    var app = document.getElementById('app');
    if (!app || !window.Scalar || typeof window.Scalar.createApiReference !== 'function') {
        return;
    }

    // Scalar's light theme has text colours under WCAG's 4.5:1 (grey labels, the methods' colours): darker ones,
    // and always the light theme, so the page axe checks is the page people see.
    var contrast = '.light-mode {'
        + ' --scalar-color-3: #646464 !important;'
        + ' --scalar-color-green: #007a4d !important;'
        + ' --scalar-color-orange: #b84000 !important;'
        + ' --scalar-color-blue: #0065a3 !important;'
        + ' --scalar-color-red: #c00000 !important;'
        + ' --scalar-color-yellow: #8a6d00 !important;'
        + ' --scalar-color-purple: #6a2fd0 !important;'
        + ' }';

    window.Scalar.createApiReference(app, {
        url: app.getAttribute('data-openapi'),
        baseServerURL: window.location.origin,
        withDefaultFonts: false,
        telemetry: false,
        agent: { disabled: true },
        mcp: { disabled: true },
        showDeveloperTools: 'never',
        hideClientButton: true,
        // Every tag open: the operations and their Danish summaries are on the page, findable with the browser's search.
        defaultOpenAllTags: true,
        forceDarkModeState: 'light',
        hideDarkModeToggle: true,
        customCss: contrast,
        localization: { locale: 'da' }
    });
})();
