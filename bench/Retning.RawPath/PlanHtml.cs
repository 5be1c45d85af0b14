using Retning.Domain.Access;

namespace Retning.RawPath;

/// <summary>
/// The plan page's HTML by hand, section by section as src/Retning.Web/Pages/Borgere/Plan/Index.cshtml and its
/// partials (_PlanAssessment, _PlanGoals, _PlanGoalFacts) write it: the same sections, headings, goal cards and counts.
/// </summary>
public static class PlanHtml
{
    public static void Write(Html h, CitizenPage c, PlanRow p, PlanData d, bool canEdit)
    {
        var root = "/borgere/" + c.Id;
        var today = CitizenPage.Today;
        h.Raw("    <div class=\"app-plan-head\">\n        <h2>Individuel plan</h2>\n        <div class=\"app-actions mt-0\">\n")
            .Raw("            <a href=\"").Raw(root).Raw("/plan/perioder\" class=\"button button-secondary\">Perioder og lukning</a>\n")
            .Raw("            <a href=\"").Raw(root).Raw("/plan/udskriv\" class=\"button button-secondary\">Udskriv plan</a>\n        </div>\n    </div>\n")
            .Raw("    <nav aria-label=\"Planens afsnit\" class=\"app-plan-toc\">\n        <ul>\n            <li><a href=\"#om-planen\">Om planen</a></li>\n")
            .Raw("            <li><a href=\"#formaal\">Formålet med indsatsen</a></li>\n            <li><a href=\"#perspektiv\">Borgerens perspektiv</a></li>\n")
            .Raw("            <li><a href=\"#udredning\">Udredning</a></li>\n            <li><a href=\"#maal\">Mål og delmål</a></li>\n")
            .Raw("            <li><a href=\"#metoder\">Faglige tilgange og metoder</a></li>\n            <li><a href=\"#kompas\">Autonomt kompas</a></li>\n            <li><a href=\"#dpu\">DPU</a></li>\n        </ul>\n    </nav>\n\n");
        if (d.OpenRevisions.Count > 0)
        {
            h.Raw("        <div class=\"alert alert-warning\" id=\"revision\" role=\"status\"><div class=\"alert-body\">\n            <p class=\"alert-heading\">Planen skal revideres</p>\n            <ul class=\"alert-text app-revision-list\">\n");
            foreach (var r in d.OpenRevisions)
            {
                h.Raw("                    <li>\n                        <span class=\"app-pre\">").Text(r.Text).Raw("</span>\n                        <span class=\"form-hint\">").Text(r.Source).Raw(" ").Raw(Html.Date(r.RaisedOn))
                    .Raw(". Opgaven lukker, når planen ændres, eller når den markeres som udført.</span>\n                        <a href=\"").Raw(root).Raw("/plan/revision/").Raw(r.Id.ToString())
                    .Raw("\">Se revisionen").Raw(canEdit ? " og markér den som udført" : "").Raw("<span class=\"sr-only\">: ").Text(r.Text).Raw("</span></a>\n                    </li>\n");
            }

            h.Raw("            </ul>\n        </div></div>\n");
        }

        h.Raw("    <section id=\"om-planen\" class=\"app-card\" aria-labelledby=\"om-planen-h\">\n        <h2 id=\"om-planen-h\" class=\"h3\">Om planen</h2>\n        <dl class=\"app-dl\">\n")
            .Raw("            <dt>Skabelon</dt>\n            <dd>").Text(p.TemplateName).Raw(", version ").Raw(p.TemplateVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw(" ");
        if (canEdit)
        {
            h.Raw("<a class=\"app-dd-link\" href=\"").Raw(root).Raw("/plan/skabelon\">Skift skabelon</a>");
        }

        h.Raw("</dd>\n            <dt>Revisionsdato</dt>\n            <dd>").Raw(Html.Date(p.RevisionOn, "Ikke fastsat")).Raw(p.RevisionOn is { } on && on < today ? " – overskredet" : "");
        if (canEdit)
        {
            h.Raw("<a class=\"app-dd-link\" href=\"").Raw(root).Raw("/plan/revisionsdato\">Rediger<span class=\"sr-only\"> revisionsdato</span></a>");
        }

        h.Raw("</dd>\n            <dt>Oprettet</dt><dd>").Raw(Html.Local(p.CreatedUtc).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)).Raw("</dd>\n        </dl>\n    </section>\n\n");
        Purposes(h, c, d, canEdit, root);
        Perspective(h, p, canEdit, root);
        PlanSectionsHtml.Assessment(h, p, d, canEdit, root);
        PlanSectionsHtml.Goals(h, p, d, canEdit, root);
        PlanSectionsHtml.MethodsCompassDpu(h, c, p, d, canEdit, root, today);
    }

    public static bool CanEdit(CitizenPage c, IEnumerable<Guid> contactTeam, Guid callerId) =>
        CitizenAccess.CanEditCitizen(c.Roles, contactTeam.Contains(callerId));

    private static void Purposes(Html h, CitizenPage c, PlanData d, bool canEdit, string root)
    {
        h.Raw("    <section id=\"formaal\" class=\"app-card\" aria-labelledby=\"formaal-h\">\n        <div class=\"app-section-head\">\n            <h2 id=\"formaal-h\" class=\"h3\">Formålet med indsatsen</h2>\n")
            .Raw("            <a href=\"").Raw(root).Raw("/formaal\">Formål og historik</a>\n        </div>\n");
        if (d.Purposes.Count == 0)
        {
            h.Raw("<div class=\"alert alert-warning app-purpose-missing\" role=\"status\">\n    <div class=\"alert-body\">\n        <p class=\"alert-heading\">Formål mangler – efterspørg hos kommunen</p>\n")
                .Raw("        <p class=\"alert-text\">Der er ikke modtaget et formål med indsatsen fra kommunens handleplan eller bestilling. Efterspørg det hos borgerens rådgiver:</p>\n");
            if (c.CaseworkerName is null && c.CaseworkerEmail is null && c.CaseworkerPhone is null)
            {
                h.Raw("            <p class=\"alert-text\">").Text(c.Municipality ?? "Handlekommunen").Raw(" – der er ikke registreret en rådgiver. Tilføj rådgiveren i borgerens stamdata.</p>\n");
            }
            else
            {
                h.Raw("            <ul class=\"alert-text nobullet-list\">\n                <li><strong>Handlekommune:</strong> ").Text(c.Municipality ?? "–")
                    .Raw("</li>\n                <li><strong>Rådgiver:</strong> ").Text(c.CaseworkerName ?? "–").Raw("</li>\n                <li><strong>E-mail:</strong> ");
                if (c.CaseworkerEmail is { } email)
                {
                    h.Raw("<a href=\"mailto:").Text(email).Raw("\">").Text(email).Raw("</a>");
                }
                else
                {
                    h.Raw("–");
                }

                h.Raw("</li>\n                <li><strong>Telefon:</strong> ").Text(c.CaseworkerPhone ?? "–").Raw("</li>\n            </ul>\n");
            }

            h.Raw("    </div>\n</div>\n");
        }

        foreach (var (id, on) in d.AwaitedPurposes)
        {
            h.Raw("            <div class=\"alert alert-warning\" role=\"status\" id=\"formaal-revideret-").Raw(id.ToString()).Raw("\"><div class=\"alert-body\">\n                <p class=\"alert-heading\">Efterspørg det reviderede formål</p>\n")
                .Raw("                <p class=\"alert-text\">Kommunen reviderede formålet på statusmødet ").Raw(Html.Date(on)).Raw(". Det reviderede formål er ikke modtaget endnu: efterspørg det hos kommunen, og registrér det under <a href=\"")
                .Raw(root).Raw("/formaal\">Formål og historik</a>.</p>\n            </div></div>\n");
        }

        foreach (var p in d.Purposes)
        {
            h.Raw("            <h3 class=\"h4\">").Text(p.Title).Raw("</h3>\n            <p class=\"app-pre\">").Text(Html.Or(p.Text, "Ikke udfyldt")).Raw("</p>\n            <p class=\"form-hint\">Modtaget ")
                .Raw(Html.Date(p.ReceivedOn)).Text(p.Source is null ? "" : " · " + p.Source).Raw(p.Revisions > 1 ? $" · {p.Revisions} revisioner" : "").Raw("</p>\n");
        }

        h.Raw("        <div class=\"app-section-head mt-6\">\n            <h3 class=\"h4\">Tilbuddets tilføjelser til formålet med indsatsen</h3>\n");
        if (canEdit)
        {
            h.Raw("                <a href=\"").Raw(root).Raw("/plan/tilfoejelser\">Rediger<span class=\"sr-only\"> tilbuddets tilføjelser til formålet</span></a>\n");
        }

        h.Raw("        </div>\n        <dl class=\"app-dl\">\n            <dt>Målgruppe</dt><dd>").Text(Html.Or(c.TargetGroup, "–")).Raw("</dd>\n            <dt>Kategori</dt><dd>").Text(Html.Or(c.Category, "–"))
            .Raw("</dd>\n            <dt>Støtteniveau</dt><dd>").Text(Html.Or(c.SupportLevel, "–")).Raw("</dd>\n            <dt>Tilbuddets tilføjelser</dt><dd>").Text(Html.Or(c.Plan!.OfferAdditions, "Ikke udfyldt"))
            .Raw("</dd>\n        </dl>\n    </section>\n\n");
    }

    private static void Perspective(Html h, PlanRow p, bool canEdit, string root)
    {
        h.Raw("    <section id=\"perspektiv\" class=\"app-card\" aria-labelledby=\"perspektiv-h\">\n        <div class=\"app-section-head\">\n            <h2 id=\"perspektiv-h\" class=\"h3\">Borgerens perspektiv</h2>\n");
        if (canEdit)
        {
            h.Raw("                <a href=\"").Raw(root).Raw("/plan/perspektiv\">Rediger<span class=\"sr-only\"> borgerens perspektiv</span></a>\n");
        }

        h.Raw("        </div>\n");
        if ((string.IsNullOrWhiteSpace(p.CitizenPerspective) && !p.NoWishes) || string.IsNullOrWhiteSpace(p.Participation))
        {
            h.Raw("            <p class=\"app-missing\">Borgerens perspektiv og deltagelse er ikke dokumenteret endnu. Har borgeren ingen ønsker til mål, dokumenteres det.</p>\n");
        }

        h.Raw("        <dl class=\"app-dl\">\n            <dt>Borgerens perspektiv og ønsker</dt><dd>").Text(Html.Or(p.CitizenPerspective, "Ikke udfyldt")).Raw("</dd>\n");
        if (p.NoWishes)
        {
            h.Raw("                <dt>Ønsker til mål</dt><dd>Borgeren har ingen ønsker til mål – dokumenteret</dd>\n");
        }

        h.Raw("            <dt>Borgerens og netværkets deltagelse</dt><dd>").Text(Html.Or(p.Participation, "Ikke udfyldt")).Raw("</dd>\n        </dl>\n    </section>\n\n");
    }
}
