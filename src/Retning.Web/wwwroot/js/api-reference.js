/* The API reference page (/api-reference, Api/Reference/ApiReferencePage.cs): Scalar's bundle, served by Retning,
   draws the OpenAPI document named by #app's data-openapi. No inline script: CSP is script-src 'self'.
   Nothing leaves Retning: Scalar's CDN fonts, telemetry, AI agent and MCP are off (docs/api.md). */
(function () {
    'use strict';

    var app = document.getElementById('app');
    if (!app || !window.Scalar || typeof window.Scalar.createApiReference !== 'function') {
        return;
    }

    window.Scalar.createApiReference(app, {
        url: app.getAttribute('data-openapi'),
        baseServerURL: window.location.origin,
        withDefaultFonts: false,
        telemetry: false,
        agent: { disabled: true },
        mcp: { disabled: true },
        showDeveloperTools: 'never',
        hideClientButton: true,
        localization: { locale: 'da' }
    });
})();
