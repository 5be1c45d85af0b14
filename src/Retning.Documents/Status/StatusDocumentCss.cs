namespace Retning.Documents.Status;

/// <summary>
/// The status document's style sheet. The same rules stand in wwwroot/css/site.css between
/// "Statusdokument: document rules begin" and "… end" (the print view gets them from there: the
/// page's CSP allows no inline style), and here for the PDF, whose HTML must be self-contained.
/// A unit test (StatusDocumentCssTests) fails when the two copies differ: change both.
/// The rules style <c>.status-doc</c> on their own (no DKFDS, sizes in px/pt/em, not rem), so
/// the page inside the application and the standalone PDF look the same.
/// </summary>
public static class StatusDocumentCss
{
    public const string Rules = """
.status-doc { font-family: "IBM Plex Sans", Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 16px; line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 190mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.status-doc * { box-sizing: border-box; }
.status-doc p, .status-doc li, .status-doc dt, .status-doc dd, .status-doc figcaption { max-width: none; font-size: inherit; line-height: inherit; letter-spacing: normal; }
.status-doc p { margin: 0 0 0.6em; }
.status-doc .status-doc-title, .status-doc .status-doc-heading, .status-doc .status-doc-subheading, .status-doc .status-doc-column-heading, .status-doc .status-doc-goal-heading { font-family: inherit; font-weight: 700; line-height: 1.25; color: #1f3a5f; margin: 0; max-width: none; }
.status-doc .status-doc-title { font-size: 2em; padding-bottom: 0.25em; border-bottom: 3px solid #1f3a5f; margin-bottom: 0.6em; }
.status-doc .status-doc-heading { font-size: 1.4em; margin: 1.6em 0 0.6em; padding-bottom: 0.2em; border-bottom: 1px solid #8c8c8c; }
.status-doc .status-doc-subheading { font-size: 1.1em; margin: 0.8em 0 0.4em; }
.status-doc .status-doc-goal-heading { font-size: 1.15em; margin: 0 0 0.5em; }
.status-doc .status-doc-subgoal .status-doc-goal-heading { font-size: 1.05em; color: #1a1a1a; }
.status-doc .status-doc-kind { color: #4d4d4d; font-weight: 700; }
.status-doc .status-doc-text { white-space: pre-line; overflow-wrap: break-word; }
.status-doc .status-doc-nowrap { white-space: nowrap; }
.status-doc .status-doc-none { font-style: italic; color: #4d4d4d; }
.status-doc .status-doc-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2em 1.4em; margin: 0 0 0.8em; padding: 0; }
.status-doc .status-doc-facts dt { font-weight: 700; color: #4d4d4d; margin: 0; }
.status-doc .status-doc-facts dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
.status-doc .status-doc-title-facts { grid-template-columns: 9em minmax(0, 1fr); margin-bottom: 1.2em; }
.status-doc .status-doc-goal-facts { grid-template-columns: 8em minmax(0, 1fr); }
.status-doc .status-doc-indicator .status-doc-facts { grid-template-columns: 8em minmax(0, 1fr); }
.status-doc .status-doc-list { margin: 0; padding: 0 0 0 1.2em; list-style: disc outside; font-size: inherit; line-height: inherit; color: inherit; max-width: none; }
.status-doc .status-doc-list > li { list-style-type: disc; margin: 0; padding: 0; position: static; }
.status-doc .status-doc-list > li::before { content: none; }
.status-doc .status-doc-columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); grid-template-rows: auto auto; border: 1px solid #8c8c8c; margin: 0 0 1em; }
.status-doc .status-doc-column { display: grid; grid-row: span 2; grid-template-rows: subgrid; align-content: start; padding: 0 0.8em 0.4em; min-width: 0; }
.status-doc .status-doc-column + .status-doc-column { border-left: 1px solid #8c8c8c; }
.status-doc .status-doc-column-heading { font-size: 1em; background: #e6ecf2; margin: 0 -0.8em 0.6em; padding: 0.45em 0.8em; border-bottom: 1px solid #8c8c8c; }
.status-doc .status-doc-side, .status-doc .status-doc-side-colon { font-size: 0.85em; }
.status-doc .status-doc-side-detail { display: block; font-weight: 600; color: #1a1a1a; }
.status-doc .status-doc-goals { margin-top: 1.2em; }
.status-doc .status-doc-goal { margin: 0 0 1.6em; }
.status-doc .status-doc-goal > .status-doc-goal-heading { padding-top: 0.5em; border-top: 2px solid #1f3a5f; }
.status-doc .status-doc-subgoal { margin: 1.2em 0 0 0.6em; padding: 0 0 0 1em; border-left: 3px solid #bfcbd9; }
.status-doc .status-doc-subgoal > .status-doc-goal-heading { padding-top: 0; border-top: none; }
.status-doc .status-doc-table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; font-size: 0.9em; }
.status-doc .status-doc-table caption { text-align: left; font-weight: 700; padding: 0 0 0.3em; color: #1a1a1a; }
.status-doc .status-doc-table th, .status-doc .status-doc-table td { border: 1px solid #8c8c8c; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
.status-doc .status-doc-table thead th { background: #e6ecf2; font-weight: 700; }
.status-doc .status-doc-evaluations th:first-child { width: 7.5em; }
.status-doc .status-doc-evaluations th:nth-child(2) { width: 9em; }
.status-doc .status-doc-scores-columns { columns: 3 17em; column-gap: 1.6em; margin: 0.4em 0 1em; position: relative; padding: 1.7em 1px 0 0; }
.status-doc .status-doc-scores { margin: 0; }
.status-doc .status-doc-scores caption { position: absolute; top: 0; left: 0; white-space: nowrap; }
.status-doc .status-doc-scores td:nth-child(2) { text-align: center; }
.status-doc .status-doc-scores td { overflow-wrap: anywhere; }
.status-doc .status-doc-chart { margin: 0.6em 0 0.4em; max-width: 16cm; }
.status-doc .status-doc-chart-image svg { display: block; width: 100%; height: auto; }
.status-doc .status-doc-chart figcaption { font-size: 0.85em; line-height: 1.35; color: #4d4d4d; margin-top: 0.2em; }
@media screen and (max-width: 767px) {
  .status-doc .status-doc-columns { grid-template-columns: minmax(0, 1fr); }
  .status-doc .status-doc-column + .status-doc-column { border-left: none; border-top: 1px solid #8c8c8c; }
  .status-doc .status-doc-column { display: block; }
  .status-doc .status-doc-title-facts, .status-doc .status-doc-goal-facts { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  .status-doc { font-size: 10.5pt; max-width: none; }
  .status-doc .status-doc-title, .status-doc .status-doc-heading, .status-doc .status-doc-subheading, .status-doc .status-doc-column-heading, .status-doc .status-doc-goal-heading { break-after: avoid; page-break-after: avoid; }
  .status-doc tr, .status-doc .status-doc-chart, .status-doc .status-doc-facts, .status-doc caption { break-inside: avoid; page-break-inside: avoid; }
  .status-doc caption { break-after: avoid; }
  .status-doc thead { display: table-header-group; }
  /* One table flows through the columns with one width: small enough that three fit beside each other on A4. */
  /* The appendix with every score (chosen by the contact team) starts on its own page. */
  .status-doc .status-doc-appendix { break-before: page; page-break-before: always; }
  .status-doc .status-doc-scores-columns { columns: 3 13em; column-gap: 0.8em; }
  .status-doc .status-doc-scores { font-size: 0.85em; }
  .status-doc .status-doc-scores th, .status-doc .status-doc-scores td { padding: 0.2em 0.35em; }
  .status-doc p { orphans: 3; widows: 3; }
}
""";
}
