using Retning.Domain.Diary;

namespace Retning.RawPath;

/// <summary>The timeline's HTML by hand, as src/Retning.Web/Pages/Borgere/Dagbog/Index.cshtml and _NoteCard.cshtml write it.</summary>
public static class DiaryHtml
{
    public static void Write(Html h, CitizenPage c, DiaryPage d, bool canWrite)
    {
        var root = "/borgere/" + c.Id;
        var subGoals = d.Goals.Where(g => g.ParentId is not null).OrderBy(g => g.Active ? 0 : 1).ToList();
        h.Raw("<div class=\"app-heading-row\">\n    <h2>Dagbog</h2>\n");
        if (canWrite)
        {
            h.Raw("        <p class=\"app-actions\">\n");
            if (subGoals.Any(s => s.Active))
            {
                h.Raw("                <a href=\"").Raw(root).Raw("/dagbog/ny\" class=\"button button-primary\">Skriv delmålsnotat</a>\n");
            }

            h.Raw("            <a href=\"").Raw(root).Raw("/dagbog/ny?slags=beboer\" class=\"button button-secondary\">Skriv i beboerdagbogen</a>\n        </p>\n");
        }

        h.Raw("</div>\n<form method=\"get\" role=\"search\" aria-label=\"Find notater\" class=\"app-filters\">\n    <div class=\"form-group\">\n        <label class=\"form-label\" for=\"q\">Søg i teksten</label>\n")
            .Raw("        <input class=\"form-input input-width-l\" id=\"q\" name=\"q\" type=\"search\" />\n    </div>\n    <div class=\"form-group\">\n        <label class=\"form-label\" for=\"slags\">Dagbog</label>\n")
            .Raw("        <select class=\"form-select\" id=\"slags\" name=\"slags\">\n            <option value=\"\">Begge</option>\n            <option value=\"delmaal\">Delmålsdagbog</option>\n            <option value=\"beboer\">Beboerdagbog</option>\n        </select>\n    </div>\n");
        Select(h, "delmaal", "Delmål", subGoals.Select(s => (s.Id.ToString(), s.Text + (s.Active ? "" : " (ikke aktivt)"))));
        Select(h, "tema", "Tema", c.Plan?.Themes.OrderBy(t => t.Order).Select(t => (t.Key, t.Name)) ?? []);
        Select(h, "kontekst", "Kontekst", d.Categories.Where(k => k.Kind == nameof(DiaryCategoryKind.Context)).Select(k => (k.Id.ToString(), k.Name)));
        Select(h, "type", "Notattype", d.Categories.Where(k => k.Kind == nameof(DiaryCategoryKind.NoteType)).Select(k => (k.Id.ToString(), k.Name)));
        Select(h, "forfatter", "Skrevet af", d.Authors.Select(a => (a.Id.ToString(), a.Name)));
        h.Raw("    <div class=\"form-group\">\n        <label class=\"form-label\" for=\"fra\">Fra</label>\n        <input class=\"form-input\" id=\"fra\" name=\"fra\" type=\"date\" />\n    </div>\n")
            .Raw("    <div class=\"form-group\">\n        <label class=\"form-label\" for=\"til\">Til</label>\n        <input class=\"form-input\" id=\"til\" name=\"til\" type=\"date\" />\n    </div>\n")
            .Raw("    <div class=\"form-group\">\n        <button type=\"submit\" class=\"button button-primary\">Find</button>\n    </div>\n</form>\n<p class=\"mt-6\" role=\"status\">\n");
        var shown = d.Notes.Count;
        h.Text(shown == 0 ? "Der er ingen notater endnu." : $"Viser 1–{shown} af {d.TotalText} notater, nyeste først.").Raw("</p>\n");
        foreach (var n in d.Notes)
        {
            Note(h, c, d, n);
        }

        h.Raw("<div class=\"app-pager\">\n    <p class=\"app-pager-count\">Viser ").Raw(shown == 0 ? "0–0" : $"1–{shown}").Raw(" af ").Raw(d.TotalText).Raw("</p>\n");
        if (d.Total > DiaryPage.PageSize)
        {
            h.Raw("        <nav aria-label=\"Sider\">\n            <ul class=\"app-pager-list\">\n                <li><span class=\"app-pager-current\">Side 1</span></li>\n")
                .Raw("                    <li><a href=\"").Raw(root).Raw("/dagbog?side=2\" class=\"button button-secondary button-small\">Næste<span class=\"sr-only\"> side</span></a></li>\n            </ul>\n        </nav>\n");
        }

        h.Raw("</div>\n");
    }

    private static void Select(Html h, string name, string label, IEnumerable<(string Value, string Text)> items)
    {
        h.Raw("    <div class=\"form-group\">\n        <label class=\"form-label\" for=\"").Raw(name).Raw("\">").Raw(label).Raw("</label>\n        <select class=\"form-select\" id=\"").Raw(name).Raw("\" name=\"").Raw(name)
            .Raw("\">\n            <option value=\"\">Alle</option>\n");
        foreach (var (value, text) in items)
        {
            h.Raw("                <option value=\"").Text(value).Raw("\">").Text(text).Raw("</option>\n");
        }

        h.Raw("        </select>\n    </div>\n");
    }

    private static void Note(Html h, CitizenPage c, DiaryPage d, DiaryPage.Note n)
    {
        var id = n.Id.ToString("N");
        var subGoal = n.SubGoalId is { } sid ? d.Goals.FirstOrDefault(g => g.Id == sid).Text : null;
        var context = n.ContextId is { } cid ? d.Categories.FirstOrDefault(k => k.Id == cid).Name : null;
        var type = n.TypeId is { } tid ? d.Categories.FirstOrDefault(k => k.Id == tid).Name : null;
        var heading = n.Kind == DiaryKind.SubGoal ? "Delmålsnotat" : type ?? "Beboerdagbog";
        var score = d.ScoreText(n);
        h.Raw("<article class=\"app-note").Raw(n.Kind == DiaryKind.SubGoal ? " app-note--subgoal" : "").Raw("\" aria-labelledby=\"note-").Raw(id).Raw("\">\n    <h3 id=\"note-").Raw(id).Raw("\">\n")
            .Raw("            <a href=\"/borgere/").Raw(c.Id.ToString()).Raw("/dagbog/").Raw(n.Id.ToString()).Raw("\">").Text(heading).Raw(" – ").Raw(Html.LocalMinutes(n.ObservedAtUtc)).Raw("</a>\n    </h3>\n")
            .Raw("    <p class=\"app-note-meta\">\n        ").Text(n.Author).Raw("\n");
        if (context is not null)
        {
            h.Raw("<span> · ").Text(context).Raw("</span>");
        }

        if (subGoal is not null)
        {
            h.Raw("<span> · Delmål: ").Text(subGoal).Raw("</span>");
        }

        if (n.CurrentVersion > 1)
        {
            h.Raw("<span> · <span class=\"badge badge-info\">Rettet (version ").Raw(n.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw(")</span></span>");
        }

        if (n.IsInternal)
        {
            h.Raw("<span> · <span class=\"badge badge-warning\">Internt notat</span></span>");
        }

        h.Raw("    </p>\n");
        if (score is not null)
        {
            h.Raw("        <p class=\"app-note-score\"><strong>Støttebehov:</strong> ").Text(score).Raw("</p>\n");
        }

        if (n.Reason is { } reason)
        {
            h.Raw("        <p><strong>Årsag:</strong> ").Text(reason.Danish()).Raw("</p>\n");
        }

        h.Raw("    <p class=\"app-note-text\">").Text(n.Text).Raw("</p>\n");
        if (n.Effect is { } effect)
        {
            h.Raw("        <p class=\"app-note-text\"><strong>Effekt:</strong> ").Text(effect).Raw("</p>\n");
        }

        if (n.Experience is { } experience)
        {
            h.Raw("        <p class=\"app-note-text\"><strong>Borgerens oplevelse:</strong> ").Text(experience).Raw("</p>\n");
        }

        if (n.Actor is { } actor)
        {
            h.Raw("        <p><strong>Samarbejde med:</strong> ").Text(actor).Raw("</p>\n");
        }

        h.Raw("</article>\n");
    }
}
