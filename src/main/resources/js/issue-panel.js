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
        // the answers given are sent; one alone is refused by the resource, which names the other
        var impossible = form.elements.operationImpossibleWithoutFix.value;
        var earlier = form.elements.earlierStateAvoidsProblem.value;
        if (impossible) {
            data.operationImpossibleWithoutFix = impossible === 'true';
        }
        if (earlier) {
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
        var button = form.querySelector('button[type=submit]');
        if (button.disabled) {
            return; // sent already: one change per click
        }
        button.disabled = true;
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
            button.disabled = false;
            return response.json().then(function (answer) {
                var first = answer && answer.errors && answer.errors[0];
                error.textContent = first && first.message ? first.message : form.dataset.failed;
            });
        }).catch(function () {
            button.disabled = false;
            error.textContent = form.dataset.failed;
        });
    }

    document.addEventListener('submit', submit);
}());
