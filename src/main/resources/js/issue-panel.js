/*
 * The agents' issue panel: the severity form posts the change to the app's REST resource, where the plan's rules
 * apply and the change is recorded; on success the page is reloaded to show the new severity and clocks, on a
 * refusal the message (already in the agent's language) is shown under the form. Texts come from the template.
 */
(function () {
    'use strict';

    function contextPath() {
        return (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
    }

    function body(form) {
        var data = {severity: form.elements.severity.value, environment: form.elements.environment.value};
        var reason = form.elements.reason.value.trim();
        if (reason) {
            data.reason = reason;
        }
        var impossible = form.elements.operationImpossibleWithoutFix.value;
        var earlier = form.elements.earlierStateAvoidsProblem.value;
        if (impossible && earlier) { // both answers or none: the resource refuses one alone
            data.operationImpossibleWithoutFix = impossible === 'true';
            data.earlierStateAvoidsProblem = earlier === 'true';
        }
        return JSON.stringify(data);
    }

    function submit(event) {
        var form = event.target.closest('form.csla-severity-form');
        if (!form) {
            return;
        }
        event.preventDefault();
        var error = form.querySelector('.csla-form-error');
        error.textContent = '';
        var url = contextPath() + '/rest/contract-sla/1.0/issue/' + encodeURIComponent(form.dataset.issue)
            + '/severity';
        fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: body(form)
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return null;
            }
            return response.json().then(function (answer) {
                var first = answer && answer.errors && answer.errors[0];
                error.textContent = first && first.message ? first.message : form.dataset.failed;
            });
        }).catch(function () {
            error.textContent = form.dataset.failed;
        });
    }

    document.addEventListener('submit', submit);
}());
