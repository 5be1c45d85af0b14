/* The diary form: show only the score scale of the chosen sub-goal, and the missing-work fields only
   for the type "Manglende arbejde med delmål". Without JavaScript every group shows, labelled, and
   the server checks the choice. */
(function () {
    "use strict";
    var form = document.querySelector("form.app-diary-form");
    if (!form) { return; }

    function chosenScale() {
        var checked = form.querySelector("input[name='Input.SubGoalId']:checked");
        return checked ? checked.getAttribute("data-scale") : null;
    }

    function showScale() {
        var groups = form.querySelectorAll("[data-scale-group]");
        if (groups.length < 2) { return; }
        var scale = chosenScale();
        Array.prototype.forEach.call(groups, function (group) {
            var show = !scale || group.getAttribute("data-scale-group") === scale;
            group.hidden = !show;
            Array.prototype.forEach.call(group.querySelectorAll("input"), function (input) {
                input.disabled = !show;
            });
        });
    }

    function showMissingWork() {
        var box = form.querySelector("[data-missing-work-type]");
        var type = form.querySelector("select[name='Input.NoteTypeId']");
        if (!box || !type) { return; }
        var missing = box.getAttribute("data-missing-work-type");
        var reason = form.querySelector("select[name='Input.MissingWorkReason']");
        var isMissing = missing !== "" && type.value === missing;
        if (reason) { reason.closest(".form-group").hidden = !isMissing && reason.value === ""; }
    }

    form.addEventListener("change", function () { showScale(); showMissingWork(); });
    showScale();
    showMissingWork();
})();
