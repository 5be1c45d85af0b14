using Retning.Domain.Plans;

namespace Retning.RawPath;

/// <summary>The plan page's assessment, goals, methods, compass and DPU sections (see <see cref="PlanHtml"/>).</summary>
public static class PlanSectionsHtml
{
    private const int ConclusionLength = 300;

    public static void Assessment(Html h, PlanRow p, PlanData d, bool canEdit, string root)
    {
        var withGoals = d.Goals.Select(g => g.ThemeKey).ToHashSet(StringComparer.Ordinal);
        h.Raw("<section id=\"udredning\" class=\"app-card\" aria-labelledby=\"udredning-h\">\n    <h2 id=\"udredning-h\" class=\"h3\">Udredning</h2>\n    <p>Borgerens ressourcer, udfordringer og behov for støtte og indsats pr. tema i ")
            .Text(p.TemplateName).Raw(".</p>\n");
        foreach (var t in p.Themes.OrderBy(t => t.Order))
        {
            var a = d.Assessments.GetValueOrDefault(t.Key);
            var assessed = !string.IsNullOrWhiteSpace(a.Resources) || !string.IsNullOrWhiteSpace(a.Challenges) || !string.IsNullOrWhiteSpace(a.SupportNeed);
            var key = Uri.EscapeDataString(t.Key);
            h.Raw("        <div class=\"app-theme\" id=\"tema-").Text(t.Key).Raw("\">\n            <div class=\"app-section-head\">\n                <h3 class=\"h4\">").Text(t.Name).Raw("</h3>\n");
            if (canEdit)
            {
                h.Raw("                    <a href=\"").Raw(root).Raw("/plan/tema/").Raw(key).Raw("\">Rediger<span class=\"sr-only\"> ").Text(t.Name).Raw("</span></a>\n");
            }

            h.Raw("            </div>\n");
            if (!assessed)
            {
                h.Raw("                <p class=\"app-missing\">Ikke udredt endnu.</p>\n");
            }
            else
            {
                h.Raw("                <dl class=\"app-dl\">\n                    <dt>").Text(t.ResourcesLabel).Raw("</dt><dd>").Text(Html.Or(a.Resources, "Ikke udfyldt"))
                    .Raw("</dd>\n                    <dt>").Text(t.ChallengesLabel).Raw("</dt><dd>").Text(Html.Or(a.Challenges, "Ikke udfyldt"))
                    .Raw("</dd>\n                    <dt>").Text(t.SupportNeedLabel).Raw("</dt><dd>").Text(Html.Or(a.SupportNeed, "Ikke udfyldt")).Raw("</dd>\n                </dl>\n")
                    .Raw("                    <p class=\"form-hint\">Senest gemt ").Raw(Html.LocalSeconds(a.UpdatedUtc)).Text(a.UpdatedBy is null ? "" : " af " + a.UpdatedBy).Raw("</p>\n");
            }

            var evaluation = d.ThemeEvaluations.TryGetValue(t.Key, out var te) ? te : ((DateOnly, string, bool, int)?)null;
            if (assessed || evaluation is not null || withGoals.Contains(t.Key))
            {
                h.Raw("                <div class=\"app-theme-evaluation\" id=\"tema-evaluering-").Text(t.Key).Raw("\">\n");
                if (evaluation is not null)
                {
                    h.Raw("                        <h4 class=\"h5\">Evaluering af borgerens udvikling i temaet, ").Raw(Html.Date(te.On)).Raw("</h4>\n                        <p class=\"app-pre\">").Text(te.Development).Raw("</p>\n");
                    if (te.RevisionNeeded)
                    {
                        h.Raw("                            <p class=\"form-hint\">Evalueringen fandt, at planen skal revideres.</p>\n");
                    }
                }

                h.Raw("                    <p class=\"app-theme-evaluation-links\">\n");
                if (canEdit)
                {
                    h.Raw("                            <a href=\"").Raw(root).Raw("/plan/tema/").Raw(key).Raw("/evaluering#ny\">Evaluér temaet<span class=\"sr-only\"> ").Text(t.Name).Raw("</span></a>\n");
                }

                if (evaluation is not null)
                {
                    h.Raw("                            <a href=\"").Raw(root).Raw("/plan/tema/").Raw(key).Raw("/evaluering\">").Raw(te.Count == 1 ? "1 evaluering af temaet" : $"{te.Count} evalueringer af temaet")
                        .Raw("<span class=\"sr-only\"> ").Text(t.Name).Raw("</span></a>\n");
                }

                h.Raw("                    </p>\n                </div>\n");
            }

            h.Raw("        </div>\n");
        }

        h.Raw("</section>\n\n");
    }

    public static void Goals(Html h, PlanRow p, PlanData d, bool canEdit, string root)
    {
        var topLevel = d.Goals.Where(g => g.ParentId is null).ToList();
        var subGoals = d.Goals.Where(g => g.ParentId is not null).ToLookup(g => g.ParentId);
        var themes = p.Themes.OrderBy(t => t.Order).ToList();
        var activeGoals = topLevel.Count(g => g.State == GoalState.Active);
        var activeSubGoals = d.Goals.Count(g => g.ParentId is not null && g.State == GoalState.Active);
        h.Raw("<section id=\"maal\" class=\"app-card\" aria-labelledby=\"maal-h\">\n    <div class=\"app-section-head\">\n        <h2 id=\"maal-h\" class=\"h3\">Mål og delmål</h2>\n        <a href=\"")
            .Raw(root).Raw("/maal\">Gå til mål og delmål</a>\n    </div>\n    <p>").Text(activeGoals == 1 ? "1 aktivt mål" : $"{activeGoals} aktive mål").Raw(" og ")
            .Text(activeSubGoals == 1 ? "1 aktivt delmål" : $"{activeSubGoals} aktive delmål").Raw(", ordnet efter planens temaer med den seneste evaluering.</p>\n");
        if (topLevel.Count == 0)
        {
            h.Raw("        <p class=\"app-missing\">Der er ikke sat mål endnu.</p>\n");
        }

        string ThemeName(string key) => themes.FirstOrDefault(t => t.Key == key)?.Name ?? key;
        int ThemeOrder(string key) => themes.FindIndex(t => t.Key == key) is var i and >= 0 ? i : int.MaxValue;
        foreach (var theme in topLevel.GroupBy(g => g.ThemeKey, StringComparer.Ordinal).OrderBy(g => ThemeOrder(g.Key)).ThenBy(g => ThemeName(g.Key), StringComparer.Ordinal))
        {
            h.Raw("        <div class=\"app-theme app-plan-goals\">\n            <h3 class=\"h4\">").Text(ThemeName(theme.Key)).Raw("</h3>\n");
            foreach (var g in theme)
            {
                h.Raw("                <div class=\"app-plan-goal\">\n                    <h4 class=\"h5 app-goal-heading\"><a href=\"").Raw(root).Raw("/maal/").Raw(g.Id.ToString()).Raw("\">").Text(g.Text).Raw("</a></h4>\n");
                Facts(h, g, canEdit, root);
                if (subGoals[g.Id].Any())
                {
                    h.Raw("                        <ul class=\"app-plan-subgoals\" aria-label=\"Delmål til ").Text(g.Text).Raw("\">\n");
                    foreach (var s in subGoals[g.Id])
                    {
                        h.Raw("                                <li>\n                                    <p class=\"app-plan-subgoal-title\">Delmål: <a href=\"").Raw(root).Raw("/delmaal/").Raw(s.Id.ToString()).Raw("\">").Text(s.Text).Raw("</a></p>\n");
                        Facts(h, s, canEdit, root);
                        h.Raw("                                </li>\n");
                    }

                    h.Raw("                        </ul>\n");
                }

                h.Raw("                </div>\n");
            }

            h.Raw("        </div>\n");
        }

        var problems = PlanRuleCheck.Problems(d.Rules, [.. d.Goals.Select(g => new Goal { Id = g.Id, ParentGoalId = g.ParentId, ThemeKey = g.ThemeKey, Text = g.Text, State = g.State })]);
        if (problems.Count > 0)
        {
            h.Raw("        <div class=\"alert alert-warning\" role=\"status\"><div class=\"alert-body\">\n            <p class=\"alert-heading\">Efter tilbuddets regler mangler planen noget</p>\n            <ul class=\"alert-text\">\n");
            foreach (var problem in problems)
            {
                h.Raw("                    <li>").Text(problem).Raw("</li>\n");
            }

            h.Raw("            </ul>\n        </div></div>\n");
        }

        h.Raw("</section>\n\n");
    }

    private static void Facts(Html h, GoalRow g, bool canEdit, string root)
    {
        var open = g.State is GoalState.Active or GoalState.Passive;
        h.Raw("<dl class=\"app-dl app-plan-goal-facts\">\n    <dt>Tilstand</dt><dd>").Text(g.State.Danish()).Raw(" · ").Text(g.Type.Danish()).Raw("</dd>\n    <dt>Næste evaluering</dt>\n    <dd>\n        ")
            .Raw(g.NextEvaluationOn is { } next ? Html.Date(next) : open ? "Ikke fastsat" : "–").Raw("\n");
        if (canEdit && open)
        {
            h.Raw("            <a class=\"app-dd-link\" href=\"").Raw(root).Raw("/evalueringer/ny/").Raw(g.Id.ToString()).Raw("\">Evaluér<span class=\"sr-only\"> ").Text(g.Text).Raw("</span></a>\n");
        }

        h.Raw("    </dd>\n    <dt>Seneste evaluering</dt>\n    <dd>\n");
        if (g.EvaluationId is { } evaluationId)
        {
            var conclusion = g.Conclusion is not { } text ? null : text.Length <= ConclusionLength ? text : string.Concat(text.AsSpan(0, ConclusionLength - 1).TrimEnd(), "…");
            h.Raw("            <span class=\"app-plan-decision\">").Raw(Html.Date(g.EvaluatedOn)).Raw(": ").Text(g.Decision).Raw("</span>\n")
                .Raw("                <a class=\"app-dd-link\" href=\"").Raw(root).Raw("/evalueringer/").Raw(evaluationId.ToString()).Raw("\">Se evalueringen<span class=\"sr-only\"> af ").Text(g.Text).Raw("</span></a>\n")
                .Raw("            <span class=\"app-pre app-plan-conclusion\">").Text(conclusion).Raw("</span>\n");
        }
        else
        {
            h.Raw("            <span>Ikke evalueret endnu</span>\n");
        }

        h.Raw("    </dd>\n</dl>\n");
    }

    public static void MethodsCompassDpu(Html h, CitizenPage c, PlanRow p, PlanData d, bool canEdit, string root, DateOnly today)
    {
        h.Raw("    <section id=\"metoder\" class=\"app-card\" aria-labelledby=\"metoder-h\">\n        <div class=\"app-section-head\">\n            <h2 id=\"metoder-h\" class=\"h3\">Faglige tilgange og metoder</h2>\n");
        Edit(h, canEdit, root, "/plan/metoder", "Rediger<span class=\"sr-only\"> faglige tilgange og metoder</span>");
        h.Raw("        </div>\n");
        if (d.Methods.Count == 0)
        {
            h.Raw("            <p class=\"app-missing\">Der er ikke valgt metoder endnu.</p>\n");
        }
        else
        {
            h.Raw("            <div class=\"app-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Metoder\">\n                <table class=\"table table--zebra\">\n                    <caption class=\"sr-only\">Metoder og hvordan de praktiseres for borgeren</caption>\n")
                .Raw("                    <thead><tr><th scope=\"col\">Metode</th><th scope=\"col\">Sådan praktiseres det for borgeren</th></tr></thead>\n                    <tbody>\n");
            foreach (var (name, how) in d.Methods)
            {
                h.Raw("                            <tr><td>").Text(name).Raw("</td><td class=\"app-pre\">").Text(Html.Or(how, "–")).Raw("</td></tr>\n");
            }

            h.Raw("                    </tbody>\n                </table>\n            </div>\n");
        }

        h.Raw("        <h3 class=\"h4 mt-6\">Faglige tilgange</h3>\n        <p class=\"app-pre\">").Text(Html.Or(p.ApproachesText, "Ikke udfyldt")).Raw("</p>\n    </section>\n\n");

        var compassStart = AssessmentSchedule.CompassStartOn(c.EnrolledOn);
        h.Raw("    <section id=\"kompas\" class=\"app-card\" aria-labelledby=\"kompas-h\">\n        <div class=\"app-section-head\">\n            <h2 id=\"kompas-h\" class=\"h3\">Autonomt kompas</h2>\n");
        Edit(h, canEdit, root, "/plan/kompas", "Rediger<span class=\"sr-only\"> autonomt kompas</span>");
        h.Raw("        </div>\n");
        if (AssessmentSchedule.CompassMissing(c.EnrolledOn, today, AssessmentSchedule.CompassBegun(p.SympatheticComfort, p.SympatheticDiscomfort, p.ParasympatheticComfort, p.ParasympatheticDiscomfort)))
        {
            h.Raw("            <div class=\"alert alert-warning\" role=\"status\"><div class=\"alert-body\">\n                <p class=\"alert-text\">Det autonome kompas skulle være påbegyndt ").Raw(Html.Date(compassStart))
                .Raw(" – et halvt år efter indskrivningen ").Raw(Html.Date(c.EnrolledOn)).Raw(".</p>\n            </div></div>\n");
        }
        else
        {
            h.Raw("            <p class=\"form-hint\">Kompasset påbegyndes et halvt år efter indskrivning (").Raw(Html.Date(compassStart)).Raw(").</p>\n");
        }

        h.Raw("        <div class=\"app-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Autonomt kompas\">\n            <table class=\"table app-compass\">\n                <caption class=\"sr-only\">Autonomt kompas: behag og ubehag</caption>\n")
            .Raw("                <thead><tr><th scope=\"col\"><span class=\"sr-only\">Nervesystem</span></th><th scope=\"col\">Behag</th><th scope=\"col\">Ubehag</th></tr></thead>\n                <tbody>\n")
            .Raw("                    <tr><th scope=\"row\">Sympatisk</th><td class=\"app-pre\">").Text(Html.Or(p.SympatheticComfort, "–")).Raw("</td><td class=\"app-pre\">").Text(Html.Or(p.SympatheticDiscomfort, "–")).Raw("</td></tr>\n")
            .Raw("                    <tr><th scope=\"row\">Parasympatisk</th><td class=\"app-pre\">").Text(Html.Or(p.ParasympatheticComfort, "–")).Raw("</td><td class=\"app-pre\">").Text(Html.Or(p.ParasympatheticDiscomfort, "–")).Raw("</td></tr>\n")
            .Raw("                </tbody>\n            </table>\n        </div>\n");
        if (p.CompassUpdatedOn is { } compassOn)
        {
            h.Raw("            <p class=\"form-hint\">Opdateret ").Raw(Html.Date(compassOn)).Raw("</p>\n");
        }

        h.Raw("    </section>\n\n");
        var nextDpu = AssessmentSchedule.NextDpuOn(c.EnrolledOn, d.Dpu.Select(x => x.MadeOn));
        h.Raw("    <section id=\"dpu\" class=\"app-card\" aria-labelledby=\"dpu-h\">\n        <div class=\"app-section-head\">\n            <h2 id=\"dpu-h\" class=\"h3\">DPU – Dansk pædagogisk udviklingsbeskrivelse</h2>\n");
        Edit(h, canEdit, root, "/plan/dpu", "Tilføj DPU");
        h.Raw("        </div>\n");
        h.Raw(today > nextDpu
            ? "            <div class=\"alert alert-warning\" role=\"status\"><div class=\"alert-body\">\n                <p class=\"alert-text\">Næste DPU skulle være udarbejdet senest " + Html.Date(nextDpu) + ".</p>\n            </div></div>\n"
            : "            <p class=\"form-hint\">Senest 1 år efter indskrivning, derefter mindst hvert 2. år. Næste DPU senest " + Html.Date(nextDpu) + ".</p>\n");
        if (d.Dpu.Count > 0)
        {
            h.Raw("            <div class=\"app-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"DPU'er\">\n                <table class=\"table table--zebra\">\n                    <caption class=\"sr-only\">Udarbejdede DPU'er</caption>\n")
                .Raw("                    <thead><tr><th scope=\"col\">Udarbejdet</th><th scope=\"col\">Resumé</th></tr></thead>\n                    <tbody>\n");
            foreach (var (madeOn, summary) in d.Dpu)
            {
                h.Raw("                            <tr><td class=\"app-nowrap\">").Raw(Html.Date(madeOn)).Raw("</td><td class=\"app-pre\">").Text(Html.Or(summary, "–")).Raw("</td></tr>\n");
            }

            h.Raw("                    </tbody>\n                </table>\n            </div>\n");
        }

        h.Raw("    </section>\n");
    }

    private static void Edit(Html h, bool canEdit, string root, string path, string label)
    {
        if (canEdit)
        {
            h.Raw("                <a href=\"").Raw(root).Raw(path).Raw("\">").Raw(label).Raw("</a>\n");
        }
    }
}
